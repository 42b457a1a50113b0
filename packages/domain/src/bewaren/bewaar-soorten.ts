/**
 * Kinds of record with a retention period (DOMAIN.md §7: "retention periods per kind of record"),
 * what happens when the period has passed, from which moment it counts, the default and where the
 * default comes from. A default marked `aanname` is ours, not law or policy: the privacy officer
 * confirms or changes it through configuration (BEWAARTERMIJN_* variables). Values are stored in
 * the `opschoning` record and travel in events: never rename, only add.
 */
import { Dienst } from '../contracten/envelop';
import { Organisatie } from '../organisaties/organisatie';

export const BewaarSoort = {
  SIGNAAL: 'SIGNAAL',
  SIGNAAL_POLITIE: 'SIGNAAL_POLITIE',
  IDEMPOTENTIE: 'IDEMPOTENTIE',
  CASUS_NIET_GESCHIKT: 'CASUS_NIET_GESCHIKT',
  CASUS_DOORVERWEZEN: 'CASUS_DOORVERWEZEN',
  CASUS_VERTROKKEN: 'CASUS_VERTROKKEN',
  CASUS_AFGEROND: 'CASUS_AFGEROND',
  DAGOVERZICHT: 'DAGOVERZICHT',
  TOPX_LIJST: 'TOPX_LIJST',
  ZSM_REGISTRATIE: 'ZSM_REGISTRATIE',
  DETENTIE: 'DETENTIE',
  PLAATSING: 'PLAATSING',
  INHUISREGISTRATIE: 'INHUISREGISTRATIE',
  LOGBOEK: 'LOGBOEK',
  OUTBOX: 'OUTBOX',
} as const;
export type BewaarSoort = (typeof BewaarSoort)[keyof typeof BewaarSoort];
export const BEWAAR_SOORTEN: readonly BewaarSoort[] = Object.values(BewaarSoort);

/**
 * What happens when a period has passed. VERWIJDEREN: the record and what hangs off it are gone.
 * ANONIMISEREN: what identifies anyone is stripped (free text, references, coordinates, the links to
 * persons); what remains still counts in figures.
 */
export const BewaarActie = { ANONIMISEREN: 'ANONIMISEREN', VERWIJDEREN: 'VERWIJDEREN' } as const;
export type BewaarActie = (typeof BewaarActie)[keyof typeof BewaarActie];

export interface BewaartermijnDefinitie {
  readonly actie: BewaarActie;
  /** The environment variable that sets this period (ISO-8601 duration). */
  readonly variabele: string;
  /** Default (ISO-8601 duration). */
  readonly standaard: string;
  /** Where the default comes from (a rule of DOMAIN.md §5, a law), or why we assume it. */
  readonly bron: string;
  /** True when the default is our assumption, not a rule or law. */
  readonly aanname: boolean;
  /** Shortest period configuration accepts (e.g. the processing log's one year). */
  readonly minimum?: string;
  /** Longest period configuration accepts (a legal maximum, e.g. R21). */
  readonly maximum?: string;
}

export interface BewaarSoortDefinitie {
  readonly soort: BewaarSoort;
  readonly label: string;
  /** The services that keep records of this kind. */
  readonly diensten: readonly Dienst[];
  /** Which records, and from which moment the period counts. */
  readonly omschrijving: string;
  /** One or two periods; an ANONIMISEREN period is never longer than the VERWIJDEREN one. */
  readonly termijnen: readonly BewaartermijnDefinitie[];
}

/**
 * Sources of police data in the sense of the Wet politiegegevens (R21): the police (basic teams and
 * AVIM, the police's aliens, identification and human-trafficking unit) and the KMAR in its police
 * task (assumption: its signals here come from that task, not from border control alone).
 */
export const POLITIE_BRONNEN: readonly Organisatie[] = [
  Organisatie.POLITIE,
  Organisatie.AVIM,
  Organisatie.KMAR,
];

export function isPolitiebron(organisatie: string): boolean {
  return (POLITIE_BRONNEN as readonly string[]).includes(organisatie);
}

