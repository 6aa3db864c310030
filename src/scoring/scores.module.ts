import { Module } from '@nestjs/common';
import { ScoreReader } from './score-reader.service.js';
import { ScoreRefresher } from './score-refresher.service.js';

/**
 * Stored scores as other features and the start-up use them (read, recompute): no API and no
 * sign-in, so that the schema owner's container at start-up holds it as the application does.
 */
@Module({ providers: [ScoreReader, ScoreRefresher], exports: [ScoreReader, ScoreRefresher] })
export class ScoresModule {}
