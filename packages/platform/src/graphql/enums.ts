import { registerEnumType } from '@nestjs/graphql';
import { Organisatie, TermijnSoort, TermijnStatus } from '@ketenbeeld/domain';

/**
 * The GraphQL enums shared by the subgraphs, registered once. Composition requires them to be equal
 * in every subgraph that uses them, so they come from one place.
 */
registerEnumType(Organisatie, { name: 'Organisatie', description: 'Organisatiecode (DOMAIN.md §2)' });
registerEnumType(TermijnSoort, { name: 'TermijnSoort' });
registerEnumType(TermijnStatus, { name: 'TermijnStatus' });

export const TermijnWeergave = { KOMEND: 'KOMEND', VERSTREKEN: 'VERSTREKEN', ALLE: 'ALLE' } as const;
export type TermijnWeergave = (typeof TermijnWeergave)[keyof typeof TermijnWeergave];
registerEnumType(TermijnWeergave, {
  name: 'TermijnWeergave',
  description: 'KOMEND: nog niet verstreken (ook opgeschort); VERSTREKEN: verlopen; ALLE',
});
