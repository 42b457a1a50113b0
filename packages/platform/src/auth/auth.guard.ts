import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Rol } from '@ketenbeeld/domain';
import { DomeinFout } from '../errors/domein-fout';
import { PUBLIEK, ROLLEN, verzoekUit } from './auth.decorators';

/**
 * Deny by default: every handler needs a verified actor unless marked @Publiek(); @Rollen(...)
 * narrows it further. Installed globally, so a new resolver is protected without doing anything.
 */
@Injectable()
export class ToegangGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const doelen = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK, doelen)) return true;
    const actor = verzoekUit(context)?.actor;
    if (!actor) throw new DomeinFout('NIET_GEAUTHENTICEERD', 'TOKEN_ONTBREEKT', 'Aanmelden vereist');
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN, doelen);
    if (rollen && !rollen.some((r) => actor.rollen.includes(r))) {
      throw new DomeinFout(
        'VERBODEN',
        'ROL_ONTBREEKT',
        `Hiervoor is een van deze rollen nodig: ${rollen.join(', ')}`,
      );
    }
    return true;
  }
}
