import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PortfolioService } from './portfolio.service.js';
import { RankingService } from './ranking.service.js';
import { ScenariosService } from './scenarios.service.js';
import { ScoreReader } from './score-reader.service.js';
import { ScoreRefresher } from './score-refresher.service.js';
import { ProcessCandidateResolver, ScoringResolver } from './scoring.resolver.js';

@Module({
  imports: [AuthModule],
  providers: [RankingService, PortfolioService, ScenariosService, ScoreReader, ScoreRefresher, ScoringResolver, ProcessCandidateResolver],
  exports: [ScoreReader, ScoreRefresher, RankingService, PortfolioService, ScenariosService],
})
export class ScoringModule {}
