import type { BaselineFiguresEntity } from './baseline-figures.entity.js';
import type { BaselineType, MeasurementImportType, MeasurementPeriodType } from './dtos/measurement.types.js';
import type { MeasurementImportEntity } from './measurement-import.entity.js';
import type { MeasurementPeriodEntity } from './measurement-period.entity.js';

export function toMeasurementPeriodType(entity: MeasurementPeriodEntity): MeasurementPeriodType {
  return {
    id: entity.id,
    processId: entity.processId,
    kind: entity.kind,
    label: entity.label,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    serviceHoursPerWeek: entity.serviceHoursPerWeek === null ? null : Number(entity.serviceHoursPerWeek),
  };
}

export function toMeasurementImportType(entity: MeasurementImportEntity): MeasurementImportType {
  return {
    id: entity.id,
    periodId: entity.periodId,
    grade: entity.grade,
    format: entity.format,
    fileName: entity.fileName,
    contentHash: entity.contentHash,
    rowCount: entity.rowCount,
    createdBy: entity.createdBy,
    createdAt: entity.createdAt,
  };
}

export function toBaselineType(entity: BaselineFiguresEntity): BaselineType {
  return {
    ...entity.figures,
    monthlySeries: entity.figures.monthlySeries ?? null,
    periodId: entity.periodId,
    processId: entity.processId,
    methodVersion: entity.methodVersion,
    computedAt: entity.computedAt,
    grade: entity.grade,
  };
}
