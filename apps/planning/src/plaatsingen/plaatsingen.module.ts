import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { InhuisregistratieController } from '../inhuisregistratie/inhuisregistratie.controller';
import { PlanningOpenApiController } from '../inhuisregistratie/planning-openapi.controller';
import { InhuisregistratieResolver } from '../inhuisregistratie/inhuisregistratie.resolver';
import { InhuisregistratieRooster } from '../inhuisregistratie/inhuisregistratie.rooster';
import { InhuisregistratieService } from '../inhuisregistratie/inhuisregistratie.service';
import {
  CasusBijgewerktVerwerker,
  DublinClaimBijgewerktVerwerker,
  planningPersoonVolgers,
  SignaalGeregistreerdVerwerker,
  TermijnGewaarschuwdVerwerker,
  TermijnVerstrekenVerwerker,
} from '../leesmodel/leesmodel.verwerkers';
import { LocatieService } from '../locaties/locatie.service';
import { CasusPlanResolver, ProcedureResolver } from '../procedure/procedure.resolver';
import { ProcedureService } from '../procedure/procedure.service';
import { PersoonResolver } from './persoon.resolver';
import { PlaatsingResolver } from './plaatsing.resolver';
import { PlaatsingService } from './plaatsing.service';

/** Planning (issue 7): locations, placements, the inhuisregistratie, procedure plans and IND slots. */
@Module({
  controllers: [InhuisregistratieController, PlanningOpenApiController],
  providers: [
    LocatieService,
    PlaatsingService,
    InhuisregistratieService,
    InhuisregistratieRooster,
    ProcedureService,
    PlaatsingResolver,
    PersoonResolver,
    InhuisregistratieResolver,
    ProcedureResolver,
    CasusPlanResolver,
    SignaalGeregistreerdVerwerker,
    CasusBijgewerktVerwerker,
    DublinClaimBijgewerktVerwerker,
    TermijnGewaarschuwdVerwerker,
    TermijnVerstrekenVerwerker,
    ...signaalKopieVolgers('plaatsing_aanleiding', planningPersoonVolgers),
  ],
  exports: [PlaatsingService, InhuisregistratieService, ProcedureService, LocatieService],
})
export class PlaatsingenModule {}
