import { ArgsType, type ComplexityEstimator, Field, Float, ID, InputType, Int, IntersectionType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs, PageInfo } from '../../common/pagination/connection.js';
import { JsonScalar } from '../../common/scalars/json.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { ID_MESSAGE } from '../../common/validation/decorators.js';
import { EvidenceGrade } from '../../measurements/domain/measurement.enums.js';
import { ProcessCategory, ProcessStatus } from '../../processes/domain/process.enums.js';
import { DEFAULT_DRAWS } from '../domain/savings-simulation.js';
import type { Candidate } from '../scoring.data.js';
import { NotCandidateReason, Quadrant, RankingOrder } from '../scoring.enums.js';

registerEnumType(Quadrant, {
  name: 'Quadrant',
  description: 'QUICK_WIN: AP >= 50 and EI >= 50; STRATEGIC: AP >= 50, EI < 50; LOW_VALUE: AP < 50, EI >= 50; NOT_READY: both below 50.',
});
registerEnumType(RankingOrder, { name: 'RankingOrder', description: 'Every key sorts the best candidate first.' });
registerEnumType(NotCandidateReason, {
  name: 'NotCandidateReason',
  description:
    'Why a process is no automation candidate: NO_AUTOMATABLE_WORK (a = 0 or no handling time), NO_CASES_FOR_A_BOT (V (1 - e) = 0), SUPERVISION_NOT_LESS_THAN_WORK (h a <= s).',
});

@ObjectType('FigureRange', { description: 'P10, P50 and P90 as plain numbers (a standard error, or a figure rounded for display).' })
export class FigureRangeType {
  @Field(() => Float) p10: number;
  @Field(() => Float) p50: number;
  @Field(() => Float) p90: number;
}

@ObjectType('PaybackRange', { description: 'Months to repay the net investment, P10/P50/P90 over the Monte Carlo draws; null where the draws at that percentile never repay it.' })
export class PaybackRangeType {
  @Field(() => Float, { nullable: true }) p10: number | null;
  @Field(() => Float, { nullable: true }) p50: number | null;
  @Field(() => Float, { nullable: true }) p90: number | null;
}

@ObjectType('MonteCarloErrors', { description: 'Monte Carlo standard errors: how far each simulated figure moves from seed to seed (same units as the figure).' })
export class MonteCarloErrorsType {
  @Field(() => FigureRangeType) hoursSaved: FigureRangeType;
  @Field(() => FigureRangeType) netAnnualBenefit: FigureRangeType;
  @Field(() => FigureRangeType) npv: FigureRangeType;
  @Field(() => PaybackRangeType, { nullable: true }) payback: PaybackRangeType | null;
  @Field(() => Float) probabilityPositiveNpv: number;
}

@ObjectType('DisplayFigures', { description: 'The simulated figures rounded to the first significant digit of their Monte Carlo standard error: the digits a seed does not change. The raw values stay in their own fields.' })
export class DisplayFiguresType {
  @Field(() => FigureRangeType) hoursSaved: FigureRangeType;
  @Field(() => FigureRangeType) netAnnualBenefit: FigureRangeType;
  @Field(() => FigureRangeType) npv: FigureRangeType;
  @Field(() => PaybackRangeType, { nullable: true }) payback: PaybackRangeType | null;
  @Field(() => Float) probabilityPositiveNpv: number;
}

@ObjectType('HoursRange', { description: 'P10, P50 and P90 of a Monte Carlo distribution, in hours per year.' })
export class HoursRangeType {
  @Field(() => Float) p10: number;
  @Field(() => Float) p50: number;
  @Field(() => Float) p90: number;
}

@ObjectType('MoneyRange', { description: "P10, P50 and P90 of a Monte Carlo distribution, in the organization's currency." })
export class MoneyRangeType {
  @Field(() => MoneyScalar) p10: string;
  @Field(() => MoneyScalar) p50: string;
  @Field(() => MoneyScalar) p90: string;
}

