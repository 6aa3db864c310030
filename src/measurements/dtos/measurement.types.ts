import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_MESSAGE, IsCalendarDate, Trim, ValidateIfPresent } from '../../common/validation/decorators.js';
import { EvidenceGrade, ImportFormat, PeriodKind } from '../domain/measurement.enums.js';

registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'BASELINE: before automation; AFTER: after a pilot or go-live.' });
registerEnumType(EvidenceGrade, { name: 'EvidenceGrade', description: 'Strongest first: EVENT_LOG, CASE_SAMPLE, MONTHLY_TOTALS, ESTIMATE.' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });

/** Largest batch accepted through GraphQL; larger data goes through the streaming upload. */
export const MAX_GRAPHQL_BATCH = 5000;
const DATE_MESSAGE = 'must be a date like 2026-01-31';

@ObjectType('MeasurementImport')
export class MeasurementImportType {
  @Field(() => ID) id: string;
  @Field(() => ID) periodId: string;
  @Field(() => EvidenceGrade) grade: EvidenceGrade;
  @Field(() => ImportFormat) format: ImportFormat;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the content as received.' }) contentHash: string | null;
  @Field(() => Int) rowCount: number;
  @Field(() => ID, { nullable: true }) createdBy: string | null;
  @Field() createdAt: Date;
}

@ObjectType('MeasurementPeriod')
export class MeasurementPeriodType {
  @Field(() => ID) id: string;
  @Field(() => ID) processId: string;
  @Field(() => PeriodKind) kind: PeriodKind;
  @Field() label: string;
  @Field({ description: 'First day, inclusive (YYYY-MM-DD).' }) startsOn: string;
  @Field({ description: 'Last day, inclusive (YYYY-MM-DD).' }) endsOn: string;
  @Field(() => Float, { nullable: true, description: 'Service hours per week in this period.' }) serviceHoursPerWeek: number | null;
}

@ObjectType('MonthlyTotal', { description: 'One month of MONTHLY_TOTALS data, summed over the period\'s imports.' })
export class MonthlyTotalType {
  @Field({ description: 'First day of the month (YYYY-MM-DD).' }) month: string;
  @Field(() => Int) cases: number;
  @Field(() => Float, { nullable: true, description: 'Total handling minutes of the month.' }) handlingMinutes: number | null;
  @Field(() => Int, { nullable: true }) casesWithErrors: number | null;
}

@ObjectType('DurationStatistics', { description: 'A duration per case: mean, spread and a 95% CI of the mean.' })
export class DurationStatisticsType {
  @Field({ description: 'MINUTES (touch time) or HOURS (lead and reaction time).' }) unit: string;
  @Field(() => Int, { description: 'Cases with this duration known.' }) n: number;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true, description: 'Sample standard deviation.' }) sd: number | null;
  @Field(() => Float, { nullable: true }) median: number | null;
  @Field(() => Float, { nullable: true }) p90: number | null;
  @Field(() => Float, { nullable: true }) ciLower: number | null;
  @Field(() => Float, { nullable: true }) ciUpper: number | null;
  @Field({ description: 'T_INTERVAL (n >= 30), BOOTSTRAP (seeded, n < 30) or NONE.' }) ciMethod: string;
}

@ObjectType('RateStatistics', { description: 'A share of cases with a Wilson 95% interval.' })
export class RateStatisticsType {
  @Field(() => Int, { description: 'Cases where it is known.' }) n: number;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true }) rate: number | null;
  @Field(() => Float, { nullable: true }) ciLower: number | null;
  @Field(() => Float, { nullable: true }) ciUpper: number | null;
}

@ObjectType('FieldCoverage')
export class FieldCoverageType {
  @Field() field: string;
  @Field(() => Float, { description: 'Share of cases with the field present.' }) share: number;
  @Field({ description: 'Below 80%: not used for claim tests without saying so.' }) flagged: boolean;
}

@ObjectType('MonthFigures', { description: 'One calendar month of a period (baseline-2 and later).' })
export class MonthFiguresType {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field({ description: "Inside the period and the days its cases cover: a unit of the forecasts and of the monthly difference in differences." })
  whole: boolean;
  @Field(() => Int, { description: 'Cases received in the month.' }) cases: number;
  @Field(() => Int, { description: 'Cases with handling minutes.' }) handlingN: number;
  @Field(() => Float, { nullable: true, description: 'Their mean handling minutes.' }) handlingMean: number | null;
}

