import type { EntityManager } from 'typeorm';
import type { BaselineFigures } from '../measurements/domain/baseline-figures.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { WorkflowStepEntity } from '../processes/workflow-step.entity.js';
import { AutomationScenarioEntity } from './automation-scenario.entity.js';
import { ReadinessWeightsEntity } from './readiness-weights.entity.js';

/** The latest BASELINE figures of a process: the evidence its score is built on. */
export interface LatestBaseline {
  periodId: string;
  periodLabel: string;
  methodVersion: string;
  figures: BaselineFigures;
}

/** Everything stored that one process's score depends on. */
export interface ScoreSource {
  process: ProcessEntity;
  steps: WorkflowStepEntity[];
  organizationScenario: AutomationScenarioEntity | null;
  processScenario: AutomationScenarioEntity | null;
  weights: ReadinessWeightsEntity | null;
  baseline: LatestBaseline | null;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Loads the inputs of many processes in a fixed number of queries (one per table), so
 * re-scoring an organization of hundreds of processes costs the same handful of round trips.
 */
export async function loadScoreSources(manager: EntityManager, processIds: readonly string[]): Promise<ScoreSource[]> {
  if (processIds.length === 0) return [];
  const ids = [...processIds];
  const processes = await manager
    .createQueryBuilder(ProcessEntity, 'p')
    .where('p.id = ANY (:ids::uuid[])', { ids })
    .orderBy('p.id')
    .getMany();
  if (processes.length === 0) return [];
  const organizationIds = [...new Set(processes.map((process) => process.organizationId))];
  const steps = await manager
    .createQueryBuilder(WorkflowStepEntity, 's')
    .where('s.process_id = ANY (:ids::uuid[])', { ids })
    .orderBy('s.process_id')
    .addOrderBy('s.position')
    .getMany();
  const scenarios = await manager
    .createQueryBuilder(AutomationScenarioEntity, 'c')
    .where('(c.process_id = ANY (:ids::uuid[]) OR (c.process_id IS NULL AND c.organization_id = ANY (:organizationIds::uuid[])))', {
      ids,
      organizationIds,
    })
    .getMany();
  const weights = await manager
    .createQueryBuilder(ReadinessWeightsEntity, 'w')
    .where('w.organization_id = ANY (:organizationIds::uuid[])', { organizationIds })
    .getMany();
  // The most recent BASELINE period with figures (by end date, then start date, then label).
  const baselines = await manager.query<(LatestBaseline & { processId: string })[]>(
    `SELECT DISTINCT ON (b.process_id) b.process_id AS "processId", b.period_id AS "periodId", p.label AS "periodLabel",
            b.method_version AS "methodVersion", b.figures
       FROM baseline_figures b JOIN measurement_period p ON p.id = b.period_id
      WHERE b.process_id = ANY ($1::uuid[]) AND p.kind = 'BASELINE'
      ORDER BY b.process_id, p.ends_on DESC, p.starts_on DESC, p.label`,
    [ids],
  );
  const stepsByProcess = groupBy(steps, (step) => step.processId);
  const processScenarios = new Map(scenarios.filter((s) => s.processId !== null).map((s) => [s.processId as string, s]));
  const organizationScenarios = new Map(scenarios.filter((s) => s.processId === null).map((s) => [s.organizationId, s]));
  const weightsByOrganization = new Map(weights.map((w) => [w.organizationId, w]));
  const baselineByProcess = new Map(baselines.map(({ processId, ...baseline }) => [processId, baseline]));
  return processes.map((process) => ({
    process,
    steps: stepsByProcess.get(process.id) ?? [],
    organizationScenario: organizationScenarios.get(process.organizationId) ?? null,
    processScenario: processScenarios.get(process.id) ?? null,
    weights: weightsByOrganization.get(process.organizationId) ?? null,
    baseline: baselineByProcess.get(process.id) ?? null,
  }));
}
