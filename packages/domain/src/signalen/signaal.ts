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
export const SIGNAAL_CATEGORIEEN = Object.values(SignaalCategorie) as [
  SignaalCategorie,
  ...SignaalCategorie[],
];

export const SIGNAAL_CATEGORIE_LABEL: Record<SignaalCategorie, string> = {
  WINKELDIEFSTAL: 'Winkeldiefstal',
  DIEFSTAL: 'Diefstal',
  VERNIELING: 'Vernieling',
  BEDREIGING: 'Bedreiging',
  GEWELD: 'Geweld',
  GEWELD_VPT: 'Geweld tegen een publieke taak (VPT)',
  OVERLAST_OPENBARE_RUIMTE: 'Overlast openbare ruimte',
  OVERLAST_OPENBAAR_VERVOER: 'Overlast openbaar vervoer',
  OVERLAST_OPVANGLOCATIE: 'Overlast opvanglocatie',
  HUISREGELOVERTREDING: 'Huisregelovertreding',
  DRUGS: 'Drugs',
  WAPENBEZIT: 'Wapenbezit',
  ZEDENDELICT: 'Zedendelict',
  ONTTREKKING_TOEZICHT: 'Onttrekking aan toezicht',
  NIET_VERSCHENEN: 'Niet verschenen',
  AANHOUDING: 'Aanhouding',
  OVERIG: 'Overig',
};

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

/** A signal as a partner submits it (REST and GraphQL share this one schema). */
export function signaalInvoerSchema(nu: () => Date = () => new Date()) {
  return z
    .object({
      bronOrganisatie: z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]], {
        error: `onbekende organisatie; toegestaan: ${ORGANISATIES.join(', ')}`,
      }),
      bronReferentie: z.string({ error: 'is verplicht' }).trim().min(1, 'mag niet leeg zijn').max(100),
      categorie: z.enum(SIGNAAL_CATEGORIEEN, {
        error: `onbekende categorie; toegestaan: ${SIGNAAL_CATEGORIEEN.join(', ')}`,
      }),
      omschrijving: z.string({ error: 'is verplicht' }).trim().min(1, 'mag niet leeg zijn').max(10000),
      tijdstipIncident: z.iso
        .datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' })
        .refine((v) => new Date(v).getTime() <= nu().getTime() + MAX_TOEKOMST_MS, {
          message: 'ligt meer dan vijf minuten in de toekomst',
        }),
      personen: z
        .array(persoonInvoerSchema, { error: 'moet een lijst van personen zijn' })
        .min(1, 'minstens één persoon')
        .max(MAX_PERSONEN_PER_SIGNAAL, `hoogstens ${MAX_PERSONEN_PER_SIGNAAL} personen`),
    })
    .strict();
}
export type SignaalInvoer = z.infer<ReturnType<typeof signaalInvoerSchema>>;
