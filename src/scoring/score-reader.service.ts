import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rescoreProcesses } from './score-refresh.js';
import { readScoreFacts, type ScoreFacts } from './stored-score.js';

/**
 * Scores as other features may read them (claims): typed facts, never the stored documents.
 * A process never scored (written around the application), or whose stored score lacks what
 * is read here, is scored first, in the caller's transaction.
 */
@Injectable()
export class ScoreReader {
  async factsOf(manager: EntityManager, processIds: readonly string[]): Promise<Map<string, ScoreFacts>> {
    const first = await readScoreFacts(manager, processIds);
    // Without a score, or with one lacking what is read here: score again, then read once more.
    const stale = [...new Set(processIds)].filter((id) => !first.has(id));
    if (stale.length === 0) return first;
    await rescoreProcesses(manager, stale);
    const second = await readScoreFacts(manager, processIds);
    const missing = processIds.filter((id) => !second.has(id));
    if (missing.length > 0) throw new Error(`no complete stored score for ${missing.join(', ')} after re-scoring`);
    return second;
  }
}