const R21 =
  'R21: politiegegevens na 5 jaar verwijderen uit de dagelijkse politietaak, na 10 jaar vernietigen (Wpg art. 14; Raad van State W16.24.00313)';
const AANNAME = 'aanname, door de privacy officer te bevestigen';

export const BEWAAR_DEFINITIES = {
  SIGNAAL: {
    soort: BewaarSoort.SIGNAAL,
    label: 'Signalen (geen politiebron)',
    diensten: [Dienst.SIGNALEN],
    omschrijving:
      'Signalen van COA, gemeente, OM, IND, DT&V en andere niet-politiebronnen, met hun historie en koppelingen; telt vanaf het tijdstip van het incident',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_SIGNAAL',
        standaard: 'P5Y',
        bron: `${AANNAME}: gelijk aan de eerste termijn van R21, zodat een signaal nooit langer bestaat dan de politiegegevens waarnaast het ligt`,
        aanname: true,
      },
    ],
  },
  SIGNAAL_POLITIE: {
    soort: BewaarSoort.SIGNAAL_POLITIE,
    label: 'Signalen van de politie (Wpg)',
    diensten: [Dienst.SIGNALEN],
    omschrijving:
      'Signalen van politie, AVIM en KMAR; na de eerste termijn zonder omschrijving, referentie, pv-nummer, coördinaten en personen (telt nog mee in cijfers), na de tweede weg; telt vanaf het tijdstip van het incident',
    termijnen: [
      {
        actie: BewaarActie.ANONIMISEREN,
        variabele: 'BEWAARTERMIJN_SIGNAAL_POLITIE_ANONIMISEREN',
        standaard: 'P5Y',
        bron: R21,
        aanname: false,
        maximum: 'P5Y',
      },
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN',
        standaard: 'P10Y',
        bron: R21,
        aanname: false,
        maximum: 'P10Y',
      },
    ],
  },
  IDEMPOTENTIE: {
    soort: BewaarSoort.IDEMPOTENTIE,
    label: 'Bewaarde antwoorden op partnerverzoeken (Idempotency-Key)',
    diensten: [Dienst.SIGNALEN],
    omschrijving:
      'Het bewaarde antwoord per Idempotency-Key (bevat het geregistreerde signaal); telt vanaf het verzoek',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_IDEMPOTENTIE',
        standaard: 'P30D',
        bron: `${AANNAME}: een sleutel dient alleen om een herhaald verzoek veilig te maken; partners herhalen binnen uren, niet na een maand`,
        aanname: true,
      },
    ],
  },
  CASUS_NIET_GESCHIKT: {
    soort: BewaarSoort.CASUS_NIET_GESCHIKT,
    label: 'Casussen: niet geschikt',
    diensten: [Dienst.CASUSREGIE],
    omschrijving:
      'Casussen die als niet geschikt zijn gesloten, met alles wat erop is vastgelegd; telt vanaf het sluiten',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_CASUS_NIET_GESCHIKT',
        standaard: 'P2Y',
        bron: `${AANNAME}: de casus is nooit in regie genomen; twee jaar laat een nieuw signaal de eerdere beoordeling nog zien`,
        aanname: true,
      },
    ],
  },
  CASUS_DOORVERWEZEN: {
    soort: BewaarSoort.CASUS_DOORVERWEZEN,
    label: 'Casussen: doorverwezen (LKO, Top-X)',
    diensten: [Dienst.CASUSREGIE],
    omschrijving:
      'Casussen die naar het LKO of de Top-X-aanpak zijn doorverwezen (die houden hun eigen dossier); telt vanaf het sluiten',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_CASUS_DOORVERWEZEN',
        standaard: 'P2Y',
        bron: `${AANNAME}: het dossier ligt bij het LKO of de Top-X-aanpak; hier blijft alleen de overdracht`,
        aanname: true,
      },
    ],
  },
  CASUS_VERTROKKEN: {
    soort: BewaarSoort.CASUS_VERTROKKEN,
    label: 'Casussen: afgerond met vertrek of overdracht',
    diensten: [Dienst.CASUSREGIE],
    omschrijving:
      'Afgeronde casussen waarvan de laatste uitkomst zelfstandig of gedwongen vertrek of een Dublinoverdracht is; telt vanaf het sluiten',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_CASUS_VERTROKKEN',
        standaard: 'P5Y',
        bron: `${AANNAME}: wie vertrok kan opnieuw aanmelden; vijf jaar, gelijk aan de eerste termijn van R21`,
        aanname: true,
      },
    ],
  },
  CASUS_AFGEROND: {
    soort: BewaarSoort.CASUS_AFGEROND,
    label: 'Casussen: afgerond (overige uitkomsten)',
    diensten: [Dienst.CASUSREGIE],
    omschrijving:
      'Afgeronde casussen met een andere laatste uitkomst (beschikking, beroep, MOB, opnieuw aangemeld); telt vanaf het sluiten',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_CASUS_AFGEROND',
        standaard: 'P5Y',
        bron: `${AANNAME}: vijf jaar, gelijk aan de eerste termijn van R21 (de politiesignalen in de casus gaan dan ook)`,
        aanname: true,
      },
    ],
  },
  DAGOVERZICHT: {
    soort: BewaarSoort.DAGOVERZICHT,
    label: 'Bewaarde dagoverzichten',
    diensten: [Dienst.CASUSREGIE],
    omschrijving:
      'Het dagoverzicht zoals het kernteam het die ochtend zag; telt vanaf het einde van de periode',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_DAGOVERZICHT',
        standaard: 'P1Y',
        bron: `${AANNAME}: een werkoverzicht; na een jaar staat alles ook in de casussen zelf`,
        aanname: true,
      },
    ],
  },
  TOPX_LIJST: {
    soort: BewaarSoort.TOPX_LIJST,
    label: 'Top-X-lijsten',
    diensten: [Dienst.CASUSREGIE],
    omschrijving: 'Maandelijkse Top-X-lijsten (R19) met de opgenomen personen; telt vanaf het voorstel',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_TOPX_LIJST',
        standaard: 'P2Y',
        bron: `${AANNAME}: de lijst wordt elke maand opnieuw opgesteld (R19); twee jaar laat het verloop zien`,
        aanname: true,
      },
    ],
  },
  ZSM_REGISTRATIE: {
    soort: BewaarSoort.ZSM_REGISTRATIE,
    label: 'ZSM-registraties en afdoeningen',
    diensten: [Dienst.ZSM],
    omschrijving:
      'Aanhoudingen aan de ZSM-tafel met de afdoening door het OM; na de eerste termijn zonder persoon, naam, V-nummer, omschrijving en referentie, na de tweede weg; telt vanaf de aanhouding',
    termijnen: [
      {
        actie: BewaarActie.ANONIMISEREN,
        variabele: 'BEWAARTERMIJN_ZSM_REGISTRATIE_ANONIMISEREN',
        standaard: 'P5Y',
        bron: `${R21} — de aanhouding is een politiegegeven; voor de OM-afdoening (Wjsg) nemen we dezelfde termijnen aan`,
        aanname: false,
        maximum: 'P5Y',
      },
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_ZSM_REGISTRATIE_VERWIJDEREN',
        standaard: 'P10Y',
        bron: R21,
        aanname: false,
        maximum: 'P10Y',
      },
    ],
  },
  DETENTIE: {
    soort: BewaarSoort.DETENTIE,
    label: 'Detenties',
    diensten: [Dienst.ZSM],
    omschrijving: 'Door DJI gemelde detenties die zijn beëindigd; telt vanaf het einde',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_DETENTIE',
        standaard: 'P5Y',
        bron: `${AANNAME}: gelijk aan de eerste termijn van R21; Dublintermijnen (R12, hoogstens 18 maanden) zijn dan lang verstreken`,
        aanname: true,
      },
    ],
  },
  PLAATSING: {
    soort: BewaarSoort.PLAATSING,
    label: 'Plaatsingen (VTL, PBL, HTL, bewaring)',
    diensten: [Dienst.PLANNING],
    omschrijving:
      'Beëindigde en afgewezen plaatsingen met hun historie; telt vanaf het einde of de laatste stap',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_PLAATSING',
        standaard: 'P5Y',
        bron: `${AANNAME}: vijf jaar, gelijk aan de casussen, zodat de treden van de escalatieladder (R1) bij een nieuwe casus nog zichtbaar zijn`,
        aanname: true,
      },
    ],
  },
  INHUISREGISTRATIE: {
    soort: BewaarSoort.INHUISREGISTRATIE,
    label: 'Inhuisregistratie',
    diensten: [Dienst.PLANNING],
    omschrijving:
      'Registraties, gemiste registraties en beëindigde meldplichten van de inhuisregistratie (R2); telt vanaf de dag of het einde van de plicht',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_INHUISREGISTRATIE',
        standaard: 'P1Y',
        bron: `${AANNAME}: tweemaal daags vastgelegd voor het toezicht van dat moment; een gemiste registratie leeft voort als signaal`,
        aanname: true,
      },
    ],
  },
  LOGBOEK: {
    soort: BewaarSoort.LOGBOEK,
    label: 'Logboek dataverwerkingen',
    diensten: [Dienst.SIGNALEN, Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
    omschrijving:
      'Het verwerkingslog (R22) van de dienst, en bij zsm ook het eigen register van bevragingen; telt vanaf de verwerking. Nooit korter dan een jaar: de database weigert dat',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_LOGBOEK',
        standaard: 'P5Y',
        bron: `${AANNAME}: een betrokkene moet kunnen nagaan wie zijn gegevens inzag (AVG art. 15); vijf jaar naar analogie van NEN 7513 (logging in de zorg). Ondergrens één jaar: de trigger op het logboek`,
        aanname: true,
        minimum: 'P1Y',
      },
    ],
  },
  OUTBOX: {
    soort: BewaarSoort.OUTBOX,
    label: 'Verzonden events (outbox)',
    diensten: [Dienst.SIGNALEN, Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
    omschrijving:
      'Events die de relay heeft afgeleverd (de payload bevat persoonsgegevens, zoals de omschrijving van een signaal); telt vanaf het verzenden. Niet verzonden events blijven',
    termijnen: [
      {
        actie: BewaarActie.VERWIJDEREN,
        variabele: 'BEWAARTERMIJN_OUTBOX',
        standaard: 'P30D',
        bron: `${AANNAME}: een afgeleverd event staat alleen nog in de outbox om na een storing opnieuw te kunnen sturen; dat gebeurt binnen dagen`,
        aanname: true,
      },
    ],
  },
} as const satisfies Record<BewaarSoort, BewaarSoortDefinitie>;

