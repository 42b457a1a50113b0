import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReserveerIndSlotsMutation, ReserveerIndSlotsMutationVariables } from '../../gql/schema';
import { IND_SLOT_WEEK_VELDEN } from './indSlotKalender.graphql';

/** The IND coördinator reserves hearing slots for kernteam cases in a week (never below what is scheduled). */
export const RESERVEER_IND_SLOTS: TypedDocumentNode<
  ReserveerIndSlotsMutation,
  ReserveerIndSlotsMutationVariables
> = gql`
  mutation ReserveerIndSlots($week: String!, $gereserveerd: Int!) {
    reserveerIndSlots(week: $week, gereserveerd: $gereserveerd) {
      ...IndSlotWeekVelden
    }
  }
  ${IND_SLOT_WEEK_VELDEN}
`;
