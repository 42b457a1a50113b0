import { z } from 'zod';
import { ORGANISATIES, type Organisatie } from '../organisaties/organisatie';

/**
 * Kinds of deadline (termijn) the engine schedules. A value is stored in the termijn table and in
 * jobs: never rename one without a migration. Each kind has a payload schema below.
 */
export const TermijnSoort = {
  OPHOUDEN_VOOR_ONDERZOEK: 'OPHOUDEN_VOOR_ONDERZOEK',
  INVERZEKERINGSTELLING: 'INVERZEKERINGSTELLING',
  VOORGELEIDING: 'VOORGELEIDING',
  GEBIEDSVERBOD: 'GEBIEDSVERBOD',
  PBL_BEHANDELTERMIJN: 'PBL_BEHANDELTERMIJN',
  HTL_VERBLIJF: 'HTL_VERBLIJF',
  ARTIKEL_56_MAATREGEL: 'ARTIKEL_56_MAATREGEL',
  VREEMDELINGENBEWARING: 'VREEMDELINGENBEWARING',
  DUBLIN_OVERDRACHT: 'DUBLIN_OVERDRACHT',
  BEROEPSTERMIJN: 'BEROEPSTERMIJN',
  VERTREKTERMIJN: 'VERTREKTERMIJN',
  TRANSPORT_AANVRAAG: 'TRANSPORT_AANVRAAG',
  ACTIE: 'ACTIE',
  /** The end of a measure applied to a case (casusregie), from the catalogue's default duration or set by hand. */
  MAATREGEL: 'MAATREGEL',
} as const;
export type TermijnSoort = (typeof TermijnSoort)[keyof typeof TermijnSoort];
export const TERMIJN_SOORTEN = Object.values(TermijnSoort) as [TermijnSoort, ...TermijnSoort[]];

export const TERMIJN_SOORT_LABEL: Record<TermijnSoort, string> = {
  OPHOUDEN_VOOR_ONDERZOEK: 'Ophouden voor onderzoek',
  INVERZEKERINGSTELLING: 'Inverzekeringstelling',
  VOORGELEIDING: 'Voorgeleiding rechter-commissaris',
  GEBIEDSVERBOD: 'Gebiedsverbod',
  PBL_BEHANDELTERMIJN: 'Behandeltermijn PBL',
  HTL_VERBLIJF: 'Verblijf HTL',
  ARTIKEL_56_MAATREGEL: 'Maatregel art. 56 Vw',
  VREEMDELINGENBEWARING: 'Vreemdelingenbewaring',
  DUBLIN_OVERDRACHT: 'Overdrachtstermijn Dublin',
  BEROEPSTERMIJN: 'Beroepstermijn',
  VERTREKTERMIJN: 'Vertrektermijn',
  TRANSPORT_AANVRAAG: 'Transport aanvragen',
  ACTIE: 'Actie',
  MAATREGEL: 'Einde maatregel',
};

const persoon = z.object({ persoonId: z.uuid({ error: 'moet een UUID zijn' }) });
const metPersoon = <T extends z.ZodRawShape>(extra: T) => persoon.extend(extra).strict();

/** One payload schema per kind: the single source of its type and run-time check. */
export const termijnPayloadSchemas = {
  OPHOUDEN_VOOR_ONDERZOEK: metPersoon({ zsmZaak: z.string().min(1) }),
  INVERZEKERINGSTELLING: metPersoon({ zsmZaak: z.string().min(1), verlengd: z.boolean() }),
  VOORGELEIDING: metPersoon({ zsmZaak: z.string().min(1) }),
  GEBIEDSVERBOD: metPersoon({ gebied: z.string().min(1), maatregelId: z.uuid().optional() }),
  PBL_BEHANDELTERMIJN: metPersoon({ plaatsingId: z.uuid() }),
  HTL_VERBLIJF: metPersoon({ plaatsingId: z.uuid() }),
  // A measure of casusregie or a placement of planning (HTL/VBL with art. 56; bewaring in a detention centre).
  ARTIKEL_56_MAATREGEL: metPersoon({ maatregelId: z.uuid().optional(), plaatsingId: z.uuid().optional() }),
  VREEMDELINGENBEWARING: metPersoon({ detentieId: z.uuid().optional(), plaatsingId: z.uuid().optional() }),
  DUBLIN_OVERDRACHT: metPersoon({ lidstaat: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 landcode') }),
  BEROEPSTERMIJN: metPersoon({ beschikkingId: z.string().min(1) }),
  VERTREKTERMIJN: metPersoon({ beschikkingId: z.string().min(1) }),
  TRANSPORT_AANVRAAG: metPersoon({
    afspraak: z.iso.datetime({ offset: true }),
    casusId: z.uuid().optional(),
    stap: z.string().optional(),
  }),
  ACTIE: z
    .object({ actieId: z.uuid(), casusId: z.uuid().optional(), omschrijving: z.string().min(1) })
    .strict(),
  MAATREGEL: metPersoon({ maatregelId: z.uuid(), casusId: z.uuid(), code: z.string().min(1) }),
} satisfies Record<TermijnSoort, z.ZodType>;

export type TermijnPayload<S extends TermijnSoort> = z.infer<(typeof termijnPayloadSchemas)[S]>;

export function isTermijnSoort(v: unknown): v is TermijnSoort {
  return typeof v === 'string' && (TERMIJN_SOORTEN as readonly string[]).includes(v);
}

/** Default warnings before the due time: 24 hours and 2 hours (in milliseconds). */
export const STANDAARD_WAARSCHUWINGEN_MS: readonly number[] = [24 * 3600_000, 2 * 3600_000];

export const TermijnStatus = {
  GEPLAND: 'GEPLAND',
  GEWAARSCHUWD: 'GEWAARSCHUWD',
  VERSTREKEN: 'VERSTREKEN',
  GEANNULEERD: 'GEANNULEERD',
  OPGESCHORT: 'OPGESCHORT',
} as const;
export type TermijnStatus = (typeof TermijnStatus)[keyof typeof TermijnStatus];

/** Payload of the warning and expiry events (the owning service reacts to them). */
export const termijnEventSchema = z.object({
  termijnId: z.uuid(),
  soort: z.enum(TERMIJN_SOORTEN),
  onderwerpType: z.string(),
  onderwerpId: z.string(),
  organisatie: z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]]),
  vervaltOp: z.iso.datetime({ offset: true }),
  regel: z.string().nullable(),
  uitleg: z.string(),
  payload: z.record(z.string(), z.unknown()),
  /** For a warning: how long before the due time, in milliseconds. */
  waarschuwingMs: z.number().int().positive().optional(),
});
export type TermijnEvent = z.infer<typeof termijnEventSchema>;
