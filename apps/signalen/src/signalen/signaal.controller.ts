import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { naarSignaalType, type SignaalType } from './dto/signaal.types';
import { SignaalService } from './signaal.service';

/** REST for partner systems (NL GOV API design rules: /v1, API-Version header, problem+json). */
@Controller('v1/signalen')
export class SignaalController {
  constructor(private readonly signalen: SignaalService) {}

  @Post()
  @HttpCode(201)
  async registreer(
    @HuidigeActor() actor: Actor,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignaalType> {
    const signaal = naarSignaalType(await this.signalen.registreer(actor, body ?? {}));
    res.setHeader('Location', `/v1/signalen/${signaal.id}`);
    return signaal;
  }

  @Get(':id')
  async haal(@HuidigeActor() actor: Actor, @Param('id') id: string): Promise<SignaalType> {
    return naarSignaalType(await this.signalen.haal(actor, id));
  }
}
