import { gql, type TypedDocumentNode } from '@apollo/client';

export interface DagoverzichtRegel {
  readonly soort: string;
  readonly tijdstip: string;
  readonly omschrijving: string;
}

export interface DagoverzichtCasus {
  readonly casusId: string;
  readonly omschrijving: string;
  readonly status: string;
  readonly procesregisseur: string;
  readonly nieuweSignalen: readonly DagoverzichtRegel[];
  readonly wijzigingen: readonly DagoverzichtRegel[];
  readonly actiesTeLaat: readonly {
    readonly id: string;
    readonly omschrijving: string;
    readonly deadline: string;
    readonly dagenTeLaat: number;
  }[];
  readonly termijnenBinnenkort: readonly {
    readonly id: string;
    readonly soortLabel: string;
    readonly vervaltOp: string;
  }[];
}

export interface Dagoverzicht {
  readonly id: string;
  readonly van: string;
  readonly tot: string;
  /** ROOSTER (07:00) or OP_VERZOEK. */
  readonly aanleiding: string;
  readonly gemaaktOp: string;
  readonly casussen: readonly DagoverzichtCasus[];
  readonly ongewijzigd: number;
  readonly totalen: {
    readonly nieuweSignalen: number;
    readonly wijzigingen: number;
    readonly actiesTeLaat: number;
    readonly termijnenBinnenkort: number;
  };
}

export const DAGOVERZICHT_VELDEN = gql`
  fragment DagoverzichtVelden on Dagoverzicht {
    id
    van
    tot
    aanleiding
    gemaaktOp
    casussen {
      casusId
      omschrijving
      status
      procesregisseur
      nieuweSignalen {
        soort
        tijdstip
        omschrijving
      }
      wijzigingen {
        soort
        tijdstip
        omschrijving
      }
      actiesTeLaat {
        id
        omschrijving
        deadline
        dagenTeLaat
      }
      termijnenBinnenkort {
        id
        soortLabel
        vervaltOp
      }
    }
    ongewijzigd
    totalen {
      nieuweSignalen
      wijzigingen
      actiesTeLaat
      termijnenBinnenkort
    }
  }
`;

/** One overview (no id: the latest); null when none was made yet. */
export const DAGOVERZICHT: TypedDocumentNode<
  { readonly dagoverzicht: Dagoverzicht | null },
  { readonly id?: string | null }
> = gql`
  query Dagoverzicht($id: ID) {
    dagoverzicht(id: $id) {
      ...DagoverzichtVelden
    }
  }
  ${DAGOVERZICHT_VELDEN}
`;
