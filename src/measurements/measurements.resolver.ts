import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { Actor } from '../auth/domain/actor.js';
import type { GraphQLContext } from '../auth/graphql-context.js';
import { ProcessType } from '../processes/dtos/process.type.js';
import { FORMATS } from './domain/import-format.js';
import {
  BaselineType,
  CreateMeasurementPeriodInput,
  ImportCaseRecordsInput,
  ImportLogEventsInput,
  ImportMonthlyTotalsInput,
  ImportSummaryType,
  MeasurementImportType,
  MeasurementPeriodType,
  MonthlyTotalType,
  UpdateMeasurementPeriodInput,
} from './dtos/measurement.types.js';
import { ImportFormat } from './domain/measurement.enums.js';
import { toBaselineType, toMeasurementImportType, toMeasurementPeriodType } from './measurement.mapper.js';
import { MeasurementImporter } from './measurement-importer.service.js';
import { MeasurementsService } from './measurements.service.js';
import type { SourceRow } from './row-sources.js';
import { measurementLoaders } from './measurement.loaders.js';

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** GraphQL items become rows like a file's: the item number is the line, the field the column. */
function batchRows<T>(items: T[], toValues: (item: T) => Record<string, string | null>, names: Record<string, string>): SourceRow[] {
  return items.map((item, index) => ({ line: index + 1, values: toValues(item), columnOf: (field) => names[field] ?? field }));
}

@Resolver(() => MeasurementPeriodType)
export class MeasurementsResolver {
  constructor(
    private readonly measurements: MeasurementsService,
    private readonly importer: MeasurementImporter,
  ) {}

  @Query(() => BaselineType, { nullable: true, description: 'Baseline figures of a period; null while it has no data.' })
  async baseline(
    @CurrentActor() actor: Actor,
    @Args('processId', { type: () => ID }) processId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
  ): Promise<BaselineType | null> {
    const entity = await this.measurements.baseline(actor, processId, periodId);
    return entity ? toBaselineType(entity) : null;
  }

  @ResolveField(() => [MeasurementImportType])
  async imports(@Parent() period: MeasurementPeriodType, @Context() context: GraphQLContext): Promise<MeasurementImportType[]> {
    return (await context.loaders.of(measurementLoaders).importsByPeriodId.load(period.id)).map(toMeasurementImportType);
  }

  @ResolveField(() => [MonthlyTotalType], { description: 'Monthly totals by month, summed over imports (MONTHLY_TOTALS data only).' })
  async monthlyTotals(@Parent() period: MeasurementPeriodType, @Context() context: GraphQLContext): Promise<MonthlyTotalType[]> {
    return (await context.loaders.of(measurementLoaders).monthlyTotalsByPeriodId.load(period.id)).map(
      ({ month, cases, handlingMinutes, casesWithErrors }) => ({ month, cases, handlingMinutes, casesWithErrors }),
    );
  }

  @ResolveField(() => BaselineType, { nullable: true })
  async baselineFigures(@Parent() period: MeasurementPeriodType, @Context() context: GraphQLContext): Promise<BaselineType | null> {
    const entity = await context.loaders.of(measurementLoaders).baselineByPeriodId.load(period.id);
    return entity ? toBaselineType(entity) : null;
  }

  @Mutation(() => MeasurementPeriodType, { description: "The process's owner opens a BASELINE or AFTER period." })
  async createMeasurementPeriod(@CurrentActor() actor: Actor, @Args('input') input: CreateMeasurementPeriodInput): Promise<MeasurementPeriodType> {
    return toMeasurementPeriodType(await this.measurements.createPeriod(actor, input));
  }

  @Mutation(() => MeasurementPeriodType)
  async updateMeasurementPeriod(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeasurementPeriodInput,
  ): Promise<MeasurementPeriodType> {
    return toMeasurementPeriodType(await this.measurements.updatePeriod(actor, id, input));
  }

