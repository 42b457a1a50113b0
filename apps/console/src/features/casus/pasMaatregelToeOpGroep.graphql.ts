import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  PasMaatregelToeOpGroepMutation,
  PasMaatregelToeOpGroepMutationVariables,
} from '../../gql/schema';

/** One measure for every open case of a group case, in one go (e.g. withholding the RVT, R8). */
export const PAS_MAATREGEL_TOE_OP_GROEP: TypedDocumentNode<
  PasMaatregelToeOpGroepMutation,
  PasMaatregelToeOpGroepMutationVariables
> = gql`
  mutation PasMaatregelToeOpGroep($groepId: ID!, $maatregel: MaatregelInvoer!) {
    pasMaatregelToeOpGroep(groepId: $groepId, maatregel: $maatregel) {
      groepActieId
      maatregelen
    }
  }
`;
