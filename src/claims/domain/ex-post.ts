import { katzRiskRatioInterval, normalQuantile, quantileSorted, seededRandom } from '../../statistics/index.js';
import { type ClaimStatement, describeClaim, type ExPostVerdict, percent } from './claim.js';
import { decisionRule, type PilotPlan, planPilot } from './pilot-plan.js';
import { monthlyDifferenceInDifferences, type PreTrend } from './monthly-did.js';
import { type CostParameters, type ExPostOptions, type MeanSample, MIN_MONTHS, type PeriodEvidence, type RateSample } from './period-evidence.js';
import { baselineTrend, type MeasuredChange, type PeerProcess, type SharedTrend, sharedTrend, type SuggestedControl, suggestControl } from './shared-trend.js';

/** Power used to size a decisive study when a test is inconclusive. */
export const DECISIVE_POWER = 0.8;
/** Default minimum sample per period (methodology section 5); an auditor may lower minCases. */
export const MIN_CASES = 30;
/** Below this no test is attempted, whatever the options say. */
export const ABSOLUTE_MIN_CASES = 5;
/** Below this many values per period a mean's log ratio is bootstrapped (methodology section 5). */
export const SMALL_SAMPLE = 30;

export const DEFAULT_EX_POST_OPTIONS: ExPostOptions = { alpha: 0.05, seed: 20261123, bootstrapDraws: 4000, minCases: MIN_CASES };

export type EstimationMethod = 'DELTA_LOG' | 'BOOTSTRAP' | 'KATZ' | 'MONTHS_DELTA' | 'COST_DELTA' | 'SERVICE_HOURS' | 'MONTHLY_DID';

export interface ExPostResult {
  verdict: ExPostVerdict;
  /** theta: the relative change in the claimed direction (0.35 = 35% better). */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** R = after / before, with its interval. */
  ratio: number | null;
  ratioLower: number | null;
  ratioUpper: number | null;
  logStandardError: number | null;
  method: EstimationMethod | null;
  /** Post hoc: cases (or months) per period that would decide at the observed effect and spread, 80% power. */
  casesNeededPerPeriod: number | null;
  /** Before a pilot: the cases (or months) per period it needs, from the baseline's spread (pilot-plan.ts). */
  pilotPlan: PilotPlan | null;
  /** Why no pilot plan could be made (a metric without a baseline measurement, availability). */
  pilotPlanNote: string | null;
  /** The rule that turns the interval into a verdict, in words. */
  decisionRule: string;
  /** Without a control: the office's other processes that moved the same way in the same periods. */
  sharedTrend: SharedTrend | null;
  /** Without a control: a process that could serve as one. */
  suggestedControl: SuggestedControl | null;
  /** With a control: the assumption the estimate rests on. */
  assumption: string | null;
  /** With a control and monthly data: the pre-pilot trend of the treated-minus-control gap. */
  preTrend: PreTrend | null;
  sampleSizes: { baseline: number; after: number };
  differenceInDifferences: boolean;
  explanation: string;
  notes: string[];
}

/** A log ratio with its standard error, or why it cannot be had. */
type LogRatio =
  | { ok: true; logRatio: number; se: number; method: EstimationMethod; interval?: [number, number]; cv2: number; nBaseline: number; nAfter: number; notes: string[] }
  | { ok: false; reason: string; nBaseline: number; nAfter: number };

function minimumOf(period: PeriodEvidence, options: ExPostOptions): number {
  return period.grade === 'MONTHLY_TOTALS' ? MIN_MONTHS : Math.max(ABSOLUTE_MIN_CASES, options.minCases);
}

function unitOf(period: PeriodEvidence): string {
  return period.grade === 'MONTHLY_TOTALS' ? 'months' : 'cases';
}

