import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { authorizeProcessOwner } from '../auth/access.js';
import { type Actor, memberScope } from '../auth/domain/actor.js';
import { BadInputError, NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { BaselineFiguresEntity } from './baseline-figures.entity.js';
import { ScoreRefresher } from '../scoring/score-refresher.service.js';
import { refreshBaseline } from './baseline.calculator.js';
import type { CreateMeasurementPeriodInput, UpdateMeasurementPeriodInput } from './dtos/measurement.types.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';

/** Periods, imports and cached baselines of processes. */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly scores: ScoreRefresher,
  ) {}

  createPeriod(actor: Actor, input: CreateMeasurementPeriodInput): Promise<MeasurementPeriodEntity> {
    assertDateRange(input.startsOn, input.endsOn);
    return this.database.run(memberScope(actor), async (manager) => {
      const process = await this.ownedProcess(manager, actor, input.processId, 'input.processId');
      return manager.save(
        MeasurementPeriodEntity,
        manager.create(MeasurementPeriodEntity, {
          organizationId: process.organizationId,
          processId: process.id,
          kind: input.kind,
          label: input.label,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          serviceHoursPerWeek: input.serviceHoursPerWeek == null ? null : String(input.serviceHoursPerWeek),
        }),
      );
    });
  }

  updatePeriod(actor: Actor, id: string, input: UpdateMeasurementPeriodInput): Promise<MeasurementPeriodEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const period = await this.findPeriod(manager, id);
      await this.ownedProcess(manager, actor, period.processId);
      const { serviceHoursPerWeek, ...rest } = input;
      manager.merge(MeasurementPeriodEntity, period, rest);
      if (serviceHoursPerWeek !== undefined) {
        period.serviceHoursPerWeek = serviceHoursPerWeek === null ? null : String(serviceHoursPerWeek);
      }
      assertDateRange(period.startsOn, period.endsOn);
      const saved = await manager.save(MeasurementPeriodEntity, period);
      // Kind and dates decide which baseline is the latest, which the score is built on.
      await this.scores.rescore(manager, [period.processId]);
      return saved;
    });
  }

  /** Deletes the period with all its measurements and its cached baseline. */
  deletePeriod(actor: Actor, id: string): Promise<MeasurementPeriodEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const period = await this.findPeriod(manager, id);
      await this.ownedProcess(manager, actor, period.processId);
      // Imports, their rows and the baseline go with the period (foreign keys and trigger).
      await manager.delete(MeasurementPeriodEntity, { id });
      await this.scores.rescore(manager, [period.processId]);
      return period;
    });
  }

  /** Deletes one import's rows and refreshes the period's baseline. */
  deleteImport(actor: Actor, id: string): Promise<MeasurementImportEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const record = isRecordId(id) ? await manager.findOneBy(MeasurementImportEntity, { id }) : null;
      if (!record) throw new NotFoundError('measurement import', id);
      const period = await this.findPeriod(manager, record.periodId);
      await this.ownedProcess(manager, actor, period.processId);
      // Its rows go with it (trigger measurement_import_rows).
      await manager.delete(MeasurementImportEntity, { id });
      await refreshBaseline(manager, period);
      await this.scores.rescore(manager, [period.processId]);
      return record;
    });
  }

  /** The cached figures; null while the period has no measurements. */
  baseline(actor: Actor, processId: string, periodId: string): Promise<BaselineFiguresEntity | null> {
    return this.database.run(memberScope(actor), async (manager) => {
      const period = isRecordId(periodId) ? await manager.findOneBy(MeasurementPeriodEntity, { id: periodId }) : null;
      if (!period || period.processId !== processId) throw new NotFoundError('measurement period', periodId, 'periodId');
      return manager.findOneBy(BaselineFiguresEntity, { periodId });
    });
  }

  private async findPeriod(manager: EntityManager, id: string): Promise<MeasurementPeriodEntity> {
    const period = isRecordId(id) ? await manager.findOneBy(MeasurementPeriodEntity, { id }) : null;
    if (!period) throw new NotFoundError('measurement period', id);
    return period;
  }

  /** Measurements belong to the process's owner, like the process itself. */
  private async ownedProcess(manager: EntityManager, actor: Actor, processId: string, path?: string): Promise<ProcessEntity> {
    const process = isRecordId(processId) ? await manager.findOneBy(ProcessEntity, { id: processId }) : null;
    if (!process) throw new NotFoundError('process', processId, path);
    authorizeProcessOwner(actor, process, "only the process's owner can change its measurements");
    return process;
  }
}

function assertDateRange(startsOn: string, endsOn: string): void {
  const start = Date.parse(`${startsOn}T00:00:00Z`);
  const end = Date.parse(`${endsOn}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new BadInputError([{ path: 'input.startsOn', message: 'startsOn and endsOn must be real dates' }]);
  }
  if (end < start) throw new BadInputError([{ path: 'input.endsOn', message: 'endsOn is before startsOn' }]);
}