@ObjectType('Baseline', { description: 'Statistics of one measurement period (methodology section 2).' })
export class BaselineType {
  @Field(() => ID) periodId: string;
  @Field(() => ID) processId: string;
  @Field() methodVersion: string;
  @Field() computedAt: Date;
  @Field(() => EvidenceGrade) grade: EvidenceGrade;
  @Field(() => Int) cases: number;
  @Field(() => Int, { nullable: true, description: 'Event logs only.' }) events: number | null;
  @Field(() => Int, { nullable: true, description: 'Distinct activities (event logs only).' }) activities: number | null;
  @Field(() => String, { nullable: true }) firstReceivedAt: string | null;
  @Field(() => String, { nullable: true }) lastReceivedAt: string | null;
  @Field(() => Int, { nullable: true }) coveredDays: number | null;
  @Field(() => Float, { nullable: true, description: 'cases * 365 / covered days' }) annualVolume: number | null;
  @Field(() => Int) months: number;
  @Field(() => Float, { nullable: true }) monthlyVolumeMean: number | null;
  @Field(() => Float, { nullable: true }) monthlyVolumeSd: number | null;
  @Field(() => DurationStatisticsType) touchTime: DurationStatisticsType;
  @Field(() => DurationStatisticsType) leadTime: DurationStatisticsType;
  @Field(() => DurationStatisticsType) reactionTime: DurationStatisticsType;
  @Field(() => RateStatisticsType) errorRate: RateStatisticsType;
  @Field(() => RateStatisticsType) reworkRate: RateStatisticsType;
  @Field(() => Int, { nullable: true }) variants: number | null;
  @Field(() => Float, { nullable: true }) topVariantShare: number | null;
  @Field(() => [FieldCoverageType]) coverage: FieldCoverageType[];
  @Field(() => [String]) flags: string[];
  @Field(() => [MonthFiguresType], { nullable: true, description: 'Every calendar month the period touches; null for figures computed before baseline-2.' })
  monthlySeries: MonthFiguresType[] | null;
}

@ObjectType('ImportSummary')
export class ImportSummaryType {
  @Field(() => ID) importId: string;
  @Field(() => ID) periodId: string;
  @Field(() => EvidenceGrade) grade: EvidenceGrade;
  @Field(() => Int) rows: number;
  @Field(() => Int, { description: 'Cases written (derived from events for event logs).' }) cases: number;
  @Field() contentHash: string;
  @Field(() => ID, { nullable: true }) replacedImportId: string | null;
  @Field(() => Float) seconds: number;
  @Field(() => Float) rowsPerSecond: number;
  @Field(() => Float) refreshSeconds: number;
  @Field(() => ImportFormat, { description: 'The format read (detected from the file when not given).' }) format: ImportFormat;
  @Field(() => [String], { description: 'What the import did not read or kept against the rules, and which figures that changes.' })
  warnings: string[];
}

@InputType()
export class CreateMeasurementPeriodInput {
  @Field(() => ID)
  @IsUUID('all', { message: `processId ${ID_MESSAGE}` })
  processId: string;

  @Field(() => PeriodKind)
  @IsEnum(PeriodKind, { message: 'kind must be BASELINE or AFTER' })
  kind: PeriodKind;

  @Field()
  @Trim()
  @IsString({ message: 'label must not be empty' })
  @IsNotEmpty({ message: 'label must not be empty' })
  @MaxLength(100, { message: 'label must be at most 100 characters' })
  label: string;

  @Field()
  @IsCalendarDate(`startsOn ${DATE_MESSAGE}`)
  startsOn: string;

  @Field()
  @IsCalendarDate(`endsOn ${DATE_MESSAGE}`)
  endsOn: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'serviceHoursPerWeek must be between 0 and 168' })
  @Min(0, { message: 'serviceHoursPerWeek must be between 0 and 168' })
  @Max(168, { message: 'serviceHoursPerWeek must be between 0 and 168' })
  serviceHoursPerWeek?: number | null;
}

@InputType()
export class UpdateMeasurementPeriodInput {
  @Field({ nullable: true })
  @ValidateIfPresent()
  @Trim()
  @IsString({ message: 'label must not be empty' })
  @IsNotEmpty({ message: 'label must not be empty' })
  @MaxLength(100, { message: 'label must be at most 100 characters' })
  label?: string;

