import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../common/pagination/connection.js';
import { isRecordId } from '../common/validation/uuid.js';
import { DepartmentEntity } from '../organizations/department.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
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
 * step, names the version it read, runs in one transaction and bumps the version.
 */
@Injectable()
export class ProcessesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    filter: ProcessFilterInput = {},
    first: number | null = DEFAULT_PAGE_SIZE,
    after?: string | null,
  ): Promise<Page<ProcessEntity>> {
    const query = this.dataSource
      .getRepository(ProcessEntity)
      .createQueryBuilder('p')
      .orderBy('p.name')
      .addOrderBy('p.id');
    if (filter.organizationId) query.andWhere('p.organization_id = :org', { org: filter.organizationId });
    if (filter.departmentId) query.andWhere('p.department_id = :dep', { dep: filter.departmentId });
    if (filter.category) query.andWhere('p.category = :category', { category: filter.category });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.text) {
      query.andWhere("(p.name ILIKE :text ESCAPE '\\' OR p.description ILIKE :text ESCAPE '\\')", {
        text: `%${escapeLike(filter.text)}%`,
      });
    }
    const totalCount = await query.getCount();
    if (after != null) {
      const cursor = decodeCursor(after);
      query.andWhere('(p.name, p.id) > (:key, :id)', { key: cursor.key, id: cursor.id });
    }
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const rows = await query.take(pageSize + 1).getMany();
    return toPage(rows, pageSize, totalCount, (p) => ({ key: p.name, id: p.id }), (p) => p);
  }

  async get(id: string): Promise<ProcessEntity> {
    const process = isRecordId(id)
      ? await this.dataSource.getRepository(ProcessEntity).findOneBy({ id })
      : null;
    if (!process) throw new NotFoundError('process', id);
    return process;
  }

  create(input: CreateProcessInput): Promise<ProcessEntity> {
    const { steps, ...attributes } = input;
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(OrganizationEntity, { id: input.organizationId });
      if (!organization) {
        throw new NotFoundError('organization', input.organizationId, 'input.organizationId');
      }
      await this.assertDepartmentOf(manager, input.organizationId, input.departmentId);
      const process = await manager.save(ProcessEntity, manager.create(ProcessEntity, attributes));
      await this.insertSteps(manager, process, steps ?? [], 1);
      return process;
    });
  }

  update(id: string, input: UpdateProcessInput): Promise<ProcessEntity> {
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (manager) => {
      const process = await this.lockVersion(manager, id, version);
      if (changes.departmentId !== undefined) {
        await this.assertDepartmentOf(manager, process.organizationId, changes.departmentId);
      }
      manager.merge(ProcessEntity, process, changes);
      process.version += 1;
      return manager.save(ProcessEntity, process);
    });
  }

  delete(id: string, version: number): Promise<ProcessEntity> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.lockVersion(manager, id, version, 'version');
      await manager.delete(ProcessEntity, { id });
      return process;
    });
  }

  replaceSteps(processId: string, input: ReplaceStepsInput): Promise<ProcessEntity> {
    return this.changeSteps(processId, input.version, 'input.version', async (manager, process) => {
      await manager.delete(WorkflowStepEntity, { processId });
      await this.insertSteps(manager, process, input.steps, 1);
    });
  }

  addStep(processId: string, input: AddWorkflowStepInput): Promise<ProcessEntity> {
    return this.changeSteps(processId, input.version, 'input.version', async (manager, process) => {
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

  async updateStep(stepId: string, input: UpdateWorkflowStepInput): Promise<ProcessEntity> {
    const step = await this.getStep(stepId);
    return this.changeSteps(step.processId, input.version, 'input.version', async (manager, process) => {
      const { position, ...row } = stepRow(process, input.step, step.position);
      await manager.update(WorkflowStepEntity, { id: stepId }, { ...row, position });
    });
  }

  async deleteStep(stepId: string, version: number): Promise<ProcessEntity> {
    const step = await this.getStep(stepId);
    return this.changeSteps(step.processId, version, 'processVersion', async (manager) => {
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

  private async getStep(stepId: string): Promise<WorkflowStepEntity> {
    const step = isRecordId(stepId)
      ? await this.dataSource.getRepository(WorkflowStepEntity).findOneBy({ id: stepId })
      : null;
    if (!step) throw new NotFoundError('workflow step', stepId);
    return step;
  }

  private changeSteps(
    processId: string,
    version: number,
    versionPath: string,
    change: (manager: EntityManager, process: ProcessEntity) => Promise<void>,
  ): Promise<ProcessEntity> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.lockVersion(manager, processId, version, versionPath);
      await change(manager, process);
      process.version += 1;
      return manager.save(ProcessEntity, process);
    });
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
