/**
 * The ZSM/strafrecht link (issue 6): what a ZSM desk sends, what the OM can decide, and which
 * decisions the asylum side must act on before release. Pure; the zsm service and casusregie use it.
 */
import { z } from 'zod';
import { V_NUMMER_PATROON } from '../signalen/signaal';

/** OM decisions (afdoeningen) taken at ZSM. */
export const AFDOENING_SOORTEN = [
  'SEPOT',
  'VOORWAARDELIJK_SEPOT',
  'TRANSACTIE',
  'STRAFBESCHIKKING',
  'OM_ZITTING',
  'SUPERSNELRECHT',
  'SNELRECHT',
  'DAGVAARDING',
  'HEENZENDING',
  'INVERZEKERINGSTELLING',
  'VOORGELEIDING',
] as const;
export type AfdoeningSoort = (typeof AFDOENING_SOORTEN)[number];

export const AFDOENING_LABEL: Record<AfdoeningSoort, string> = {
  SEPOT: 'Sepot',
  VOORWAARDELIJK_SEPOT: 'Voorwaardelijk sepot',
  TRANSACTIE: 'Transactie',
  STRAFBESCHIKKING: 'Strafbeschikking',
  OM_ZITTING: 'OM-zitting',
  SUPERSNELRECHT: 'Supersnelrecht',
  SNELRECHT: 'Snelrecht',
  DAGVAARDING: 'Dagvaarding',
  HEENZENDING: 'Heenzending',
  INVERZEKERINGSTELLING: 'Inverzekeringstelling',
  VOORGELEIDING: 'Voorgeleiding',
};

/** Decisions that set the suspect free (now or at vrijlatingOp): the asylum side must look first. */
export const VRIJLATENDE_AFDOENINGEN: readonly AfdoeningSoort[] = [
  'HEENZENDING',
  'SEPOT',
  'VOORWAARDELIJK_SEPOT',
  'TRANSACTIE',
  'STRAFBESCHIKKING',
  'DAGVAARDING',
];

export const OVERNAME_ACTIE = 'Overname door AVIM / vreemdelingenbewaring beoordelen';

/**
 * Seed evaluation §4 ("ZSM does not look at asylum options"): when ZSM sends home (heenzending) a
 * Dublin claimant (spoor 1) or a kansarm person, AVIM must be asked to take over (Dublin transfer,
 * vreemdelingenbewaring) before the release. Returns the explanation when an action is needed.
 */
export function vraagtOvernameActie(i: {
  soort: AfdoeningSoort;
  spoor: 1 | 2 | 4 | null;
  kansarm: boolean | null;
}): { nodig: true; uitleg: string } | { nodig: false; uitleg: string } {
  if (i.soort !== 'HEENZENDING')
    return { nodig: false, uitleg: `${AFDOENING_LABEL[i.soort]}: geen heenzending` };
  if (i.spoor === 1)
    return {
      nodig: true,
      uitleg: 'Heenzending van een Dublinclaimant: overname door AVIM en overdracht beoordelen',
    };
  if (i.kansarm === true || i.spoor === 2) {
    return {
      nodig: true,
      uitleg: 'Heenzending van een kansarme asielzoeker: vreemdelingenbewaring beoordelen',
    };
  }
  return { nodig: false, uitleg: 'Heenzending; niet kansarm en geen Dublinclaimant' };
}

const tijdstip = z.iso.datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' });
const vNummer = z.string().regex(V_NUMMER_PATROON, 'V-nummer bestaat uit precies 10 cijfers');
const datum = z.iso.date({ error: 'datum als JJJJ-MM-DD' });
const land = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 landcode, bijvoorbeeld MAR');
const tekst = (max: number) =>
  z.string({ error: 'is verplicht' }).trim().min(1, 'is verplicht').max(max, `hoogstens ${max} tekens`);

