import { Module } from '@nestjs/common';
import { CasusTopXResolver, PersoonTopXResolver, TopXResolver } from './topx.resolver';
import { TopXService } from './topx.service';

@Module({ providers: [TopXService, TopXResolver, PersoonTopXResolver, CasusTopXResolver] })
export class TopXModule {}
