import type { EntityManager } from 'typeorm';
import type { CandidateAssessment, CandidateFacts } from './domain/candidate-assessor.js';
import type { EaseComponentName } from './domain/readiness-score.js';
import type { SimulationStandardErrors } from './domain/savings-simulation.js';

/** The standard_errors column as savings-2 writes it. */
export type StoredStandardErrors = SimulationStandardErrors;

/**
 * The one list of candidate_score's columns: what a score is written as (score-refresh) and,
 * less the two JSON documents, what a ranking row is read as (candidate-ranking.query).
 */
export const SCORE_COLUMNS = [
  'process_id', 'organization_id', 'process_name', 'category', 'department_id', 'status', 'method_version',
  'automation_potential', 'ease_of_implementation', 'quadrant', 'candidate', 'not_candidate_reason', 'evidence_grade', 'sample_size',
  'hours_saved_p10', 'hours_saved_p50', 'hours_saved_p90', 'net_benefit_p10', 'net_benefit_p50', 'net_benefit_p90',
  'npv_p10', 'npv_p50', 'npv_p90', 'probability_positive_npv', 'payback_months', 'payback_p10', 'payback_p50', 'payback_p90', 'standard_errors', 'warnings', 'explanation',
  'inputs', 'result', 'computed_at',
] as const;
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];

/** A ranking row's columns: every column but the stored inputs and result documents. */
export const RANKING_COLUMNS = SCORE_COLUMNS.filter((column) => column !== 'inputs' && column !== 'result');

/**
 * SQL for the annual case volume a score was computed from (`result.evidence.annualVolume.value`:
 * the measured baseline or the owner's estimate); NULL when the document lacks it.
 */
export const SCORED_ANNUAL_VOLUME_SQL = `CASE WHEN jsonb_typeof(result->'evidence'->'annualVolume'->'value') = 'number'
  THEN (result->'evidence'->'annualVolume'->>'value')::float8 END`;

/** The `inputs` document of a score, as score-assembly writes it. */
export interface StoredScoreInputs {
  facts: CandidateFacts;
  costSources: Record<string, string>;
  baselinePeriodId: string | null;
  baselineMethodVersion: string | null;
  weights: CandidateFacts['weights'];
  seed: number;
  draws: number;
}

/** The `result` document of a score, as score-assembly writes it. */
export interface StoredScoreResult {
  readiness: CandidateAssessment['readiness'];
  evidence: CandidateAssessment['inputs'];
  savingsInputs: CandidateAssessment['savingsInputs'];
  pointEstimate: CandidateAssessment['point'];
  monteCarlo: CandidateAssessment['simulation'];
}

/** One score as written: every column, the documents typed. */
export type StoredScore = Record<Exclude<ScoreColumn, 'inputs' | 'result'>, unknown> & { inputs: StoredScoreInputs; result: StoredScoreResult };

/** What other features may know of a process's stored score, typed; null where it has none. */
export interface ScoreFacts {
  automatableShare: number;
  relativeCostChange: StoredScoreResult['monteCarlo']['relativeCostChange'];
  runningCostPerYear: number;
  hourlyLabourCost: number;
  costPerError: number;
}

/**
 * Scoring's reader of its own stored results: the only code outside score-assembly that looks
 * inside the `inputs` and `result` documents. A document without a field this reader needs (a
 * score of an older method, or written around the application) is left out, never read as 0.
 */
export async function readScoreFacts(manager: EntityManager, processIds: readonly string[]): Promise<Map<string, ScoreFacts>> {
  const facts = new Map<string, ScoreFacts>();
  if (processIds.length === 0) return facts;
  const rows = await manager.query<{ process_id: string; inputs: Partial<StoredScoreInputs> | null; result: Partial<StoredScoreResult> | null }[]>(
    'SELECT process_id, inputs, result FROM candidate_score WHERE process_id = ANY ($1::uuid[])',
    [processIds],
  );
  for (const row of rows) {
    const automatableShare = row.result?.readiness?.automatableShare;
    const runningCostPerYear = row.result?.pointEstimate?.runningCost;
    const relativeCostChange = row.result?.monteCarlo?.relativeCostChange;
    const hourlyLabourCost = row.inputs?.facts?.costs?.hourlyLabourCost;
    const costPerError = row.inputs?.facts?.costs?.costPerError;
    if (
      typeof automatableShare !== 'number' || typeof runningCostPerYear !== 'number' || relativeCostChange === undefined ||
      typeof hourlyLabourCost !== 'number' || typeof costPerError !== 'number'
    ) {
      continue; // incomplete: the caller re-scores it
    }
    facts.set(row.process_id, {
      automatableShare,
      relativeCostChange,
      runningCostPerYear,
      hourlyLabourCost,
      costPerError,
    });
  }
  return facts;
}

/** A stored score's readiness, as a weights preview needs it. */
export interface StoredReadiness {
  processId: string;
  processName: string;
  automationPotential: number;
  easeOfImplementation: number;
  components: { name: EaseComponentName; value: number }[];
}

/**
 * The readiness components of every stored score of an organization (`result.readiness.components`),
 * in process id order; a score whose document lacks them is left out.
 */
export async function readStoredReadiness(manager: EntityManager, organizationId: string): Promise<StoredReadiness[]> {
  const rows = await manager.query<{ process_id: string; process_name: string; automation_potential: string; ease_of_implementation: string; result: Partial<StoredScoreResult> | null }[]>(
    'SELECT process_id, process_name, automation_potential::text, ease_of_implementation::text, result FROM candidate_score WHERE organization_id = $1 ORDER BY process_id',
    [organizationId],
  );
  return rows.flatMap((row) => {
    const components = row.result?.readiness?.components;
    if (!Array.isArray(components)) return [];
    return [
      {
        processId: row.process_id,
        processName: row.process_name,
        automationPotential: Number(row.automation_potential),
        easeOfImplementation: Number(row.ease_of_implementation),
        components: components.map((component) => ({ name: component.name, value: component.value })),
      },
    ];
  });
}
