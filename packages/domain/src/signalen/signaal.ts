import { z } from 'zod';
import { ORGANISATIES, type Organisatie } from '../organisaties/organisatie';

/** V-nummer: the ten-digit number AVIM issues at identification & registration. */
export const V_NUMMER_PATROON = /^\d{10}$/;

/** Minimal category list for the walking skeleton; issue 4 replaces it with the managed taxonomy. */
export const SignaalCategorie = {
  WINKELDIEFSTAL: 'WINKELDIEFSTAL',
  DIEFSTAL: 'DIEFSTAL',
  VERNIELING: 'VERNIELING',
  BEDREIGING: 'BEDREIGING',
  GEWELD: 'GEWELD',
  GEWELD_VPT: 'GEWELD_VPT',
  OVERLAST_OPENBARE_RUIMTE: 'OVERLAST_OPENBARE_RUIMTE',
  OVERLAST_OPENBAAR_VERVOER: 'OVERLAST_OPENBAAR_VERVOER',
  OVERLAST_OPVANGLOCATIE: 'OVERLAST_OPVANGLOCATIE',
  HUISREGELOVERTREDING: 'HUISREGELOVERTREDING',
  DRUGS: 'DRUGS',
  WAPENBEZIT: 'WAPENBEZIT',
  ZEDENDELICT: 'ZEDENDELICT',
  ONTTREKKING_TOEZICHT: 'ONTTREKKING_TOEZICHT',
  NIET_VERSCHENEN: 'NIET_VERSCHENEN',
  AANHOUDING: 'AANHOUDING',
  OVERIG: 'OVERIG',
} as const;
export type SignaalCategorie = (typeof SignaalCategorie)[keyof typeof SignaalCategorie];
/** Maximum persons on one signal (the bus incident had 40). */
export const MAX_PERSONEN_PER_SIGNAAL = 200;
/** A reported incident time may be at most this far in the future (clock skew between partners). */
export const MAX_TOEKOMST_MS = 5 * 60 * 1000;

export const persoonInvoerSchema = z
  .object({
    vNummer: z
      .string({ error: 'moet tekst zijn' })
      .regex(V_NUMMER_PATROON, 'V-nummer bestaat uit precies 10 cijfers')
      .optional(),
    naam: z.string({ error: 'moet tekst zijn' }).trim().min(1, 'mag niet leeg zijn').max(200).optional(),
    geboortedatum: z.iso.date({ error: 'moet een datum zijn (JJJJ-MM-DD)' }).optional(),
    /** Estimated year of birth when the date is not known. */
    geboortejaar: z
      .number({ error: 'moet een jaartal zijn' })
      .int('moet een geheel jaartal zijn')
      .min(1900, 'na 1900')
      .max(new Date().getUTCFullYear(), 'niet in de toekomst')
      .optional(),
    nationaliteit: z
      .string({ error: 'moet tekst zijn' })
      .regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 landcode, bijvoorbeeld SYR')
      .optional(),
    coaNummer: z.string({ error: 'moet tekst zijn' }).trim().min(1).max(40).optional(),
    /** Description of a person not (yet) named, e.g. in a group incident. */
    omschrijving: z.string({ error: 'moet tekst zijn' }).trim().min(1).max(500).optional(),
  })
  .strict()
  .refine((p) => p.vNummer ?? p.naam ?? p.coaNummer ?? p.omschrijving, {
    message: 'een persoon heeft een V-nummer, een naam, een COA-nummer of een omschrijving nodig',
  });
export type PersoonInvoer = z.infer<typeof persoonInvoerSchema>;

const plaatsSchema = z
  .object(
    {
      gemeente: z.string({ error: 'moet tekst zijn' }).trim().min(1).max(100).optional(),
      locatieCode: z
        .string({ error: 'moet tekst zijn' })
        .regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'locatiecode in hoofdletters, bijvoorbeeld TER_APEL of BUDEL')
        .optional(),
      breedtegraad: z.number({ error: 'moet een getal zijn' }).min(-90).max(90).optional(),
      lengtegraad: z.number({ error: 'moet een getal zijn' }).min(-180).max(180).optional(),
    },
    { error: 'is verplicht: gemeente en/of locatiecode' },
  )
  .strict()
  .superRefine((p, ctx) => {
    if (!p.gemeente && !p.locatieCode) {
      ctx.addIssue({ code: 'custom', path: ['gemeente'], message: 'geef een gemeente of een locatiecode' });
    }
    if ((p.breedtegraad === undefined) !== (p.lengtegraad === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [p.breedtegraad === undefined ? 'breedtegraad' : 'lengtegraad'],
        message: 'coördinaten gaan per paar',
      });
    }
  });