/** The environment variables of all retention periods. */
export type BewaarVariabele = (typeof BEWAAR_DEFINITIES)[BewaarSoort]['termijnen'][number]['variabele'];

/** Every period of every kind, in a fixed order (kinds as listed; ANONIMISEREN before VERWIJDEREN). */
export const BEWAARTERMIJN_DEFINITIES: readonly (BewaartermijnDefinitie & {
  readonly soort: BewaarSoort;
  readonly variabele: BewaarVariabele;
})[] = BEWAAR_SOORTEN.flatMap((s) =>
  (BEWAAR_DEFINITIES[s].termijnen as readonly BewaartermijnDefinitie[]).map((t) => ({
    ...t,
    soort: s,
    variabele: t.variabele as BewaarVariabele,
  })),
);

export const BEWAAR_SOORT_LABEL: Readonly<Record<BewaarSoort, string>> = Object.fromEntries(
  BEWAAR_SOORTEN.map((s) => [s, BEWAAR_DEFINITIES[s].label]),
) as Record<BewaarSoort, string>;

export function isBewaarSoort(v: unknown): v is BewaarSoort {
  return typeof v === 'string' && (BEWAAR_SOORTEN as readonly string[]).includes(v);
}

/** The definition of one period, or undefined when the kind has no period for this action. */
export function bewaartermijnDefinitie(
  soort: BewaarSoort,
  actie: BewaarActie,
): (typeof BEWAARTERMIJN_DEFINITIES)[number] | undefined {
  return BEWAARTERMIJN_DEFINITIES.find((t) => t.soort === soort && t.actie === actie);
}