/** Purpose limitation (AVG art. 5): every lookup names its purpose and the ZSM case. */
export const BEVRAGING_DOELEN = ['ZSM_AFDOENING', 'VOORGELEIDING', 'VREEMDELINGRECHTELIJKE_CHECK'] as const;

export const bevragingSchema = z
  .object({
    doel: z.enum(BEVRAGING_DOELEN, { error: `is verplicht: ${BEVRAGING_DOELEN.join(', ')}` }),
    zsmReferentie: tekst(100),
    vNummer: vNummer.optional(),
    naam: z.string().trim().min(2, 'minstens 2 tekens').max(200).optional(),
    geboortedatum: datum.optional(),
    nationaliteit: land.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (!b.vNummer && !(b.naam && (b.geboortedatum || b.nationaliteit))) {
      ctx.addIssue({
        code: 'custom',
        path: ['vNummer'],
        message: 'geef een V-nummer, of naam met geboortedatum en/of nationaliteit',
      });
    }
  });
export type Bevraging = z.infer<typeof bevragingSchema>;

export const zsmRegistratieSchema = z
  .object({
    zsmReferentie: tekst(100),
    vNummer: vNummer.optional(),
    naam: z.string().trim().min(2, 'minstens 2 tekens').max(200).optional(),
    geboortedatum: datum.optional(),
    nationaliteit: land.optional(),
    aanhoudingOp: tijdstip,
    delict: z
      .string({ error: 'is verplicht' })
      .regex(/^[A-Z][A-Z0-9_]{1,59}$/, 'categoriecode in hoofdletters, zie signaalCategorieen'),
    omschrijving: tekst(2000),
    vpt: z.boolean({ error: 'ja of nee' }),
    /** Sv art. 67: an offence for which pre-trial detention is allowed → 9 hours ophouden (R14). */
    voorlopigeHechtenisToegestaan: z.boolean({ error: 'ja of nee' }),
    zsmLocatie: tekst(100),
    // Not empty: the registration becomes a signal, whose place needs a real gemeente or none.
    gemeente: z.string().trim().min(1, 'mag niet leeg zijn; laat het veld weg').max(100).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.vNummer && !r.naam) {
      ctx.addIssue({ code: 'custom', path: ['vNummer'], message: 'geef een V-nummer of een naam' });
    }
  });
export type ZsmRegistratie = z.infer<typeof zsmRegistratieSchema>;

export const afdoeningSchema = z
  .object({
    soort: z.enum(AFDOENING_SOORTEN, { error: `een van ${AFDOENING_SOORTEN.join(', ')}` }),
    besluitOp: tijdstip,
    /** When the suspect is (to be) released; required for decisions that set free. */
    vrijlatingOp: tijdstip.optional(),
    toelichting: z.string().trim().max(2000).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (VRIJLATENDE_AFDOENINGEN.includes(a.soort) && !a.vrijlatingOp) {
      ctx.addIssue({
        code: 'custom',
        path: ['vrijlatingOp'],
        message: 'is verplicht bij een afdoening die vrijlaat',
      });
    }
  });
export type Afdoening = z.infer<typeof afdoeningSchema>;

export const DETENTIE_SOORTEN = [
  'POLITIECEL',
  'HUIS_VAN_BEWARING',
  'GEVANGENIS',
  'VREEMDELINGENBEWARING',
] as const;

export const detentieSchema = z
  .object({
    vNummer,
    soort: z.enum(DETENTIE_SOORTEN, { error: `een van ${DETENTIE_SOORTEN.join(', ')}` }),
    begin: tijdstip,
    eind: tijdstip.optional(),
    inrichting: tekst(200),
  })
  .strict()
  .refine((d) => !d.eind || Date.parse(d.eind) > Date.parse(d.begin), {
    path: ['eind'],
    message: 'moet na het begin liggen',
  });
export type Detentie = z.infer<typeof detentieSchema>;

export const detentieEindeSchema = z.object({ eind: tijdstip }).strict();
