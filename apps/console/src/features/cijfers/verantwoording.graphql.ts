import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Doorlooptijd {
  /** null: all cases. */
  readonly spoor: number | null;
  readonly aantal: number;
  readonly mediaanDagen: number | null;
  readonly gemiddeldeDagen: number | null;
  readonly normDagen: number | null;
  /** norm / median: how many times faster than the national norm. */
  readonly factorSnellerDanNorm: number | null;
}

export interface Verantwoording {
  readonly van: string;
  readonly tot: string;
  readonly locatieCode: string | null;
  readonly behandeld: number;
  readonly perSpoor: {
    readonly spoor1: number;
    readonly spoor2: number;
    readonly spoor4: number;
    readonly onbekend: number;
  };
  readonly perLand: readonly { readonly land: string; readonly aantal: number }[];
  readonly definitiefAfgehandeld: { readonly aantal: number; readonly percentage: number };
  readonly overdrachten: number;
  readonly vertrek: { readonly zelfstandig: number; readonly gedwongen: number; readonly mob: number };
  readonly opnieuwAangemeld: number;
  readonly beroepen: {
    readonly ingesteld: number;
    readonly open: number;
    readonly ongegrond: number;
    readonly gegrond: number;
    readonly ingetrokken: number;
  };
  readonly doorlooptijd: readonly Doorlooptijd[];
  readonly perWeek: readonly {
    readonly week: string;
    readonly aangemeld: number;
    readonly afgerond: number;
  }[];
}

/** The figures for DGM/DRM over [van, tot), optionally for one location. */
export const VERANTWOORDING: TypedDocumentNode<
  { readonly verantwoording: Verantwoording },
  { readonly van: string; readonly tot: string; readonly locatieCode?: string | null }
> = gql`
  query Verantwoording($van: String!, $tot: String!, $locatieCode: String) {
    verantwoording(van: $van, tot: $tot, locatieCode: $locatieCode) {
      van
      tot
      locatieCode
      behandeld
      perSpoor {
        spoor1
        spoor2
        spoor4
        onbekend
      }
      perLand {
        land
        aantal
      }
      definitiefAfgehandeld {
        aantal
        percentage
      }
      overdrachten
      vertrek {
        zelfstandig
        gedwongen
        mob
      }
      opnieuwAangemeld
      beroepen {
        ingesteld
        open
        ongegrond
        gegrond
        ingetrokken
      }
      doorlooptijd {
        spoor
        aantal
        mediaanDagen
        gemiddeldeDagen
        normDagen
        factorSnellerDanNorm
      }
      perWeek {
        week
        aangemeld
        afgerond
      }
    }
  }
`;
