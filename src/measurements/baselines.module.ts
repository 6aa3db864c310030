import { Module } from '@nestjs/common';
import { BaselineRefresher } from './baseline-refresher.service.js';

/** Recomputing baseline figures, without the API: the schema owner's container at start-up holds it. */
@Module({ providers: [BaselineRefresher], exports: [BaselineRefresher] })
export class BaselinesModule {}
