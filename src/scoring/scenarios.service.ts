import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { authorize } from '../auth/access.js';
import { type Actor, memberScope } from '../auth/domain/actor.js';
import { Permission } from '../auth/domain/permissions.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { AutomationScenarioEntity } from './automation-scenario.entity.js';
import type { AutomationScenarioInput, ReadinessWeightsInput } from './dtos/scenario.input.js';
import { ReadinessWeightsEntity } from './readiness-weights.entity.js';
import { rescoreOrganization, rescoreProcesses } from './score-refresh.js';
import { histogram, type HistogramBin } from '../statistics/index.js';
import { candidateDraws } from './domain/candidate-assessor.js';
import { assessSource, candidateFactsOf, organizationCosts } from './score-assembly.js';
import type { ScoringSettings } from './scoring.data.js';
import { toReadinessWeightsType } from './scoring.mapper.js';
import { DEFAULT_DRAWS, DEFAULT_SEED } from './domain/savings-simulation.js';
import { loadScoreSources } from './score-inputs.loader.js';
import { readStoredReadiness, type StoredScore } from './stored-score.js';
import { easeOfImplementationOf, quadrantOf, validateWeights } from './domain/readiness-score.js';
import { BadInputError } from '../common/errors/domain-error.js';

/** Bars of the simulated NPV's histogram. */
const NPV_HISTOGRAM_BINS = 30;

/** Rows a weights preview shows: the top by Ease of Implementation under the new weights. */
const WEIGHTS_PREVIEW_ROWS = 10;

/** One process's Ease of Implementation now and under proposed weights. */
export interface WeightsPreviewRow {
  processId: string;
  processName: string;
  easeNow: number;
  easeThen: number;
  rankNow: number;
  rankThen: number;
  quadrantNow: string;
  quadrantThen: string;
}

/** A process assessed under a hypothetical scenario, with where it would rank. */
export interface WhatIfOutcome {
  score: StoredScore;
  rank: number;
  npvHistogram: HistogramBin[];
}

/** Every field of a scenario input, so that setting a scenario replaces all of them. */
function scenarioFields(input: AutomationScenarioInput): Partial<AutomationScenarioEntity> {
  return {
    botLicensePerYear: input.botLicensePerYear ?? null,
    implementationCost: input.implementationCost ?? null,
    grantAmount: input.grantAmount ?? null,
    hourlyLabourCost: input.hourlyLabourCost ?? null,
    costPerError: input.costPerError ?? null,
    maintenanceShare: input.maintenanceShare ?? null,
    supervisionMinutes: input.supervisionMinutes ?? null,
    botSpeedFactor: input.botSpeedFactor ?? null,
    botCapacityHours: input.botCapacityHours ?? null,
    horizonYears: input.horizonYears ?? null,
    discountRate: input.discountRate ?? null,
    productiveHoursPerFte: input.productiveHoursPerFte ?? null,
    monteCarloSeed: input.monteCarloSeed ?? null,
    automatableExceptionCorrelation: input.automatableExceptionCorrelation ?? null,
    monteCarloDraws: input.monteCarloDraws ?? null,
  };
}

/** A write names the version it read; creating one names none (or 0). */
function assertVersion(current: { version: number } | null, sent: number | null | undefined, what: string): void {
  const currentVersion = current?.version ?? 0;
  const sentVersion = sent ?? 0;
  if (currentVersion !== sentVersion) {
    throw new ConflictError(
      `${what} was changed by someone else: you sent version ${sentVersion}, the current version is ${currentVersion}; reload it and retry`,
      [{ path: 'version', message: `stale version ${sentVersion}, current is ${currentVersion}` }],
    );
  }
}

/**
 * Scenarios and weights are the manager's levers (and an admin's). Each change runs in one
 * transaction with the re-scoring it causes, so a stored score never reflects half a change.
 */
/** Weights a preview may try and an office may save: the same rule for both, refused as input. */
function assertValidWeights(input: ReadinessWeightsInput): void {
  const problems = validateWeights(input);
  if (problems.length > 0) throw new BadInputError(problems.map((message) => ({ path: 'input', message })));
}

@Injectable()
export class ScenariosService {
  constructor(private readonly database: TenantDatabase) {}

  organizationScenario(actor: Actor, organizationId: string): Promise<AutomationScenarioEntity | null> {
    authorize(actor, organizationId, Permission.READ_INVENTORY, 'organizationId');
    return this.database.run(memberScope(actor), (manager) =>
      manager
        .createQueryBuilder(AutomationScenarioEntity, 's')
        .where('s.organization_id = :organizationId AND s.process_id IS NULL', { organizationId })
        .getOne(),
    );
  }

  processScenario(actor: Actor, processId: string): Promise<AutomationScenarioEntity | null> {
    return this.database.run(memberScope(actor), async (manager) => {
      await this.findProcess(manager, processId);
      return manager.findOneBy(AutomationScenarioEntity, { processId });
    });
  }

