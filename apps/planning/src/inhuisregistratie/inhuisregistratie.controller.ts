import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { InhuisregistratieService } from './inhuisregistratie.service';

@Controller('v1')
export class InhuisregistratieController {
  constructor(private readonly service: InhuisregistratieService) {}

  @Post('inhuisregistraties')
  @HttpCode(201)
  registreer(@HuidigeActor() actor: Actor, @Body() body: unknown) {
    return this.service.registreer(actor, body);
  }
}
