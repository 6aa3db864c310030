import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, groupBy, type LoaderSet } from '../common/loaders/request-loaders.js';
import { type MonthlyTotal, readMonthlyTotals } from './baseline.calculator.js';
import { BaselineFiguresEntity } from './baseline-figures.entity.js';
import { MeasurementImportEntity } from './measurement-import.entity.js';
import { MeasurementPeriodEntity } from './measurement-period.entity.js';

export const measurementLoaders: LoaderSet<{
  periodsByProcessId: DataLoader<string, MeasurementPeriodEntity[]>;
  baselinesByProcessId: DataLoader<string, BaselineFiguresEntity[]>;
  baselineByPeriodId: DataLoader<string, BaselineFiguresEntity | undefined>;
  importsByPeriodId: DataLoader<string, MeasurementImportEntity[]>;
  monthlyTotalsByPeriodId: DataLoader<string, MonthlyTotal[]>;
}> = (read) => ({
  periodsByProcessId: new DataLoader(async (processIds) =>
    groupBy(
      processIds,
      await read((m) => m.find(MeasurementPeriodEntity, { where: { processId: In([...processIds]) }, order: { startsOn: 'ASC', label: 'ASC' } })),
      (period) => period.processId,
    ),
  ),
  baselinesByProcessId: new DataLoader(async (processIds) =>
    groupBy(
      processIds,
      await read((m) => m.find(BaselineFiguresEntity, { where: { processId: In([...processIds]) }, order: { computedAt: 'ASC' } })),
      (baseline) => baseline.processId,
    ),
  ),
  baselineByPeriodId: new DataLoader(async (periodIds) =>
    byKey(periodIds, await read((m) => m.find(BaselineFiguresEntity, { where: { periodId: In([...periodIds]) } })), (row) => row.periodId),
  ),
  importsByPeriodId: new DataLoader(async (periodIds) =>
    groupBy(
      periodIds,
      await read((m) => m.find(MeasurementImportEntity, { where: { periodId: In([...periodIds]) }, order: { createdAt: 'ASC' } })),
      (record) => record.periodId,
    ),
  ),
  monthlyTotalsByPeriodId: new DataLoader(async (periodIds) =>
    groupBy(periodIds, await read((m) => readMonthlyTotals(m, periodIds)), (month) => month.periodId),
  ),
});
