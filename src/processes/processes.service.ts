import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { authorize, authorizeProcessOwner } from '../auth/access.js';
import { type Actor, memberScope } from '../auth/domain/actor.js';
import { Permission } from '../auth/domain/permissions.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { DEFAULT_PAGE_SIZE, type Page, pageByName } from '../common/pagination/connection.js';
import { isRecordId } from '../common/validation/uuid.js';
import { DepartmentEntity } from '../organizations/department.entity.js';
import { ScoreRefresher } from '../scoring/score-refresher.service.js';
import type {
  AddWorkflowStepInput,
  CreateProcessInput,
  ProcessFilterInput,
  ReplaceStepsInput,
  UpdateProcessInput,
  UpdateWorkflowStepInput,
} from './dtos/process.input.js';
import type { WorkflowStepInput } from './dtos/workflow-step.input.js';
import { ProcessEntity } from './process.entity.js';
import { WorkflowStepEntity } from './workflow-step.entity.js';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function stepRow(
  process: ProcessEntity,
  step: WorkflowStepInput,
  position: number,
): Partial<WorkflowStepEntity> {
  return {
    organizationId: process.organizationId,
    processId: process.id,
    position,
    name: step.name,
    minutesPerCase: step.minutesPerCase,
    ruleBased: step.ruleBased,
    inputType: step.inputType,
    systems: step.systems ?? [],
    automatableOverride: step.automatableOverride ?? null,
    automatableReason: step.automatableOverride == null ? null : (step.automatableReason ?? null),
  };
}

/**
 * A process and its ordered steps form one aggregate: every change, to the process or to any
 * step, names the version it read, runs in one transaction and bumps the version. Only the
 * process's owner changes it; an ADMIN may hand it to another owner. Every change re-scores the
 * process in the same transaction, so its stored candidate score never lags its inputs.
 */