  @Mutation(() => MeasurementPeriodType, { description: 'Deletes the period with all its measurements.' })
  async deleteMeasurementPeriod(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MeasurementPeriodType> {
    return toMeasurementPeriodType(await this.measurements.deletePeriod(actor, id));
  }

  @Mutation(() => MeasurementImportType, { description: "Deletes one import's rows; the baseline is recomputed." })
  async deleteMeasurementImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<MeasurementImportType> {
    return toMeasurementImportType(await this.measurements.deleteImport(actor, id));
  }

  @Mutation(() => ImportSummaryType, { description: 'A small batch of case records (CASE_SAMPLE), all or nothing.' })
  importCaseRecords(@CurrentActor() actor: Actor, @Args('input') input: ImportCaseRecordsInput): Promise<ImportSummaryType> {
    const rows = batchRows(
      input.records,
      (record) => ({
        case_ref: record.caseRef,
        received_at: text(record.receivedAt),
        started_at: text(record.startedAt),
        completed_at: text(record.completedAt),
        handling_minutes: text(record.handlingMinutes),
        errors: text(record.errors),
        rework: text(record.rework),
        channel: text(record.channel),
      }),
      { case_ref: 'caseRef', received_at: 'receivedAt', started_at: 'startedAt', completed_at: 'completedAt', handling_minutes: 'handlingMinutes' },
    );
    return this.importer.importRows(actor, { periodId: input.periodId, format: ImportFormat.GRAPHQL, replace: input.replace, keepOutsidePeriod: input.keepOutsidePeriod }, FORMATS[ImportFormat.CASE_CSV], rows);
  }

  @Mutation(() => ImportSummaryType, { description: 'Monthly totals (MONTHLY_TOTALS), all or nothing.' })
  importMonthlyTotals(@CurrentActor() actor: Actor, @Args('input') input: ImportMonthlyTotalsInput): Promise<ImportSummaryType> {
    const rows = batchRows(
      input.months,
      (month) => ({
        month: month.month,
        cases: text(month.cases),
        handling_minutes: text(month.handlingMinutes),
        cases_with_errors: text(month.casesWithErrors),
      }),
      { handling_minutes: 'handlingMinutes', cases_with_errors: 'casesWithErrors' },
    );
    return this.importer.importRows(actor, { periodId: input.periodId, format: ImportFormat.GRAPHQL, replace: input.replace, keepOutsidePeriod: input.keepOutsidePeriod }, FORMATS[ImportFormat.MONTHLY_CSV], rows);
  }

  @Mutation(() => ImportSummaryType, { description: 'A small event log (EVENT_LOG); cases are derived from it.' })
  importLogEvents(@CurrentActor() actor: Actor, @Args('input') input: ImportLogEventsInput): Promise<ImportSummaryType> {
    const rows = batchRows(
      input.events,
      (event) => ({
        case_ref: event.caseId,
        activity: event.activity,
        occurred_at: event.timestamp,
        lifecycle: text(event.lifecycle),
        resource: text(event.resource),
      }),
      { case_ref: 'caseId', occurred_at: 'timestamp' },
    );
    return this.importer.importRows(actor, { periodId: input.periodId, format: ImportFormat.GRAPHQL, replace: input.replace, keepOutsidePeriod: input.keepOutsidePeriod }, FORMATS[ImportFormat.EVENT_CSV], rows);
  }
}

/** Measurement fields on Process. */
@Resolver(() => ProcessType)
export class ProcessMeasurementsResolver {
  @ResolveField(() => [MeasurementPeriodType])
  async periods(@Parent() process: ProcessType, @Context() context: GraphQLContext): Promise<MeasurementPeriodType[]> {
    return (await context.loaders.of(measurementLoaders).periodsByProcessId.load(process.id)).map(toMeasurementPeriodType);
  }

  @ResolveField(() => [BaselineType], { description: 'Cached figures of each period that has data.' })
  async baselines(@Parent() process: ProcessType, @Context() context: GraphQLContext): Promise<BaselineType[]> {
    return (await context.loaders.of(measurementLoaders).baselinesByProcessId.load(process.id)).map(toBaselineType);
  }
}
