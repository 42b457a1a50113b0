import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  IndSlotKalenderQuery,
  IndSlotKalenderQueryVariables,
  IndSlotWeekVeldenFragment,
} from '../../gql/schema';

/**
 * One week of the IND hearing slot calendar (`type IndSlotWeek`): week JJJJ-Www, verwacht the hearings
 * the plans put in this week that have no slot yet, status RUIM, BIJNA_VOL, VOL or OVERBOEKT (a String
 * in the schema).
 */
export type IndSlotWeek = IndSlotWeekVeldenFragment;

export const IND_SLOT_WEEK_VELDEN: TypedDocumentNode<IndSlotWeekVeldenFragment> = gql`
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
export const IND_SLOT_KALENDER: TypedDocumentNode<IndSlotKalenderQuery, IndSlotKalenderQueryVariables> = gql`
  query IndSlotKalender($vanafWeek: String, $weken: Int) {
    indSlotKalender(vanafWeek: $vanafWeek, weken: $weken) {
      ...IndSlotWeekVelden
    }
  }
  ${IND_SLOT_WEEK_VELDEN}
`;
