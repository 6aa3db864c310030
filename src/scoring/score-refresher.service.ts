import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { SCORING_METHOD_VERSION } from './score-assembly.js';
import { rescoreOrganization, rescoreProcesses, scoreStaleProcesses } from './score-refresh.js';

/**
 * How other features (processes, measurements, the demo seed) have scores recomputed after they
 * change an input, in their own transaction, so that the stored ranking never needs recomputing
 * on read; and how the start-up has stale scores recomputed.
 */
@Injectable()
export class ScoreRefresher {
  rescore(manager: EntityManager, processIds: readonly string[]): Promise<number> {
    return rescoreProcesses(manager, processIds);
  }

  rescoreOrganization(manager: EntityManager, organizationId: string): Promise<number> {
    return rescoreOrganization(manager, organizationId);
  }

  /**
   * At start-up, as the schema owner: scores processes without one, scored by an older method,
   * or whose baseline figures were just recomputed (`alsoProcessIds`).
   */
  rescoreStale(owner: DataSource, alsoProcessIds: readonly string[]): Promise<number> {
    return scoreStaleProcesses(owner, SCORING_METHOD_VERSION, alsoProcessIds);
  }
}
