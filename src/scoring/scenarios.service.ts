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
