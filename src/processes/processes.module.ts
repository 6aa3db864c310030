import { Module } from '@nestjs/common';
import { ScoringModule } from '../scoring/scoring.module.js';
import { ProcessesResolver } from './processes.resolver.js';
import { ProcessReader } from './process-reader.service.js';
import { ProcessesService } from './processes.service.js';

@Module({ imports: [ScoringModule], providers: [ProcessesService, ProcessesResolver, ProcessReader], exports: [ProcessReader] })
export class ProcessesModule {}
