import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs, PageInfo } from '../../common/pagination/connection.js';
import { JsonScalar } from '../../common/scalars/json.scalar.js';
import { ID_MESSAGE, IsCalendarDate, Trim } from '../../common/validation/decorators.js';
import { MultiLineText, SingleLineText } from '../../common/validation/text-characters.js';
import { ProcessCategory } from '../../processes/domain/process.enums.js';
import type { ExAnteCheck, ExPostCheck, VendorClaim } from '../claim.data.js';
import { ClaimDirection, ClaimMetric, ClaimScopeKind, ExAnteVerdict, ExPostVerdict } from '../claim.enums.js';

registerEnumType(ClaimMetric, { name: 'ClaimMetric' });
registerEnumType(ClaimDirection, { name: 'ClaimDirection' });
registerEnumType(ClaimScopeKind, { name: 'ClaimScopeKind' });
registerEnumType(ExAnteVerdict, { name: 'ExAnteVerdict', description: 'Before a pilot: is the promise within what the process structure allows?' });
registerEnumType(ExPostVerdict, { name: 'ExPostVerdict', description: 'After a pilot: did the measured change reach the promise?' });

const enumMessage = (field: string, values: object) => `${field} must be one of ${Object.values(values).join(', ')}`;

@InputType()
export class ClaimSourceInput {
  @Field({ description: 'Title of the document making the promise.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'source.title must not be empty' })
  @MaxLength(500, { message: 'source.title must be at most 500 characters' })
  @SingleLineText()
  title: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate('source.date must be a date like 2026-01-31')
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'URL or document reference (e.g. a case file number).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'source.reference must be at most 2000 characters' })
  @SingleLineText()
  reference?: string | null;

  @Field({ description: 'The sentence that makes the promise, verbatim.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'source.quote must not be empty' })
  @MaxLength(5000, { message: 'source.quote must be at most 5000 characters' })
  @MultiLineText()
  quote: string;
}

@InputType()
export class ClaimScopeInput {
  @Field(() => ClaimScopeKind)
  @IsEnum(ClaimScopeKind, { message: enumMessage('scope.kind', ClaimScopeKind) })
  kind: ClaimScopeKind;

  @Field(() => ID, { nullable: true, description: 'For kind PROCESS.' })
  @IsOptional()
  @IsUUID('all', { message: `scope.processId ${ID_MESSAGE}` })
  processId?: string | null;

  @Field(() => ProcessCategory, { nullable: true, description: 'For kind CATEGORY.' })
  @IsOptional()
  @IsEnum(ProcessCategory, { message: enumMessage('scope.category', ProcessCategory) })
  category?: ProcessCategory | null;
}

@InputType()
export class CreateVendorClaimInput {
  @Field(() => ID)
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'vendor must not be empty' })
  @MaxLength(300, { message: 'vendor must be at most 300 characters' })
  @SingleLineText()
  vendor: string;

  @Field(() => ClaimSourceInput)
  @ValidateNested()
  @Type(() => ClaimSourceInput)
  source: ClaimSourceInput;

  @Field(() => ClaimMetric)
  @IsEnum(ClaimMetric, { message: enumMessage('metric', ClaimMetric) })
  metric: ClaimMetric;

  @Field(() => ClaimDirection)
  @IsEnum(ClaimDirection, { message: enumMessage('direction', ClaimDirection) })
  direction: ClaimDirection;

  @Field(() => Float, { description: 'r: 0.5 = 50%; above 0, at most 10 (at most 1 for a decrease).' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'magnitude must be a number (0.5 = 50%)' })
  @Min(0.0001, { message: 'magnitude must be above 0 and at most 10 (0.5 = 50%)' })
  @Max(10, { message: 'magnitude must be above 0 and at most 10 (0.5 = 50%)' })
  magnitude: number;

  @Field(() => ClaimScopeInput)
  @ValidateNested()
  @Type(() => ClaimScopeInput)
  scope: ClaimScopeInput;
}

@InputType()
export class VerifyClaimOptionsInput {
  @Field(() => Float, { nullable: true, description: 'Two-sided test level (default 0.05).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'alpha must be between 0.001 and 0.2' })
  @Min(0.001, { message: 'alpha must be between 0.001 and 0.2' })
  @Max(0.2, { message: 'alpha must be between 0.001 and 0.2' })
  alpha?: number | null;

  @Field(() => Int, { nullable: true, description: 'Seed of the bootstrap and ex-ante draws (default 20261123).' })
  @IsOptional()
  @IsInt({ message: 'seed must be a whole number between 0 and 2147483647' })
  @Min(0, { message: 'seed must be a whole number between 0 and 2147483647' })
  seed?: number | null;

  @Field(() => Int, { nullable: true, description: 'Draws of the bootstrap and the ex-ante bound (default 4000).' })
  @IsOptional()
  @IsInt({ message: 'draws must be a whole number between 500 and 50000' })
  @Min(500, { message: 'draws must be a whole number between 500 and 50000' })
  @Max(50000, { message: 'draws must be a whole number between 500 and 50000' })
  draws?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cases per period below which the after-pilot verdict is INSUFFICIENT_DATA (default 30); from 5, with a seeded bootstrap under 30.',
  })
  @IsOptional()
  @IsInt({ message: 'minCases must be a whole number between 5 and 100000' })
  @Min(5, { message: 'minCases must be a whole number between 5 and 100000' })
  @Max(100000, { message: 'minCases must be a whole number between 5 and 100000' })
  minCases?: number | null;

  @Field(() => ID, { nullable: true, description: 'A comparable process of the organization that was not automated: difference in differences.' })
  @IsOptional()
  @IsUUID('all', { message: `controlProcessId ${ID_MESSAGE}` })
  controlProcessId?: string | null;
}

export const DEFAULT_VERIFICATIONS_LISTED = 5;
export const MAX_VERIFICATIONS_LISTED = 50;

/** How many of a claim's verifications to list: re-runs accumulate without bound. */
@ArgsType()
export class VerificationsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_VERIFICATIONS_LISTED })
  @IsInt({ message: `first must be a whole number between 1 and ${MAX_VERIFICATIONS_LISTED}` })
  @Min(1, { message: `first must be a whole number between 1 and ${MAX_VERIFICATIONS_LISTED}` })
  @Max(MAX_VERIFICATIONS_LISTED, { message: `first must be a whole number between 1 and ${MAX_VERIFICATIONS_LISTED}` })
  first: number = DEFAULT_VERIFICATIONS_LISTED;
}

