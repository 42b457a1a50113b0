import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { casusSignaalVolgers } from '../bewaren/signaal-opschonen';
import { casusPersoonVolgers } from './persoon-volgen';
import { PersoonResolver } from './persoon.resolver';
import { SignaalMeldingService } from './signaal-melding.service';

@Module({
  providers: [
    SignaalMeldingService,
    PersoonResolver,
    ...signaalKopieVolgers('signaal_melding', { ...casusPersoonVolgers, ...casusSignaalVolgers }),
  ],
})
export class SignaalMeldingenModule {}
