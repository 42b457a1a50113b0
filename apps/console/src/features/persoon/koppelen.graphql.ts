import { gql, type TypedDocumentNode } from '@apollo/client';

/** Mirrors `input VoegPersonenSamenInvoer`. */
export interface VoegPersonenSamenInvoer {
  /** The person that stays (the one with the V-nummer, if either has one). */
  readonly behoudenId: string;
  /** The person that merges into the kept one. */
  readonly opgaandId: string;
  readonly reden: string;
}

export interface VoegPersonenSamenData {
  readonly voegPersonenSamen: {
    readonly id: string;
    readonly behoudenId: string;
    readonly aantalSignalen: number;
  };
}

export const VOEG_PERSONEN_SAMEN: TypedDocumentNode<
  VoegPersonenSamenData,
  { invoer: VoegPersonenSamenInvoer }
> = gql`
  mutation VoegPersonenSamen($invoer: VoegPersonenSamenInvoer!) {
    voegPersonenSamen(invoer: $invoer) {
      id
      behoudenId
      aantalSignalen
    }
  }
`;
