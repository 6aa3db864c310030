import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rescoreProcesses } from './score-refresh.js';

/**
 * How other features (processes, measurements) have scores recomputed after they change an
 * input, in their own transaction, so that the stored ranking never needs recomputing on read.
 */
@Injectable()
export class ScoreRefresher {
  rescore(manager: EntityManager, processIds: readonly string[]): Promise<number> {
    return rescoreProcesses(manager, processIds);
  }
}
