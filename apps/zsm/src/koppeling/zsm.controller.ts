import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { Snelheidsbegrenzer } from './snelheidsbegrenzer';
import { ZsmService } from './zsm.service';

/**
 * REST for OM ZSM desks and DJI (NL GOV API design rules: /v1, API-Version, problem+json; the
 * description at /v1/openapi.json). Each client has its own credentials (token subject) and its
 * own rate limit.
 */
@Controller('v1')
export class ZsmController {
  constructor(
    private readonly zsm: ZsmService,
    private readonly begrenzer: Snelheidsbegrenzer,
  ) {}

  /** Where does this suspect stand in the asylum chain? Purpose (doel) and ZSM reference required. */
  @Post('zsm/bevragingen')
  @HttpCode(200)
  async bevraag(@HuidigeActor() actor: Actor, @Body() body: unknown) {
    this.begrenzer.controleer(actor.sub);
    return this.zsm.bevraag(actor, body);
  }

  @Post('zsm/registraties')
  @HttpCode(201)
  async registreer(@HuidigeActor() actor: Actor, @Body() body: unknown) {
    this.begrenzer.controleer(actor.sub);
    const r = await this.zsm.registreer(actor, body);
    return {
      id: r.id,
      signaalId: r.signaal_id,
      zsmReferentie: r.zsm_referentie,
      persoonBekend: r.persoon_id !== null,
      custodyKlokkenGestart: r.klokken_gepland,
      aanhoudingOp: new Date(r.aanhouding_op).toISOString(),
    };
  }

  @Post('zsm/registraties/:id/afdoeningen')
  @HttpCode(201)
  async afdoening(@HuidigeActor() actor: Actor, @Param('id') id: string, @Body() body: unknown) {
    this.begrenzer.controleer(actor.sub);
    return this.zsm.afdoening(actor, id, body);
  }

  @Post('detenties')
  @HttpCode(201)
  async meldDetentie(@HuidigeActor() actor: Actor, @Body() body: unknown) {
    this.begrenzer.controleer(actor.sub);
    return this.zsm.meldDetentie(actor, body);
  }

  @Post('detenties/:id/einde')
  @HttpCode(200)
  async beeindigDetentie(@HuidigeActor() actor: Actor, @Param('id') id: string, @Body() body: unknown) {
    this.begrenzer.controleer(actor.sub);
    return this.zsm.beeindigDetentie(actor, id, body);
  }
}