  @Field({ nullable: true })
  @ValidateIfPresent()
  @IsCalendarDate(`startsOn ${DATE_MESSAGE}`)
  startsOn?: string;

  @Field({ nullable: true })
  @ValidateIfPresent()
  @IsCalendarDate(`endsOn ${DATE_MESSAGE}`)
  endsOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'serviceHoursPerWeek must be between 0 and 168' })
  @Min(0, { message: 'serviceHoursPerWeek must be between 0 and 168' })
  @Max(168, { message: 'serviceHoursPerWeek must be between 0 and 168' })
  serviceHoursPerWeek?: number | null;
}

@InputType({ description: 'One case; any field but the reference may be missing. Date-times in ISO 8601.' })
export class CaseRecordInput {
  @Allow()
  @Field() caseRef: string;
  @Allow()
  @Field(() => String, { nullable: true }) receivedAt?: string | null;
  @Allow()
  @Field(() => String, { nullable: true }) startedAt?: string | null;
  @Allow()
  @Field(() => String, { nullable: true }) completedAt?: string | null;
  @Allow()
  @Field(() => Float, { nullable: true }) handlingMinutes?: number | null;
  @Allow()
  @Field(() => Int, { nullable: true }) errors?: number | null;
  @Allow()
  @Field(() => Int, { nullable: true }) rework?: number | null;
  @Allow()
  @Field(() => String, { nullable: true }) channel?: string | null;
}

@InputType()
export class MonthlyTotalInput {
  @Allow()
  @Field({ description: 'YYYY-MM' }) month: string;
  @Allow()
  @Field(() => Int) cases: number;
  @Allow()
  @Field(() => Float, { nullable: true, description: 'Total handling minutes of the month.' }) handlingMinutes?: number | null;
  @Allow()
  @Field(() => Int, { nullable: true }) casesWithErrors?: number | null;
}

@InputType()
export class LogEventInput {
  @Allow()
  @Field() caseId: string;
  @Allow()
  @Field() activity: string;
  @Allow()
  @Field() timestamp: string;
  @Allow()
  @Field(() => String, { nullable: true }) lifecycle?: string | null;
  @Allow()
  @Field(() => String, { nullable: true }) resource?: string | null;
}

/** Items are checked row by row by the importer's validators, which report the item number as the line. */
@InputType({ isAbstract: true })
abstract class BatchTarget {
  @Field(() => ID)
  @IsUUID('all', { message: `periodId ${ID_MESSAGE}` })
  periodId: string;

  @Field({ nullable: true, description: 'Replace an earlier import of the identical batch.' })
  @IsOptional()
  @IsBoolean()
  replace?: boolean;

  @Field({ nullable: true, description: "Keep cases or events dated outside the period's dates (refused otherwise)." })
  @IsOptional()
  @IsBoolean()
  keepOutsidePeriod?: boolean;
}

const batchSize = (name: string) => `${name} must hold 1 to ${MAX_GRAPHQL_BATCH} items (use the upload endpoint for more)`;

@InputType()
export class ImportCaseRecordsInput extends BatchTarget {
  @Field(() => [CaseRecordInput])
  @ArrayMinSize(1, { message: batchSize('records') })
  @ArrayMaxSize(MAX_GRAPHQL_BATCH, { message: batchSize('records') })
  @ValidateNested({ each: true })
  @Type(() => CaseRecordInput)
  records: CaseRecordInput[];
}

@InputType()
export class ImportMonthlyTotalsInput extends BatchTarget {
  @Field(() => [MonthlyTotalInput])
  @ArrayMinSize(1, { message: batchSize('months') })
  @ArrayMaxSize(MAX_GRAPHQL_BATCH, { message: batchSize('months') })
  @ValidateNested({ each: true })
  @Type(() => MonthlyTotalInput)
  months: MonthlyTotalInput[];
}

@InputType()
export class ImportLogEventsInput extends BatchTarget {
  @Field(() => [LogEventInput])
  @ArrayMinSize(1, { message: batchSize('events') })
  @ArrayMaxSize(MAX_GRAPHQL_BATCH, { message: batchSize('events') })
  @ValidateNested({ each: true })
  @Type(() => LogEventInput)
  events: LogEventInput[];
}

