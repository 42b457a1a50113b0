import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { IdempotentieService } from '../idempotentie/idempotentie.service';
import { naarSignaalType, type SignaalType } from './dto/signaal.types';
import { SignaalBatchService, type BatchResultaat } from './signaal-batch.service';
import { SignaalService } from './signaal.service';
import { TaxonomieService } from './taxonomie.service';

/** REST for partner systems (NL GOV API design rules: /v1, API-Version header, problem+json). */
@Controller('v1/signalen')
export class SignaalController {
  constructor(
    private readonly signalen: SignaalService,
    private readonly batch: SignaalBatchService,
    private readonly idempotentie: IdempotentieService,
    private readonly taxonomie: TaxonomieService,
  ) {}

  /**
   * Register one signal. With an Idempotency-Key the first answer is kept: a replay with the same
   * body gets it again (header Idempotent-Replayed: true); the same key with another body gets 422.
   */
  @Post()
  @HttpCode(201)
  async registreer(
    @HuidigeActor() actor: Actor,
    @Body() body: unknown,
    @Headers('idempotency-key') sleutel: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignaalType> {
    const invoer = body ?? {};
    const antwoord =
      sleutel === undefined
        ? {
            status: 201,
            body: naarSignaalType(
              await this.signalen.registreer(actor, invoer),
              await this.taxonomie.taxonomie(),
            ),
            herhaald: false,
          }
        : await this.idempotentie.voerUit<SignaalType>(actor, sleutel, invoer, async (claim) => {
            const t = await this.taxonomie.taxonomie();
            return naarSignaalType(
              await this.signalen.registreer(actor, invoer, {
                ...claim,
                antwoord: (s) => naarSignaalType(s, t),
              }),
              t,
            );
          });
    res.status(antwoord.status);
    res.setHeader('Location', `/v1/signalen/${antwoord.body.id}`);
    if (antwoord.herhaald) res.setHeader('Idempotent-Replayed', 'true');
    return antwoord.body;
  }

  /** Up to 1,000 signals; 200 with a result per item (201 or the problem), some may fail. */
  @Post('batch')
  @HttpCode(200)
  registreerBatch(@HuidigeActor() actor: Actor, @Body() body: unknown): Promise<BatchResultaat> {
    return this.batch.registreer(actor, body);
  }

  @Get(':id')
  async haal(@HuidigeActor() actor: Actor, @Param('id') id: string): Promise<SignaalType> {
    return naarSignaalType(await this.signalen.haal(actor, id), await this.taxonomie.taxonomie());
  }
}
