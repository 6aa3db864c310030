import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { featureEntities } from '../database/feature-entities.js';
import { AutomationScenarioEntity } from './automation-scenario.entity.js';
import { CandidateScoreEntity } from './candidate-score.entity.js';
import { ReadinessWeightsEntity } from './readiness-weights.entity.js';
import { PortfolioService } from './portfolio.service.js';
import { RankingService } from './ranking.service.js';
import { ScenariosService } from './scenarios.service.js';
import { ScoresModule } from './scores.module.js';
import { ProcessCandidateResolver, ScoringResolver } from './scoring.resolver.js';

@Module({
  imports: [AuthModule, ScoresModule, featureEntities(AutomationScenarioEntity, ReadinessWeightsEntity, CandidateScoreEntity)],
  providers: [RankingService, PortfolioService, ScenariosService, ScoringResolver, ProcessCandidateResolver],
  exports: [ScoresModule, RankingService, PortfolioService, ScenariosService],
})
export class ScoringModule {}