const categorieCode = z
  .string({ error: 'is verplicht' })
  .regex(/^[A-Z][A-Z0-9_]{1,59}$/, 'categoriecode in hoofdletters, zie signaalCategorieen');

const systeemklok = () => new Date();
let invoerMetSysteemklok: ReturnType<typeof maakSignaalInvoerSchema> | undefined;
let correctieMetSysteemklok: ReturnType<typeof maakSignaalCorrectieSchema> | undefined;

/**
 * A signal as a partner submits it (REST and GraphQL share this one schema). Without a clock the
 * schema is built once and reused: building a zod schema costs far more than parsing with it.
 */
export function signaalInvoerSchema(nu?: () => Date) {
  return nu ? maakSignaalInvoerSchema(nu) : (invoerMetSysteemklok ??= maakSignaalInvoerSchema(systeemklok));
}

/** What may be corrected on a signal (each field optional; at least one). */
export function signaalCorrectieSchema(nu?: () => Date) {
  return nu
    ? maakSignaalCorrectieSchema(nu)
    : (correctieMetSysteemklok ??= maakSignaalCorrectieSchema(systeemklok));
}

function maakSignaalInvoerSchema(nu: () => Date) {
  const tijdstip = (veld: string) =>
    z.iso
      .datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' })
      .refine((v) => new Date(v).getTime() <= nu().getTime() + MAX_TOEKOMST_MS, {
        message: `${veld} ligt meer dan vijf minuten in de toekomst`,
      });
  return z
    .object({
      bronOrganisatie: z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]], {
        error: `onbekende organisatie; toegestaan: ${ORGANISATIES.join(', ')}`,
      }),
      bronReferentie: z.string({ error: 'is verplicht' }).trim().min(1, 'mag niet leeg zijn').max(100),
      categorie: categorieCode,
      subcategorie: categorieCode.optional(),
      ernst: z
        .number({ error: 'is verplicht: COA-impactniveau 1–4' })
        .int('moet een geheel getal zijn')
        .min(1, 'impactniveau 1–4')
        .max(4, 'impactniveau 1–4'),
      omschrijving: z.string({ error: 'is verplicht' }).trim().min(1, 'mag niet leeg zijn').max(10000),
      tijdstipIncident: tijdstip('ligt'),
      tijdstipMelding: tijdstip('melding').optional(),
      plaats: plaatsSchema,
      aangifte: z.boolean({ error: 'moet ja of nee zijn' }).default(false),
      pvNummer: z.string({ error: 'moet tekst zijn' }).trim().min(1).max(50).optional(),
      personen: z
        .array(persoonInvoerSchema, { error: 'moet een lijst van personen zijn' })
        .min(1, 'minstens één persoon')
        .max(MAX_PERSONEN_PER_SIGNAAL, `hoogstens ${MAX_PERSONEN_PER_SIGNAAL} personen`),
    })
    .strict()
    .superRefine((s, ctx) => {
      if (s.aangifte && !s.pvNummer)
        ctx.addIssue({ code: 'custom', path: ['pvNummer'], message: 'is verplicht bij een aangifte' });
      if (s.tijdstipMelding && new Date(s.tijdstipMelding) < new Date(s.tijdstipIncident)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tijdstipMelding'],
          message: 'ligt vóór het tijdstip van het incident',
        });
      }
    });
}

function maakSignaalCorrectieSchema(nu: () => Date) {
  return z
    .object(
      {
        categorie: categorieCode.optional(),
        subcategorie: categorieCode.nullable().optional(),
        ernst: z
          .number({ error: 'moet een getal zijn' })
          .int()
          .min(1, 'impactniveau 1–4')
          .max(4, 'impactniveau 1–4')
          .optional(),
        omschrijving: z
          .string({ error: 'moet tekst zijn' })
          .trim()
          .min(1, 'mag niet leeg zijn')
          .max(10000)
          .optional(),
        tijdstipIncident: z.iso
          .datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' })
          .refine((v) => new Date(v).getTime() <= nu().getTime() + MAX_TOEKOMST_MS, {
            message: 'ligt meer dan vijf minuten in de toekomst',
          })
          .optional(),
        plaats: plaatsSchema.optional(),
        aangifte: z.boolean({ error: 'moet ja of nee zijn' }).optional(),
        pvNummer: z.string({ error: 'moet tekst zijn' }).trim().min(1).max(50).nullable().optional(),
      },
      { error: 'correctie moet een object zijn' },
    )
    .strict()
    .refine((c) => Object.keys(c).length > 0, { message: 'geef minstens één veld om te corrigeren' });
}
export type SignaalCorrectie = z.infer<ReturnType<typeof signaalCorrectieSchema>>;

export type SignaalInvoer = z.infer<ReturnType<typeof signaalInvoerSchema>>;