  setOrganizationScenario(
    actor: Actor,
    organizationId: string,
    input: AutomationScenarioInput,
    version: number | null | undefined,
  ): Promise<AutomationScenarioEntity> {
    authorize(actor, organizationId, Permission.EDIT_SCENARIOS, 'organizationId');
    return this.database.run(memberScope(actor), async (manager) => {
      const current = await manager
        .createQueryBuilder(AutomationScenarioEntity, 's')
        .setLock('pessimistic_write')
        .where('s.organization_id = :organizationId AND s.process_id IS NULL', { organizationId })
        .getOne();
      const saved = await this.save(manager, actor, current, { organizationId, processId: null }, input, version);
      await rescoreOrganization(manager, organizationId);
      return saved;
    });
  }

  setProcessScenario(
    actor: Actor,
    processId: string,
    input: AutomationScenarioInput,
    version: number | null | undefined,
  ): Promise<AutomationScenarioEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const process = await this.findProcess(manager, processId);
      authorize(actor, process.organizationId, Permission.EDIT_SCENARIOS);
      const current = await manager.findOne(AutomationScenarioEntity, { where: { processId }, lock: { mode: 'pessimistic_write' } });
      const saved = await this.save(manager, actor, current, { organizationId: process.organizationId, processId }, input, version);
      await rescoreProcesses(manager, [processId]);
      return saved;
    });
  }

  /**
   * The process assessed as if its own scenario were `input` (omitted: as it is now), by the
   * same assembly and seeds as a stored score; nothing is written. Any member may ask: it
   * reveals nothing a stored score does not.
   */
  async whatIf(actor: Actor, processId: string, input: AutomationScenarioInput | null): Promise<WhatIfOutcome> {
    const { source, rankOf } = await this.database.run(memberScope(actor), async (manager) => {
      const process = await this.findProcess(manager, processId);
      authorize(actor, process.organizationId, Permission.READ_INVENTORY, 'processId');
      const [loaded] = await loadScoreSources(manager, [processId]);
      const others = await manager.query<{ npv_p50: string; process_id: string }[]>(
        'SELECT npv_p50::text AS npv_p50, process_id FROM candidate_score WHERE organization_id = $1 AND process_id <> $2',
        [process.organizationId, processId],
      );
      // The stored ranking's order: P50 NPV, then process id, both descending.
      const rankOf = (npvP50: number) =>
        1 + others.filter((other) => Number(other.npv_p50) > npvP50 || (Number(other.npv_p50) === npvP50 && other.process_id > processId)).length;
      return { source: loaded, rankOf };
    });
    const hypothetical = input
      ? {
          ...source,
          processScenario: Object.assign(new AutomationScenarioEntity(), source.processScenario ?? { organizationId: source.process.organizationId, processId }, scenarioFields(input)),
        }
      : source;
    const score = assessSource(hypothetical, new Date().toISOString());
    const draws = candidateDraws(candidateFactsOf(hypothetical).facts);
    return { score, rank: rankOf(Number(score.npv_p50)), npvHistogram: histogram(draws.npv, NPV_HISTOGRAM_BINS) };
  }

  /**
   * The office's settings its scores rest on, as plain data: its costs over the defaults, its
   * Monte Carlo seed and draws, its weights, how many processes have a scenario of their own,
   * and when any of these last changed.
   */
  async settings(actor: Actor, organizationId: string): Promise<ScoringSettings> {
    const organizationScenario = await this.organizationScenario(actor, organizationId);
    const processScenarios = await this.processScenarios(actor, organizationId);
    const weights = await this.weights(actor, organizationId);
    const { costs, sources } = organizationCosts(organizationScenario);
    return {
      costs,
      sources,
      seed: organizationScenario?.monteCarloSeed ?? DEFAULT_SEED,
      draws: organizationScenario?.monteCarloDraws ?? DEFAULT_DRAWS,
      processOverrides: processScenarios.length,
      weights: toReadinessWeightsType(organizationId, weights),
      changedAt: Math.max(
        0,
        organizationScenario?.updatedAt.getTime() ?? 0,
        weights?.updatedAt.getTime() ?? 0,
        ...processScenarios.map((scenario) => scenario.updatedAt.getTime()),
      ),
    };
  }

  /** Every process's own scenario in the organization (processes not listed follow the organization's). */
  processScenarios(actor: Actor, organizationId: string): Promise<AutomationScenarioEntity[]> {
    authorize(actor, organizationId, Permission.READ_INVENTORY, 'organizationId');
    return this.database.run(memberScope(actor), (manager) =>
      manager
        .createQueryBuilder(AutomationScenarioEntity, 's')
        .where('s.organization_id = :organizationId AND s.process_id IS NOT NULL', { organizationId })
        .orderBy('s.process_id')
        .getMany(),
    );
  }

  /**
   * How the organization's processes would order by Ease of Implementation under `input` (the
   * top ten), from the stored readiness components; nothing is written.
   */
  async weightsPreview(actor: Actor, organizationId: string, input: ReadinessWeightsInput): Promise<WeightsPreviewRow[]> {
    authorize(actor, organizationId, Permission.READ_INVENTORY, 'organizationId');
    assertValidWeights(input);
    const stored = await this.database.run(memberScope(actor), (manager) => readStoredReadiness(manager, organizationId));
    const byEase = (ease: (row: (typeof stored)[number]) => number) =>
      new Map(
        [...stored]
          .sort((a, b) => ease(b) - ease(a) || (a.processId < b.processId ? -1 : 1))
          .map((row, index) => [row.processId, index + 1]),
      );
    const then = new Map(stored.map((row) => [row.processId, easeOfImplementationOf(row.components, input)]));
    const rankNow = byEase((row) => row.easeOfImplementation);
    const rankThen = byEase((row) => then.get(row.processId)!);
    return stored
      .map((row) => ({
        processId: row.processId,
        processName: row.processName,
        easeNow: row.easeOfImplementation,
        easeThen: Number(then.get(row.processId)!.toFixed(2)),
        rankNow: rankNow.get(row.processId)!,
        rankThen: rankThen.get(row.processId)!,
        quadrantNow: quadrantOf(row.automationPotential, row.easeOfImplementation),
        quadrantThen: quadrantOf(row.automationPotential, then.get(row.processId)!),
      }))
      .sort((a, b) => a.rankThen - b.rankThen)
      .slice(0, WEIGHTS_PREVIEW_ROWS);
  }

  /** Removes a process's own scenario: it follows its organization's again. */
  clearProcessScenario(actor: Actor, processId: string, version: number): Promise<AutomationScenarioEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const process = await this.findProcess(manager, processId);
      authorize(actor, process.organizationId, Permission.EDIT_SCENARIOS);
      const current = await manager.findOne(AutomationScenarioEntity, { where: { processId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('process scenario', processId, 'processId');
      assertVersion(current, version, 'the scenario');
      await manager.delete(AutomationScenarioEntity, { id: current.id });
      await rescoreProcesses(manager, [processId]);
      return current;
    });
  }

  weights(actor: Actor, organizationId: string): Promise<ReadinessWeightsEntity | null> {
    authorize(actor, organizationId, Permission.READ_INVENTORY, 'organizationId');
    return this.database.run(memberScope(actor), (manager) => manager.findOneBy(ReadinessWeightsEntity, { organizationId }));
  }

  setWeights(
    actor: Actor,
    organizationId: string,
    input: ReadinessWeightsInput,
    version: number | null | undefined,
  ): Promise<ReadinessWeightsEntity> {
    authorize(actor, organizationId, Permission.EDIT_SCENARIOS, 'organizationId');
    assertValidWeights(input);
    return this.database.run(memberScope(actor), async (manager) => {
      const current = await manager.findOne(ReadinessWeightsEntity, { where: { organizationId }, lock: { mode: 'pessimistic_write' } });
      assertVersion(current, version, 'the weights');
      const saved = await manager.save(ReadinessWeightsEntity, {
        organizationId,
        stability: input.stability,
        standardisation: input.standardisation,
        structuredInput: input.structuredInput,
        applicationComplexity: input.applicationComplexity,
        documentation: input.documentation,
        version: (current?.version ?? 0) + 1,
        updatedBy: actor.userId,
      });
      await rescoreOrganization(manager, organizationId);
      return manager.findOneByOrFail(ReadinessWeightsEntity, { organizationId: saved.organizationId });
    });
  }

  private async save(
    manager: EntityManager,
    actor: Actor,
    current: AutomationScenarioEntity | null,
    owner: { organizationId: string; processId: string | null },
    input: AutomationScenarioInput,
    version: number | null | undefined,
  ): Promise<AutomationScenarioEntity> {
    assertVersion(current, version, 'the scenario');
    const fields = { ...scenarioFields(input), updatedBy: actor.userId };
    if (current) {
      manager.merge(AutomationScenarioEntity, current, fields, { version: current.version + 1 });
      return manager.save(AutomationScenarioEntity, current);
    }
    return manager.save(AutomationScenarioEntity, manager.create(AutomationScenarioEntity, { ...owner, ...fields, version: 1 }));
  }

  private async findProcess(manager: EntityManager, processId: string): Promise<ProcessEntity> {
    const process = isRecordId(processId) ? await manager.findOneBy(ProcessEntity, { id: processId }) : null;
    if (!process) throw new NotFoundError('process', processId, 'processId');
    return process;
  }
}