@ObjectType('Candidate', { description: 'One process as an automation candidate: its stored score.' })
export class CandidateType implements Candidate {
  @Field(() => Int, { description: 'Position in this ranking (1 = best) under the chosen order and filter.' }) rank: number;
  @Field(() => ID) processId: string;
  @Field() processName: string;
  @Field(() => ID) organizationId: string;
  @Field(() => ProcessCategory) category: ProcessCategory;
  @Field(() => ID, { nullable: true }) departmentId: string | null;
  @Field(() => ProcessStatus) status: ProcessStatus;
  @Field(() => Float, { description: 'Automation Potential 0..100 = 100 * a * (1 - e).' }) automationPotential: number;
  @Field(() => Float, { description: 'Ease of Implementation 0..100.' }) easeOfImplementation: number;
  @Field(() => Quadrant) quadrant: Quadrant;
  @Field({ description: 'False when nothing is worth automating (notCandidateReason says why): no bot, cost or saving is counted, and portfolios leave it out.' })
  candidate: boolean;
  @Field(() => NotCandidateReason, { nullable: true }) notCandidateReason: NotCandidateReason | null;
  @Field(() => Float, {
    nullable: true,
    description: "Cases a year the savings were computed from: the measured baseline or the owner's estimate (evidenceGrade says which).",
  })
  annualVolume: number | null;
  @Field(() => HoursRangeType, { description: 'Staff hours saved per year.' }) hoursSaved: HoursRangeType;
  @Field(() => MoneyRangeType) netAnnualBenefit: MoneyRangeType;
  @Field(() => MoneyRangeType) npv: MoneyRangeType;
  @Field(() => Float, { description: 'Share of Monte Carlo draws with NPV > 0.' }) probabilityPositiveNpv: number;
  @Field(() => Float, { nullable: true, description: 'At the most likely values (the point estimate, not a percentile); null when the benefit never repays the cost. See payback for the Monte Carlo percentiles.' })
  paybackMonths: number | null;
  @Field(() => PaybackRangeType, { nullable: true, description: 'Months to repay over the Monte Carlo draws, on the same basis as npv; null for a score computed before savings-2.' })
  payback: PaybackRangeType | null;
  @Field(() => MonteCarloErrorsType, { nullable: true, description: 'Monte Carlo standard errors; null for a score computed before savings-2.' })
  standardErrors: MonteCarloErrorsType | null;
  @Field(() => DisplayFiguresType, { description: 'The simulated figures rounded to their standard errors, for display (the raw values when no standard error is stored).' })
  display: DisplayFiguresType;
  @Field(() => EvidenceGrade) evidenceGrade: EvidenceGrade;
  @Field(() => Int, { description: 'Cases behind the measured inputs; 0 for an estimate.' }) sampleSize: number;
  @Field(() => [String]) warnings: string[];
  @Field({ description: 'Why it ranks where it does.' }) explanation: string;
  @Field({ description: 'The methods that produced these numbers, e.g. readiness-1+savings-2.' }) methodVersion: string;
  @Field() computedAt: Date;
}

@ObjectType('CandidateEdge')
export class CandidateEdgeType {
  @Field() cursor: string;
  @Field(() => CandidateType) node: CandidateType;
}

@ObjectType('CandidateConnection', { description: 'A page of the candidate ranking.' })
export class CandidateRankingType {
  @Field(() => [CandidateEdgeType]) edges: CandidateEdgeType[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType('CandidateAssessment', { description: 'A stored score with every component, input and assumption behind it.' })
export class CandidateAssessmentType {
  @Field(() => CandidateType) candidate: CandidateType;
  @Field(() => JsonScalar, { description: 'Readiness components, savings point estimate and Monte Carlo summary, as computed.' }) result: unknown;
  @Field(() => JsonScalar, { description: 'Every input with its source (measured baseline or estimate), the scenario and the weights.' }) inputs: unknown;
}

@ObjectType('HistogramBin', { description: 'Simulated values in [lower, upper) (the last bin includes its upper edge).' })
export class HistogramBinType {
  @Field(() => Float) lower: number;
  @Field(() => Float) upper: number;
  @Field(() => Int) count: number;
}

@ObjectType('CandidateWhatIf', { description: 'A process assessed under a scenario of your choosing; nothing is stored.' })
export class CandidateWhatIfType {
  @Field(() => CandidateType, { description: 'The assessment as it would be stored (rank: where it would stand among the stored scores).' })
  candidate: CandidateType;
  @Field(() => [HistogramBinType], { description: 'The simulated NPV draws in 30 equal-width bins.' })
  npvHistogram: HistogramBinType[];
}

@ObjectType('WeightsPreviewRow', { description: "A process's Ease of Implementation now and under proposed weights." })
export class WeightsPreviewRowType {
  @Field(() => ID) processId: string;
  @Field() processName: string;
  @Field(() => Float) easeNow: number;
  @Field(() => Float) easeThen: number;
  @Field(() => Int, { description: 'Position by Ease of Implementation now (1 = easiest).' }) rankNow: number;
  @Field(() => Int, { description: 'Position by Ease of Implementation under the proposed weights.' }) rankThen: number;
  @Field(() => Quadrant) quadrantNow: Quadrant;
  @Field(() => Quadrant) quadrantThen: Quadrant;
}

@ObjectType('PortfolioSummary', { description: 'The top candidates taken together; ranges from draws summed across processes.' })
export class PortfolioSummaryType {
  @Field(() => Int) candidates: number;
  @Field(() => [ID], { description: 'The processes summed: the selection less those that are no candidate.' }) processIds: string[];
  @Field(() => HoursRangeType) hoursSaved: HoursRangeType;
  @Field(() => Float, { description: 'Full-time equivalents freed at P50.' }) fteFreedP50: number;
  @Field(() => MoneyRangeType) netAnnualBenefit: MoneyRangeType;
  @Field(() => MoneyRangeType) npv: MoneyRangeType;
  @Field(() => Float) probabilityPositiveNpv: number;
  @Field(() => [ID], { description: 'Selected processes left out because they are no candidate.' }) excludedProcessIds: string[];
  @Field(() => MonteCarloErrorsType) standardErrors: MonteCarloErrorsType;
  @Field(() => DisplayFiguresType) display: DisplayFiguresType;
  @Field() methodVersion: string;
  @Field(() => Int, { description: "Draws added together: each process draws its inputs from its own seeded stream, and the risks the organization's projects share (overrun, licence price) once per draw for all of them." }) draws: number;
}

@InputType()
export class CandidateFilterInput {
  @Field(() => ProcessCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ProcessCategory, { message: `category must be one of ${Object.values(ProcessCategory).join(', ')}` })
  category?: ProcessCategory | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: `departmentId ${ID_MESSAGE}` })
  departmentId?: string | null;

