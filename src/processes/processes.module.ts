import { Module } from '@nestjs/common';
import { featureEntities } from '../database/feature-entities.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { ProcessEntity } from './process.entity.js';
import { ProcessesResolver } from './processes.resolver.js';
import { ProcessReader } from './process-reader.service.js';
import { ProcessesService } from './processes.service.js';
import { WorkflowStepEntity } from './workflow-step.entity.js';

@Module({
  imports: [ScoringModule, featureEntities(ProcessEntity, WorkflowStepEntity)],
  providers: [ProcessesService, ProcessesResolver, ProcessReader],
  exports: [ProcessReader],
})
export class ProcessesModule {}
