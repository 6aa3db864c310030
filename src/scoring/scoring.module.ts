import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PortfolioService } from './portfolio.service.js';
import { RankingService } from './ranking.service.js';
import { ScenariosService } from './scenarios.service.js';
import { ScoreReader } from './score-reader.service.js';
import { ProcessCandidateResolver, ScoringResolver } from './scoring.resolver.js';

@Module({
  imports: [AuthModule],
  providers: [RankingService, PortfolioService, ScenariosService, ScoreReader, ScoringResolver, ProcessCandidateResolver],
  exports: [ScoreReader],
})
export class ScoringModule {}