@ArgsType()
export class ClaimsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Omit for all of the caller's organizations." })
  @IsOptional()
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId?: string | null;

  @Field(() => ClaimMetric, { nullable: true })
  @IsOptional()
  @IsEnum(ClaimMetric, { message: enumMessage('metric', ClaimMetric) })
  metric?: ClaimMetric | null;
}

@ObjectType('ClaimSource')
export class ClaimSourceType {
  @Field() title: string;
  @Field(() => String, { nullable: true }) date: string | null;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field() quote: string;
}

@ObjectType('ClaimScope')
export class ClaimScopeType {
  @Field(() => ClaimScopeKind) kind: ClaimScopeKind;
  @Field(() => ID, { nullable: true }) processId: string | null;
  @Field(() => ProcessCategory, { nullable: true }) category: ProcessCategory | null;
}

@ObjectType('VendorClaim')
export class VendorClaimType implements VendorClaim {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() vendor: string;
  @Field(() => ClaimSourceType) source: ClaimSourceType;
  @Field(() => ClaimMetric) metric: ClaimMetric;
  @Field(() => ClaimDirection) direction: ClaimDirection;
  @Field(() => Float) magnitude: number;
  @Field({ description: 'The promise as a phrase, e.g. "-50% handling time".' }) statement: string;
  @Field(() => ClaimScopeType) scope: ClaimScopeType;
  @Field(() => ID, { nullable: true }) createdBy: string | null;
  @Field() createdAt: Date;
}

@ObjectType('ExAnteCheck', { description: 'Before a pilot: the claim against the most the process structure allows.' })
export class ExAnteCheckType implements ExAnteCheck {
  @Field(() => ExAnteVerdict) verdict: ExAnteVerdict;
  @Field(() => Float, { nullable: true }) boundP10: number | null;
  @Field(() => Float, { nullable: true }) boundP50: number | null;
  @Field(() => Float, { nullable: true }) boundP90: number | null;
  @Field() explanation: string;
  @Field(() => [String]) assumptions: string[];
  @Field(() => [String]) missingInputs: string[];
}

@ObjectType('PilotPlan', { description: 'Before a pilot: the cases (months for monthly totals) per period it needs, from the baseline spread (and the control\'s).' })
export class PilotPlanType {
  @Field(() => Int, { description: 'Per period: the baseline and the after period alike (and the control in both, when one is used).' }) unitsPerPeriod: number;
  @Field({ description: 'cases or months' }) unit: string;
  @Field(() => Float) power: number;
  @Field(() => Float) alpha: number;
  @Field() explanation: string;
}

