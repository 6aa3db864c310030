import type { EntityManager } from 'typeorm';
import type { BaselineFigures } from '../measurements/domain/baseline-figures.js';
import { PeriodKind } from '../measurements/domain/measurement.enums.js';
import { readLatestPeriods } from '../measurements/latest-periods.js';
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
  const baselines = await readLatestPeriods(manager, ids, [PeriodKind.BASELINE]);
  const stepsByProcess = groupBy(steps, (step) => step.processId);
  const processScenarios = new Map(scenarios.filter((s) => s.processId !== null).map((s) => [s.processId as string, s]));
  const organizationScenarios = new Map(scenarios.filter((s) => s.processId === null).map((s) => [s.organizationId, s]));
  const weightsByOrganization = new Map(weights.map((w) => [w.organizationId, w]));
  const baselineByProcess = new Map(
    baselines.map(({ processId, periodId, label, methodVersion, figures }): [string, LatestBaseline] => [processId, { periodId, periodLabel: label, methodVersion, figures }]),
  );
  return processes.map((process) => ({
    process,
    steps: stepsByProcess.get(process.id) ?? [],
    organizationScenario: organizationScenarios.get(process.organizationId) ?? null,
    processScenario: processScenarios.get(process.id) ?? null,
    weights: weightsByOrganization.get(process.organizationId) ?? null,
    baseline: baselineByProcess.get(process.id) ?? null,
  }));
}