function meanOf(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Percentile bootstrap of log(mean_after / mean_before), both groups resampled. */
function bootstrapLogRatio(before: readonly number[], after: readonly number[], options: ExPostOptions): { se: number; interval: [number, number]; logRatio: number } {
  const random = seededRandom(options.seed);
  const draws = new Float64Array(options.bootstrapDraws);
  const resampledMean = (values: readonly number[]) => {
    let sum = 0;
    for (let i = 0; i < values.length; i += 1) sum += values[Math.floor(random.next() * values.length)];
    return sum / values.length;
  };
  let valid = 0;
  for (let i = 0; i < options.bootstrapDraws; i += 1) {
    const a = resampledMean(after);
    const b = resampledMean(before);
    if (a > 0 && b > 0) draws[valid++] = Math.log(a / b);
  }
  const used = draws.subarray(0, valid).sort();
  const mean = used.reduce((sum, value) => sum + value, 0) / valid;
  const sd = Math.sqrt(used.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (valid - 1));
  return {
    se: sd,
    interval: [quantileSorted(used, options.alpha / 2), quantileSorted(used, 1 - options.alpha / 2)],
    logRatio: Math.log(meanOf(after) / meanOf(before)),
  };
}

function meanLogRatio(before: MeanSample | null, after: MeanSample | null, periods: [PeriodEvidence, PeriodEvidence], options: ExPostOptions, what: string): LogRatio {
  const nBaseline = before?.n ?? 0;
  const nAfter = after?.n ?? 0;
  if (!before || !after) return { ok: false, reason: `${what} was not measured in ${!before ? 'the baseline' : 'the after period'}`, nBaseline, nAfter };
  const minimum = minimumOf(periods[0], options);
  const unit = unitOf(periods[0]);
  if (before.n < minimum || after.n < minimum) {
    return { ok: false, reason: `${what} needs at least ${minimum} ${unit} per period, has ${before.n} and ${after.n}`, nBaseline, nAfter };
  }
  if (!(before.mean > 0 && after.mean > 0)) return { ok: false, reason: `${what} has a mean of 0 in a period: no ratio`, nBaseline, nAfter };
  const cv2 = (after.sd / after.mean) ** 2 + (before.sd / before.mean) ** 2;
  const small = before.n < SMALL_SAMPLE || after.n < SMALL_SAMPLE;
  if (small && before.values && after.values && before.values.length === before.n && after.values.length === after.n) {
    const bootstrap = bootstrapLogRatio(before.values, after.values, options);
    return { ok: true, ...bootstrap, method: 'BOOTSTRAP', cv2, nBaseline, nAfter, notes: [`seeded bootstrap (${options.bootstrapDraws} draws) because a period has fewer than ${SMALL_SAMPLE} values`] };
  }
  const se = Math.sqrt((after.sd * after.sd) / (after.n * after.mean * after.mean) + (before.sd * before.sd) / (before.n * before.mean * before.mean));
  return {
    ok: true,
    logRatio: Math.log(after.mean / before.mean),
    se,
    method: periods[0].grade === 'MONTHLY_TOTALS' ? 'MONTHS_DELTA' : 'DELTA_LOG',
    cv2,
    nBaseline,
    nAfter,
    notes: periods[0].grade === 'MONTHLY_TOTALS' ? ['monthly totals: months are the sample units'] : [],
  };
}

function rateLogRatio(before: RateSample | null, after: RateSample | null, options: ExPostOptions): LogRatio {
  const nBaseline = before?.n ?? 0;
  const nAfter = after?.n ?? 0;
  if (!before || !after) return { ok: false, reason: `errors were not recorded in ${!before ? 'the baseline' : 'the after period'}`, nBaseline, nAfter };
  const minimum = Math.max(ABSOLUTE_MIN_CASES, options.minCases);
  if (before.n < minimum || after.n < minimum) {
    return { ok: false, reason: `the error rate needs at least ${minimum} cases per period, has ${before.n} and ${after.n}`, nBaseline, nAfter };
  }
  const level = 1 - options.alpha;
  const katz = katzRiskRatioInterval(after.events, after.n, before.events, before.n, level);
  const z = normalQuantile(1 - options.alpha / 2);
  const se = (Math.log(katz.upper) - Math.log(katz.lower)) / (2 * z);
  const pAfter = Math.max(after.events, 0.5) / after.n;
  const pBefore = Math.max(before.events, 0.5) / before.n;
  const zero = [after.events, after.n - after.events, before.events, before.n - before.events].includes(0);
  return {
    ok: true,
    logRatio: Math.log(katz.ratio),
    se,
    method: 'KATZ',
    cv2: (1 - pAfter) / pAfter + (1 - pBefore) / pBefore,
    nBaseline,
    nAfter,
    notes: zero ? ['a zero cell: 0.5 added to every cell (Katz)'] : [],
  };
}

function costLogRatio(baseline: PeriodEvidence, after: PeriodEvidence, costs: CostParameters | null, options: ExPostOptions): LogRatio {
  const nBaseline = baseline.handling?.n ?? 0;
  const nAfter = after.handling?.n ?? 0;
  if (!costs) return { ok: false, reason: 'the labour cost per hour is not set', nBaseline, nAfter };
  const parts = [baseline, after].map((period) => {
    if (!period.handling || !period.errors || period.errors.n === 0) return null;
    const p = period.errors.events / period.errors.n;
    const labour = (period.handling.mean / 60) * costs.hourlyLabourCost;
    const variance =
      (costs.hourlyLabourCost / 60) ** 2 * (period.handling.sd ** 2 / period.handling.n) + costs.costPerError ** 2 * ((p * (1 - p)) / period.errors.n);
    return { cost: labour + p * costs.costPerError, variance, n: period.handling.n };
  });
  const [before, later] = parts;
  if (!before || !later) return { ok: false, reason: 'handling minutes and errors must both be measured in each period', nBaseline, nAfter };
  if (before.n < minimumOf(baseline, options) || later.n < minimumOf(after, options)) {
    return { ok: false, reason: `the cost per case needs at least ${minimumOf(baseline, options)} ${unitOf(baseline)} per period`, nBaseline, nAfter };
  }
  if (!after.annualVolume || after.annualVolume <= 0) return { ok: false, reason: 'the after period has no annual volume to spread running costs over', nBaseline, nAfter };
  const afterCost = later.cost + costs.runningCostPerYear / after.annualVolume;
  if (!(before.cost > 0)) return { ok: false, reason: 'the baseline cost per case is 0', nBaseline, nAfter };
  const se = Math.sqrt(later.variance / afterCost ** 2 + before.variance / before.cost ** 2);
  return {
    ok: true,
    logRatio: Math.log(afterCost / before.cost),
    se,
    method: 'COST_DELTA',
    cv2: se * se * Math.min(before.n, later.n),
    nBaseline,
    nAfter,
    notes: [`cost per case: labour + errors${costs.runningCostPerYear > 0 ? ' + running costs spread over the after volume' : ''} (delta method)`],
  };
}

function logRatioOf(claim: ClaimStatement, baseline: PeriodEvidence, after: PeriodEvidence, costs: CostParameters | null, options: ExPostOptions): LogRatio {
  const periods: [PeriodEvidence, PeriodEvidence] = [baseline, after];
  switch (claim.metric) {
    case 'HANDLING_TIME':
      return meanLogRatio(baseline.handling, after.handling, periods, options, 'handling time');
    case 'LEAD_TIME':
      return meanLogRatio(baseline.lead, after.lead, periods, options, 'lead time');
    case 'REACTION_TIME':
      return meanLogRatio(baseline.reaction, after.reaction, periods, options, 'reaction time');
    case 'ERROR_RATE':
      return rateLogRatio(baseline.errors, after.errors, options);
    case 'COST_PER_CASE':
      return costLogRatio(baseline, after, costs, options);
    case 'AVAILABILITY': {
      const before = baseline.serviceHoursPerWeek;
      const later = after.serviceHoursPerWeek;
      if (!before || !later) return { ok: false, reason: 'service hours per week are not recorded for both periods', nBaseline: 0, nAfter: 0 };
      return { ok: true, logRatio: Math.log(later / before), se: 0, method: 'SERVICE_HOURS', cv2: 0, nBaseline: 1, nAfter: 1, notes: ['service hours are a fact of each period, not a sample: no interval'] };
    }
  }
}

/** theta and its interval in the claimed direction, from R's log and its interval. */
function inClaimDirection(claim: ClaimStatement, logRatio: number, logLower: number, logUpper: number): { estimate: number; lower: number; upper: number } {
  if (claim.direction === 'DECREASE') {
    return { estimate: 1 - Math.exp(logRatio), lower: 1 - Math.exp(logUpper), upper: 1 - Math.exp(logLower) };
  }
  return { estimate: Math.exp(logRatio) - 1, lower: Math.exp(logLower) - 1, upper: Math.exp(logUpper) - 1 };
}

/** The log ratio the claim needs: log(1 - r) for a decrease, log(1 + r) for an increase. */
export function claimedLogRatio(claim: ClaimStatement): number {
  return claim.direction === 'DECREASE' ? Math.log(1 - claim.magnitude) : Math.log(1 + claim.magnitude);
}

/**
 * n per period so that a (1 - alpha) interval of the log ratio, at the observed effect and the
 * observed coefficients of variation, excludes the claimed ratio with 80% power:
 * n = (z_{1-alpha/2} + z_{0.8})^2 (cv_after^2 + cv_before^2) / (log R - log R_claimed)^2.
 */
/**
 * Cases needed are reported when a period could realistically hold them: at most this many
 * times the larger period's sample, and at most MAX_ACTIONABLE_CASES.
 */
export const ACTIONABLE_SAMPLE_FACTOR = 100;
export const MAX_ACTIONABLE_CASES = 1_000_000;

export function casesNeededPerPeriod(logRatio: number, cv2: number, claimed: number, alpha: number): number | null {
  const distance = Math.abs(logRatio - claimed);
  if (distance === 0 || !Number.isFinite(distance) || !(cv2 > 0)) return null;
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(DECISIVE_POWER);
  return Math.ceil((z * z * cv2) / (distance * distance));
}

/** The pilot plan of a claim from a baseline (and a control's), or why there is none. */
export function pilotPlanOf(
  claim: ClaimStatement,
  baseline: PeriodEvidence | null,
  control: PeriodEvidence | null,
  costs: CostParameters | null,
  options: Partial<ExPostOptions> = {},
): Pick<ExPostResult, 'pilotPlan' | 'pilotPlanNote' | 'decisionRule'> {
  const { alpha, minCases } = { ...DEFAULT_EX_POST_OPTIONS, ...options };
  const rule = decisionRule(alpha);
  if (!baseline) return { pilotPlan: null, pilotPlanNote: 'no baseline measured yet: a pilot is sized from the baseline', decisionRule: rule };
  const planned = planPilot(claim, baseline, control, costs, alpha, Math.max(ABSOLUTE_MIN_CASES, minCases));
  return planned.ok ? { pilotPlan: planned.plan, pilotPlanNote: null, decisionRule: rule } : { pilotPlan: null, pilotPlanNote: planned.reason, decisionRule: rule };
}

/** The result when a test cannot be run, with the reason as its explanation. */
export function insufficientData(
  explanation: string,
  nBaseline: number,
  nAfter: number,
  plan: Pick<ExPostResult, 'pilotPlan' | 'pilotPlanNote' | 'decisionRule'> = { pilotPlan: null, pilotPlanNote: null, decisionRule: decisionRule(DEFAULT_EX_POST_OPTIONS.alpha) },
): ExPostResult {
  return {
    verdict: 'INSUFFICIENT_DATA',
    estimate: null,
    lower: null,
    upper: null,
    ratio: null,
    ratioLower: null,
    ratioUpper: null,
    logStandardError: null,
    method: null,
    casesNeededPerPeriod: null,
    ...plan,
    sharedTrend: null,
    suggestedControl: null,
    assumption: null,
    preTrend: null,
    sampleSizes: { baseline: nBaseline, after: nAfter },
    differenceInDifferences: false,
    explanation,
    notes: [],
  };
}

export interface ExPostInput {
  claim: ClaimStatement;
  baseline: PeriodEvidence;
  after: PeriodEvidence;
  /** A comparable process that was not automated, over the same two periods. */
  control?: { name: string; baseline: PeriodEvidence; after: PeriodEvidence } | null;
  /** The treated process's category, for suggesting a control of the same kind. */
  category?: string;
  /** The office's other processes measured before and after: checked for a shared trend when no control is used. */
  peers?: readonly PeerProcess[];
  costs?: CostParameters | null;
  options?: Partial<ExPostOptions>;
}

/** What a difference in differences assumes, stated with every result that uses one. */
export const PARALLEL_TRENDS =
  'parallel trends: without the robot, the process and its control would have changed by the same factor between the two periods';

/** The monthly difference in differences of handling time, when all four periods have monthly means. */
function monthlyDidOf(claim: ClaimStatement, input: ExPostInput, alpha: number): ReturnType<typeof monthlyDifferenceInDifferences> {
  if (claim.metric !== 'HANDLING_TIME') return { reason: 'monthly means are kept for handling time only' };
  const control = input.control;
  const series = [input.baseline, input.after, control?.baseline, control?.after].map((period) => period?.handlingByMonth ?? null);
  if (!control || series.some((months) => months === null)) return { reason: 'not every period has monthly figures' };
  return monthlyDifferenceInDifferences(
    { baseline: input.baseline.handlingByMonth ?? [], after: input.after.handlingByMonth ?? [] },
    { baseline: control.baseline.handlingByMonth ?? [], after: control.after.handlingByMonth ?? [] },
    alpha,
  );
}

/** One process's change between two periods in the claim's direction, with its interval; null when it cannot be measured. */
export function measuredChange(claim: ClaimStatement, baseline: PeriodEvidence, after: PeriodEvidence, costs: CostParameters | null, options: ExPostOptions): MeasuredChange | null {
  const measured = logRatioOf(claim, baseline, after, costs, options);
  if (!measured.ok) return null;
  const z = normalQuantile(1 - options.alpha / 2);
  const [logLower, logUpper] = measured.interval ?? [measured.logRatio - z * measured.se, measured.logRatio + z * measured.se];
  return inClaimDirection(claim, measured.logRatio, logLower, logUpper);
}

/** After a pilot: did the promised change happen here (methodology section 5)? */
export function testClaim(input: ExPostInput): ExPostResult {
  const options = { ...DEFAULT_EX_POST_OPTIONS, ...input.options };
  const { claim } = input;
  const treated = logRatioOf(claim, input.baseline, input.after, input.costs ?? null, options);
  const plan = pilotPlanOf(claim, input.baseline, input.control?.baseline ?? null, input.costs ?? null, options);
  const insufficient = (reason: string, nBaseline: number, nAfter: number) =>
    insufficientData(`${describeClaim(claim)} cannot be tested yet: ${reason}`, nBaseline, nAfter, plan);
  if (!treated.ok) return insufficient(treated.reason, treated.nBaseline, treated.nAfter);

  let { logRatio, se } = treated;
  let interval = treated.interval;
  let method = treated.method;
  const notes = [...treated.notes];
  let cv2 = treated.cv2;
  let unit = unitOf(input.baseline);
  let largestSample = Math.max(treated.nBaseline, treated.nAfter);
  let assumption: string | null = null;
  let preTrend: PreTrend | null = null;
  if (input.control) {
    const control = logRatioOf(claim, input.control.baseline, input.control.after, input.costs ?? null, options);
    if (!control.ok) return insufficient(`the control process: ${control.reason}`, treated.nBaseline, treated.nAfter);
    assumption = PARALLEL_TRENDS;
    const monthly = monthlyDidOf(claim, input, options.alpha);
    if ('logRatio' in monthly) {
      ({ logRatio, se } = monthly);
      interval = monthly.interval;
      method = 'MONTHLY_DID';
      cv2 = monthly.varianceBefore + monthly.varianceAfter;
      unit = 'months';
      largestSample = Math.max(monthly.monthsBaseline, monthly.monthsAfter);
      preTrend = monthly.preTrend;
      notes.push(
        `difference in differences on monthly means: ${monthly.monthsBaseline} and ${monthly.monthsAfter} months as the units, ` +
          `so shocks of a month that the two processes do not share count in the interval (Welch, ${monthly.degreesOfFreedom.toFixed(1)} degrees of freedom)`,
      );
      if (preTrend && !preTrend.parallel) {
        notes.push(
          `parallel trends doubtful: before the pilot the gap to the control drifted ${(preTrend.slopePerMonth * 100).toFixed(2)}% a month ` +
            `(${preTrend.months} months, p = ${preTrend.pValue.toPrecision(2)}): the estimate may carry that drift`,
        );
      } else if (preTrend) {
        notes.push(`pre-pilot check: no significant drift of the gap to the control over ${preTrend.months} months (p = ${preTrend.pValue.toPrecision(2)})`);
      } else {
        notes.push(`parallel trends not checked: fewer than 4 baseline months measured by both processes`);
      }
    } else {
      logRatio -= control.logRatio;
      se = Math.sqrt(se * se + control.se * control.se);
      cv2 += control.cv2;
      interval = undefined;
      notes.push(
        `difference in differences on cases (log scale, se^2 = se_treated^2 + se_control^2): counts case-level sampling only, not shocks of a whole month or period (${monthly.reason}); parallel trends not checked`,
      );
    }
  }
  const z = normalQuantile(1 - options.alpha / 2);
  const [logLower, logUpper] = interval ?? [logRatio - z * se, logRatio + z * se];
  const theta = inClaimDirection(claim, logRatio, logLower, logUpper);
  const r = claim.magnitude;
  const peers = input.peers ?? [];
  const trend = input.control ? null : sharedTrend(claim, input, peers, measuredChange, input.costs ?? null, options);
  const suggestion = input.control || !input.category ? null : suggestControl(input.category, input, peers);
  const ownTrend = input.control ? null : baselineTrend(claim, input.baseline, options.alpha);
  if (trend) notes.push(trend.warning);
  if (ownTrend) notes.push(ownTrend.warning);
  if (suggestion) notes.push(`suggested control process: "${suggestion.processName}" (${suggestion.reason})`);
  let verdict: ExPostVerdict = 'INCONCLUSIVE';
  if (theta.lower >= r) verdict = 'SUPPORTED';
  else if (theta.upper < r) verdict = 'CONTRADICTED';
  const required = verdict === 'INCONCLUSIVE' ? casesNeededPerPeriod(logRatio, cv2, claimedLogRatio(claim), options.alpha) : null;
  // A sample many times the office's own is no advice: the effect and the promise simply agree.
  const actionable = required !== null && required <= Math.min(ACTIONABLE_SAMPLE_FACTOR * largestSample, MAX_ACTIONABLE_CASES);
  const needed = actionable ? required : null;
  const level = percent(1 - options.alpha);
  const measured = `measured ${percent(theta.estimate, 1)} (${level} CI ${percent(theta.lower, 1)} to ${percent(theta.upper, 1)})`;
  const because: Record<ExPostVerdict, string> = {
    SUPPORTED: `the whole interval reaches the promised ${percent(r)}`,
    CONTRADICTED: `the whole interval falls short of the promised ${percent(r)}`,
    INCONCLUSIVE: `the interval contains the promised ${percent(r)}${
      needed
        ? `; post hoc, at the measured change, about ${needed} ${unit} per period would decide`
        : required !== null
          ? `; the measured change is so close to the promise that no realistic sample decides it (post hoc, about ${required} ${unit} per period): the measurements agree with the promise within their precision`
          : ''
    }`,
    INSUFFICIENT_DATA: '',
  };
  const design = input.control
    ? `, against the control process "${input.control.name}" (difference in differences: assumes both would have moved alike without the robot)`
    : ', without a control process (a change the whole office went through would count as the robot\'s)';
  return {
    verdict,
    estimate: theta.estimate,
    lower: theta.lower,
    upper: theta.upper,
    ratio: Math.exp(logRatio),
    ratioLower: Math.exp(logLower),
    ratioUpper: Math.exp(logUpper),
    logStandardError: se,
    method,
    casesNeededPerPeriod: needed,
    ...plan,
    sharedTrend: trend,
    suggestedControl: suggestion,
    assumption,
    preTrend,
    sampleSizes: { baseline: treated.nBaseline, after: treated.nAfter },
    differenceInDifferences: Boolean(input.control),
    explanation: `${describeClaim(claim)}: ${measured} between "${input.baseline.label}" and "${input.after.label}"${design}; ${verdict.toLowerCase().replace('_', ' ')} because ${because[verdict]}`,
    notes,
  };
}