@ObjectType('PreTrend', { description: 'Before the pilot: the least squares trend of the monthly gap log(treated / control).' })
export class PreTrendType {
  @Field(() => Int) months: number;
  @Field(() => Float) slopePerMonth: number;
  @Field(() => Float) pValue: number;
  @Field({ description: 'False when the slope differs from 0 at 5% (two-sided): parallel trends doubtful.' }) parallel: boolean;
}

@ObjectType('SuggestedControl', { description: 'A process that could serve as the control: same category, not in pilot or automated, measured in the same periods.' })
export class SuggestedControlType {
  @Field(() => ID) processId: string;
  @Field() processName: string;
  @Field() reason: string;
}

@ObjectType('ExPostCheck', { description: 'After a pilot: the measured change against the claim.' })
export class ExPostCheckType implements ExPostCheck {
  @Field(() => ExPostVerdict) verdict: ExPostVerdict;
  @Field(() => Float, { nullable: true, description: 'theta: the relative change in the claimed direction.' }) estimate: number | null;
  @Field(() => Float, { nullable: true }) lower: number | null;
  @Field(() => Float, { nullable: true }) upper: number | null;
  @Field(() => Float, { nullable: true, description: 'after / before.' }) ratio: number | null;
  @Field(() => String, { nullable: true }) method: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Post hoc, at the measured change: cases (months for monthly totals) per period that would decide; when INCONCLUSIVE. Plan a pilot with pilotPlan instead.',
  })
  casesNeededPerPeriod: number | null;
  @Field(() => PilotPlanType, { nullable: true, description: 'Before a pilot: cases per period for 80% power (null with pilotPlanNote saying why, or for a verification before claims-2).' })
  pilotPlan: PilotPlanType | null;
  @Field(() => String, { nullable: true }) pilotPlanNote: string | null;
  @Field(() => String, { nullable: true, description: 'The rule that turned the interval into the verdict (null for a verification before claims-2).' }) decisionRule: string | null;
  @Field(() => String, { nullable: true, description: "Without a control: the office's other processes that improved the same way in the same periods." }) sharedTrendWarning: string | null;
  @Field(() => SuggestedControlType, { nullable: true }) suggestedControl: SuggestedControlType | null;
  @Field(() => String, { nullable: true, description: 'With a control: the assumption the difference in differences rests on.' }) assumption: string | null;
  @Field(() => PreTrendType, { nullable: true, description: 'With a control and at least 4 baseline months of both: the pre-pilot check of parallel trends.' })
  preTrend: PreTrendType | null;
  @Field(() => Int) baselineSampleSize: number;
  @Field(() => Int) afterSampleSize: number;
  @Field() differenceInDifferences: boolean;
  @Field() explanation: string;
  @Field(() => [String]) notes: string[];
}

@ObjectType('ClaimCheck', { description: 'The verdicts of one verification for one process in the claim scope.' })
export class ClaimCheckType {
  @Field(() => ID) id: string;
  @Field(() => ID) claimId: string;
  @Field(() => ID) verificationId: string;
  @Field(() => ID) processId: string;
  @Field() processName: string;
  @Field(() => ExAnteCheckType) exAnte: ExAnteCheckType;
  @Field(() => ExPostCheckType) exPost: ExPostCheckType;
  @Field(() => JsonScalar, { description: 'The baseline figures, structure and costs the verdicts were computed from.' }) inputs: unknown;
  @Field() createdAt: Date;
}

@ObjectType('ClaimVerification', { description: 'One immutable run of a claim test.' })
export class ClaimVerificationType {
  @Field(() => ID) id: string;
  @Field(() => ID) claimId: string;
  @Field() methodVersion: string;
  @Field(() => JsonScalar) parameters: unknown;
  @Field(() => ID, { nullable: true }) createdBy: string | null;
  @Field() createdAt: Date;
}

@ObjectType('VendorClaimEdge')
export class VendorClaimEdgeType {
  @Field() cursor: string;
  @Field(() => VendorClaimType) node: VendorClaimType;
}

@ObjectType('VendorClaimConnection')
export class VendorClaimConnectionType {
  @Field(() => [VendorClaimEdgeType]) edges: VendorClaimEdgeType[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