  @Field(() => ProcessStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProcessStatus, { message: `status must be one of ${Object.values(ProcessStatus).join(', ')}` })
  status?: ProcessStatus | null;

  @Field(() => Quadrant, { nullable: true })
  @IsOptional()
  @IsEnum(Quadrant, { message: `quadrant must be one of ${Object.values(Quadrant).join(', ')}` })
  quadrant?: Quadrant | null;

  @Field(() => EvidenceGrade, { nullable: true, description: 'Weakest evidence to include: CASE_SAMPLE keeps EVENT_LOG and CASE_SAMPLE.' })
  @IsOptional()
  @IsEnum(EvidenceGrade, { message: `minEvidence must be one of ${Object.values(EvidenceGrade).join(', ')}` })
  minEvidence?: EvidenceGrade | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only candidates; false: only processes with nothing worth automating. A portfolio always sums candidates only.' })
  @IsOptional()
  @IsBoolean({ message: 'candidate must be true or false' })
  candidate?: boolean | null;
}

/** Which candidates, in which order: shared by the ranking and the portfolio summary. */
@ArgsType()
export class CandidateSelectionArgs {
  @Field(() => ID, { nullable: true, description: "Omit to cover all of the caller's organizations." })
  @IsOptional()
  @IsUUID('all', { message: `organizationId ${ID_MESSAGE}` })
  organizationId?: string | null;

  @Field(() => CandidateFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidateFilterInput)
  filter?: CandidateFilterInput | null;

  @Field(() => RankingOrder, { nullable: true, defaultValue: RankingOrder.NPV_P50 })
  @IsOptional()
  @IsEnum(RankingOrder, { message: `orderBy must be one of ${Object.values(RankingOrder).join(', ')}` })
  orderBy?: RankingOrder | null;
}

@ArgsType()
export class CandidateRankingArgs extends IntersectionType(CandidateSelectionArgs, PageArgs, ArgsType) {}

export const MAX_PORTFOLIO_SIZE = 50;

/**
 * Query cost of a portfolio summary: one Monte Carlo run of DEFAULT_DRAWS per candidate, ten
 * units each; `top` given as a variable (or left to its default) counts as the largest.
 */
export const portfolioSummaryCost: ComplexityEstimator = ({ args }) =>
  (DEFAULT_DRAWS / 1_000) *
  (Array.isArray(args.processIds) ? Math.min(args.processIds.length, MAX_PORTFOLIO_SIZE) : typeof args.top === 'number' ? args.top : MAX_PORTFOLIO_SIZE);

@ArgsType()
export class PortfolioSummaryArgs extends CandidateSelectionArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many top candidates, 1..${MAX_PORTFOLIO_SIZE}.` })
  @IsInt({ message: `top must be a whole number between 1 and ${MAX_PORTFOLIO_SIZE}` })
  @Min(1, { message: `top must be a whole number between 1 and ${MAX_PORTFOLIO_SIZE}` })
  @Max(MAX_PORTFOLIO_SIZE, { message: `top must be a whole number between 1 and ${MAX_PORTFOLIO_SIZE}` })
  top: number;

  @Field(() => [ID], {
    nullable: true,
    description: `A hand-made selection of processes (1..${MAX_PORTFOLIO_SIZE}) instead of the top candidates; the filter and order then do not apply.`,
  })
  @IsOptional()
  @ArrayMinSize(1, { message: `processIds must name 1 to ${MAX_PORTFOLIO_SIZE} processes` })
  @ArrayMaxSize(MAX_PORTFOLIO_SIZE, { message: `processIds must name 1 to ${MAX_PORTFOLIO_SIZE} processes` })
  @IsUUID('all', { each: true, message: `processIds ${ID_MESSAGE}` })
  processIds?: string[] | null;
}