@Injectable()
export class ProcessesService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly scores: ScoreRefresher,
  ) {}

  /** Processes of the caller's organizations; row-level security hides all others. */
  list(
    actor: Actor,
    filter: ProcessFilterInput = {},
    first: number | null = DEFAULT_PAGE_SIZE,
    after?: string | null,
  ): Promise<Page<ProcessEntity>> {
    return this.database.run(memberScope(actor), (manager) => this.listIn(manager, filter, first, after));
  }

  private async listIn(
    manager: EntityManager,
    filter: ProcessFilterInput,
    first: number | null,
    after: string | null | undefined,
  ): Promise<Page<ProcessEntity>> {
    const query = manager.createQueryBuilder(ProcessEntity, 'p');
    if (filter.organizationId) query.andWhere('p.organization_id = :org', { org: filter.organizationId });
    if (filter.departmentId) query.andWhere('p.department_id = :dep', { dep: filter.departmentId });
    if (filter.category) query.andWhere('p.category = :category', { category: filter.category });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.text) {
      query.andWhere("(p.name ILIKE :text ESCAPE '\\' OR p.description ILIKE :text ESCAPE '\\')", {
        text: `%${escapeLike(filter.text)}%`,
      });
    }
    return pageByName(query, 'p', first, after, isRecordId);
  }

  get(actor: Actor, id: string): Promise<ProcessEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const process = isRecordId(id) ? await manager.findOneBy(ProcessEntity, { id }) : null;
      if (!process) throw new NotFoundError('process', id);
      return process;
    });
  }

  /** A PROCESS_OWNER creates processes and owns what they create. */
  create(actor: Actor, input: CreateProcessInput): Promise<ProcessEntity> {
    authorize(actor, input.organizationId, Permission.CREATE_PROCESS, 'input.organizationId');
    const { steps, ...attributes } = input;
    return this.database.run(memberScope(actor), async (manager) => {
      await this.assertDepartmentOf(manager, input.organizationId, input.departmentId);
      const process = await manager.save(
        ProcessEntity,
        manager.create(ProcessEntity, { ...attributes, ownerUserId: actor.userId }),
      );
      await this.insertSteps(manager, process, steps ?? [], 1);
      await this.scores.rescore(manager, [process.id]);
      return process;
    });
  }

  update(actor: Actor, id: string, input: UpdateProcessInput): Promise<ProcessEntity> {
    const { version, steps, ...changes } = input;
    return this.database.run(memberScope(actor), async (manager) => {
      const process = await this.lockForOwner(manager, actor, id, version);
      if (changes.departmentId !== undefined) {
        await this.assertDepartmentOf(manager, process.organizationId, changes.departmentId);
      }
      if (steps) {
        await manager.delete(WorkflowStepEntity, { processId: id });
        await this.insertSteps(manager, process, steps, 1);
      }
      manager.merge(ProcessEntity, process, changes);
      process.version += 1;
      const saved = await manager.save(ProcessEntity, process);
      await this.scores.rescore(manager, [id]);
      return saved;
    });
  }

  delete(actor: Actor, id: string, version: number): Promise<ProcessEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const process = await this.lockForOwner(manager, actor, id, version, 'version');
      await manager.delete(ProcessEntity, { id });
      return process;
    });
  }

  /** ADMIN only: the new owner must hold PROCESS_OWNER in the process's organization. */
  assignOwner(actor: Actor, id: string, version: number, ownerUserId: string): Promise<ProcessEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const process = await this.lockVersion(manager, id, version, 'version');
      authorize(actor, process.organizationId, Permission.ASSIGN_PROCESS_OWNER);
      const [{ allowed }] = await manager.query<{ allowed: boolean }[]>(
        "SELECT EXISTS (SELECT 1 FROM membership WHERE organization_id = $1 AND user_id::text = $2 AND role = 'PROCESS_OWNER') AS allowed",
        [process.organizationId, ownerUserId],
      );
      if (!allowed) {
        throw new BadInputError([{ path: 'ownerUserId', message: 'must be a PROCESS_OWNER of this organization' }]);
      }
      process.ownerUserId = ownerUserId;
      process.version += 1;
      return manager.save(ProcessEntity, process);
    });
  }

  replaceSteps(actor: Actor, processId: string, input: ReplaceStepsInput): Promise<ProcessEntity> {
    return this.changeSteps(actor, processId, input.version, 'input.version', async (manager, process) => {
      await manager.delete(WorkflowStepEntity, { processId });
      await this.insertSteps(manager, process, input.steps, 1);
    });
  }

  addStep(actor: Actor, processId: string, input: AddWorkflowStepInput): Promise<ProcessEntity> {
    return this.changeSteps(actor, processId, input.version, 'input.version', async (manager, process) => {
      const stepCount = await manager.countBy(WorkflowStepEntity, { processId });
      const position = input.position ?? stepCount + 1;
      if (position > stepCount + 1) {
        throw new BadInputError([
          { path: 'input.position', message: `position must be between 1 and ${stepCount + 1}` },
        ]);
      }
      // The position constraint is deferred, so shifting may collide until commit.
      await manager
        .createQueryBuilder()
        .update(WorkflowStepEntity)
        .set({ position: () => 'position + 1' })
        .where('process_id = :processId AND position >= :position', { processId, position })
        .execute();
      await this.insertSteps(manager, process, [input.step], position);
    });
  }

  async updateStep(actor: Actor, stepId: string, input: UpdateWorkflowStepInput): Promise<ProcessEntity> {
    const step = await this.getStep(actor, stepId);
    return this.changeSteps(actor, step.processId, input.version, 'input.version', async (manager, process) => {
      const { position, ...row } = stepRow(process, input.step, step.position);
      await manager.update(WorkflowStepEntity, { id: stepId }, { ...row, position });
    });
  }

  async deleteStep(actor: Actor, stepId: string, version: number): Promise<ProcessEntity> {
    const step = await this.getStep(actor, stepId);
    return this.changeSteps(actor, step.processId, version, 'processVersion', async (manager) => {
      await manager.delete(WorkflowStepEntity, { id: stepId });
      await manager
        .createQueryBuilder()
        .update(WorkflowStepEntity)
        .set({ position: () => 'position - 1' })
        .where('process_id = :processId AND position > :position', {
          processId: step.processId,
          position: step.position,
        })
        .execute();
    });
  }

  private getStep(actor: Actor, stepId: string): Promise<WorkflowStepEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const step = isRecordId(stepId) ? await manager.findOneBy(WorkflowStepEntity, { id: stepId }) : null;
      if (!step) throw new NotFoundError('workflow step', stepId);
      return step;
    });
  }

  private changeSteps(
    actor: Actor,
    processId: string,
    version: number,
    versionPath: string,
    change: (manager: EntityManager, process: ProcessEntity) => Promise<void>,
  ): Promise<ProcessEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const process = await this.lockForOwner(manager, actor, processId, version, versionPath);
      await change(manager, process);
      process.version += 1;
      const saved = await manager.save(ProcessEntity, process);
      await this.scores.rescore(manager, [processId]);
      return saved;
    });
  }

  /** lockVersion, then: only the owner (holding PROCESS_OWNER there) may change it. */
  private async lockForOwner(
    manager: EntityManager,
    actor: Actor,
    id: string,
    version: number,
    versionPath = 'input.version',
  ): Promise<ProcessEntity> {
    const process = await this.lockVersion(manager, id, version, versionPath);
    authorizeProcessOwner(actor, process, 'only the owner of this process can change it (an ADMIN can reassign the owner)');
    return process;
  }

  /** Row lock, then compare: two writers with the same version cannot both pass. */
  private async lockVersion(
    manager: EntityManager,
    id: string,
    version: number,
    versionPath = 'input.version',
  ): Promise<ProcessEntity> {
    const process = isRecordId(id)
      ? await manager.findOne(ProcessEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!process) throw new NotFoundError('process', id);
    if (process.version !== version) {
      throw new ConflictError(
        `process was changed by someone else: you sent version ${version}, the current version is ${process.version}; reload it and retry`,
        [{ path: versionPath, message: `stale version ${version}, current is ${process.version}` }],
      );
    }
    return process;
  }

  private async assertDepartmentOf(
    manager: EntityManager,
    organizationId: string,
    departmentId: string | null | undefined,
  ): Promise<void> {
    if (departmentId == null) return;
    const department = await manager.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department || department.organizationId !== organizationId) {
      throw new NotFoundError('department', departmentId, 'input.departmentId');
    }
  }

  private async insertSteps(
    manager: EntityManager,
    process: ProcessEntity,
    steps: WorkflowStepInput[],
    firstPosition: number,
  ): Promise<void> {
    if (steps.length === 0) return;
    await manager.insert(
      WorkflowStepEntity,
      steps.map((step, index) => stepRow(process, step, firstPosition + index)),
    );
  }
}
