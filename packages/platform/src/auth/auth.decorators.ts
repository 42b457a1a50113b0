import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, Rol } from '@ketenbeeld/domain';

export const PUBLIEK = 'ketenbeeld:publiek';
export const ROLLEN = 'ketenbeeld:rollen';

/** Marks a handler that needs no token. Only for health endpoints (lint checks this). */
export const Publiek = () => SetMetadata(PUBLIEK, true);

/** Restricts a handler to callers with at least one of these roles. */
export const Rollen = (...rollen: Rol[]) => SetMetadata(ROLLEN, rollen);

export interface VerzoekMetActor {
  actor?: Actor;
  headers: Record<string, string | string[] | undefined>;
}

export function verzoekUit(context: ExecutionContext): VerzoekMetActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: VerzoekMetActor }>().req;
  }
  return context.switchToHttp().getRequest<VerzoekMetActor>();
}

/** The verified caller. The guard has already refused requests without one. */
export const HuidigeActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = verzoekUit(context).actor;
  if (!actor) throw new Error('HuidigeActor gebruikt op een publieke handler');
  return actor;
});
