import { Module } from '@nestjs/common';
import { ProcessesResolver } from './processes.resolver.js';
import { ProcessesService } from './processes.service.js';

@Module({ providers: [ProcessesService, ProcessesResolver] })
export class ProcessesModule {}
