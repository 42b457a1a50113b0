import { gql, type TypedDocumentNode } from '@apollo/client';

/** One week of the IND hearing slot calendar (`type IndSlotWeek`). */
export interface IndSlotWeek {
  /** JJJJ-Www. */
  readonly week: string;
  readonly maandag: string;
  readonly gereserveerd: number;
  readonly ingepland: number;
  /** Hearings the plans put in this week that have no slot yet. */
  readonly verwacht: number;
  readonly vrij: number;
  /** RUIM, BIJNA_VOL, VOL or OVERBOEKT. */
  readonly status: string;
  readonly uitleg: string;
}

export const IND_SLOT_WEEK_VELDEN = gql`
  fragment IndSlotWeekVelden on IndSlotWeek {
    week
    maandag
    gereserveerd
    ingepland
    verwacht
    vrij
    status
    uitleg
  }
`;

/** Reserved, scheduled and expected hearings per week (planning service). */
export const IND_SLOT_KALENDER: TypedDocumentNode<
  { readonly indSlotKalender: readonly IndSlotWeek[] },
  { readonly vanafWeek?: string | null; readonly weken?: number | null }
> = gql`
  query IndSlotKalender($vanafWeek: String, $weken: Int) {
    indSlotKalender(vanafWeek: $vanafWeek, weken: $weken) {
      ...IndSlotWeekVelden
    }
  }
  ${IND_SLOT_WEEK_VELDEN}
`;
