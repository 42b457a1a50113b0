import { Module } from '@nestjs/common';
import { ActieVerstrekenVerwerker, CasusWerkService } from './casus-werk.service';
import { CasusResolver, PersoonCasussenResolver } from './casus.resolver';
import { CasusService } from './casus.service';

@Module({
  providers: [
    CasusService,
    CasusWerkService,
    ActieVerstrekenVerwerker,
    CasusResolver,
    PersoonCasussenResolver,
  ],
  exports: [CasusService, CasusWerkService],
})
export class CasussenModule {}
