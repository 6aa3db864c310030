import type { DataSource, EntityManager } from 'typeorm';
import { mapYielding } from '../common/event-loop.js';
import { type ScoreSource, loadScoreSources } from './score-inputs.loader.js';
import { assessSource } from './score-assembly.js';
import { SCORE_COLUMNS, type StoredScore } from './stored-score.js';


/**
 * Re-scores processes inside the caller's transaction: loads their inputs in a handful of
 * queries, runs the pure assessment (Monte Carlo included) for each, and writes all scores in
 * one statement. Called by every change to an input (process, steps, scenario, weights,
 * baseline), so the stored ranking never needs recomputing when it is read.
 */
export async function rescoreProcesses(manager: EntityManager, processIds: readonly string[]): Promise<number> {
  const sources = await loadScoreSources(manager, processIds);
  await writeScores(manager, sources);
  return sources.length;
}

export async function rescoreOrganization(manager: EntityManager, organizationId: string): Promise<number> {
  const rows = await manager.query<{ id: string }[]>('SELECT id FROM process WHERE organization_id = $1', [organizationId]);
  return rescoreProcesses(manager, rows.map((row) => row.id));
}

/**
 * At start-up, as the schema owner: scores processes that have none yet (created before
 * scoring existed, or written around the application), were scored by an older method, or
 * whose baseline figures were just recomputed (`alsoProcessIds`).
 */
export async function scoreStaleProcesses(dataSource: DataSource, methodVersion: string, alsoProcessIds: readonly string[] = []): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT p.id FROM process p LEFT JOIN candidate_score s ON s.process_id = p.id
        WHERE s.process_id IS NULL OR s.method_version <> $1 OR p.id = ANY ($2::uuid[])
        ORDER BY p.id`,
      [methodVersion, alsoProcessIds],
    );
    let scored = 0;
    // Batches keep one statement's parameters and memory bounded on a large installation.
    for (let start = 0; start < rows.length; start += 500) {
      scored += await rescoreProcesses(manager, rows.slice(start, start + 500).map((row) => row.id));
    }
    return scored;
  });
}

async function writeScores(manager: EntityManager, sources: ScoreSource[]): Promise<void> {
  if (sources.length === 0) return;
  const computedAt = new Date().toISOString();
  // Each assessment runs its Monte Carlo (a few ms): other requests run between them.
  const scores: StoredScore[] = await mapYielding(sources, (source) => assessSource(source, computedAt));
  // One jsonb parameter holding every row: one round trip for any number of processes.
  await manager.query(
    `INSERT INTO candidate_score (${SCORE_COLUMNS.join(', ')})
     SELECT ${SCORE_COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::candidate_score, $1::jsonb)
     ON CONFLICT (process_id) DO UPDATE SET
       ${SCORE_COLUMNS.filter((column) => column !== 'process_id').map((column) => `${column} = EXCLUDED.${column}`).join(', ')}`,
    [JSON.stringify(scores)],
  );
}
