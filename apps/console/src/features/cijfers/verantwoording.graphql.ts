import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VerantwoordingQuery, VerantwoordingQueryVariables } from '../../gql/schema';

export type Verantwoording = VerantwoordingQuery['verantwoording'];
/** spoor null: all cases; factorSnellerDanNorm: norm / median, how many times faster than the norm. */
export type Doorlooptijd = Verantwoording['doorlooptijd'][number];

/** The figures for DGM/DRM over [van, tot), optionally for one location. */
export const VERANTWOORDING: TypedDocumentNode<VerantwoordingQuery, VerantwoordingQueryVariables> = gql`
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
