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
    const unscored = await manager.query<{ id: string }[]>(
      'SELECT p.id FROM process p LEFT JOIN candidate_score s ON s.process_id = p.id WHERE p.id = ANY ($1::uuid[]) AND s.process_id IS NULL',
      [processIds],
    );
    if (unscored.length > 0) await rescoreProcesses(manager, unscored.map((row) => row.id));
    const first = await readScoreFacts(manager, processIds);
    if (first.incomplete.length === 0) return first.facts;
    // A stored score lacking what is read here is out of date: score it again, then read.
    await rescoreProcesses(manager, first.incomplete);
    const second = await readScoreFacts(manager, processIds);
    if (second.incomplete.length > 0) throw new Error(`stored scores of ${second.incomplete.join(', ')} lack fields the current method writes`);
    return second.facts;
  }
}
