import { normalQuantile } from '../../statistics/index.js';
import { type ClaimStatement, percent } from './claim.js';
import { type CostParameters, MIN_MONTHS, type PeriodEvidence } from './period-evidence.js';
import { gapVariance } from './monthly-did.js';

/** Power the pilot is planned for. */
export const PLANNED_POWER = 0.8;

/**
 * The decision rule of the after-pilot test, in words (methodology section 7). A two-sided
 * (1 - alpha) interval that lies wholly on one side of the promise is a one-sided test at alpha/2.
 */
export function decisionRule(alpha: number): string {
  const level = percent(1 - alpha);
  const oneSided = `${((alpha / 2) * 100).toFixed(1)}%`;
  return (
    `SUPPORTED when the whole two-sided ${level} interval of the change reaches the promise (a one-sided test at ${oneSided} ` +
    `that the change is smaller than promised); CONTRADICTED when the whole interval falls short of it (one-sided ${oneSided} ` +
    `that the change is at least the promise); INCONCLUSIVE otherwise`
  );
}

/** What a pilot needs before it starts: sized from the baseline's spread (and the control's). */
export interface PilotPlan {
  /** Cases (months for monthly totals) per period: baseline and after alike, and the control's. */
  unitsPerPeriod: number;
  unit: 'cases' | 'months';
  power: number;
  alpha: number;
  /** Squared coefficient of variation of the log ratio per unit (after and baseline, plus the control's). */
  varianceFactor: number;
  explanation: string;
}

export type PilotPlanResult = { ok: true; plan: PilotPlan } | { ok: false; reason: string };

/**
 * The squared coefficient of variation one period's unit adds to var(log ratio), under the
 * assumption that the after period's relative spread equals the baseline's (a relative change
 * moves the mean and the spread alike), so a treated or control process contributes twice its own.
 */
function varianceOfPeriodPair(claim: ClaimStatement, baseline: PeriodEvidence, costs: CostParameters | null): { factor: number } | { reason: string } {
  const mean = (sample: PeriodEvidence['handling'], what: string) => {
    if (!sample || !(sample.mean > 0)) return { reason: `${what} was not measured in the baseline` };
    return { factor: 2 * (sample.sd / sample.mean) ** 2 };
  };
  switch (claim.metric) {
    case 'HANDLING_TIME':
      return mean(baseline.handling, 'handling time');
    case 'LEAD_TIME':
      return mean(baseline.lead, 'lead time');
    case 'REACTION_TIME':
      return mean(baseline.reaction, 'reaction time');
    case 'ERROR_RATE': {
      if (!baseline.errors || baseline.errors.n === 0 || baseline.errors.events === 0) return { reason: 'the baseline has no recorded errors to reduce' };
      const before = baseline.errors.events / baseline.errors.n;
      const after = before * (1 - claim.magnitude);
      // Var(log RR) per case at the promised rates (Katz); at least the no-change variance.
      if (!(after > 0)) return { factor: Number.POSITIVE_INFINITY };
      return { factor: (1 - after) / after + (1 - before) / before };
    }
    case 'COST_PER_CASE': {
      if (!costs || !baseline.handling || !baseline.errors || baseline.errors.n === 0) {
        return { reason: 'the cost per case needs the labour cost, handling time and errors of the baseline' };
      }
      const p = baseline.errors.events / baseline.errors.n;
      const cost = (baseline.handling.mean / 60) * costs.hourlyLabourCost + p * costs.costPerError;
      if (!(cost > 0)) return { reason: 'the baseline cost per case is 0' };
      const variance = (costs.hourlyLabourCost / 60) ** 2 * baseline.handling.sd ** 2 + costs.costPerError ** 2 * p * (1 - p);
      return { factor: (2 * variance) / (cost * cost) };
    }
    case 'AVAILABILITY':
      return { reason: 'service hours are a fact of each period, not a sample: no pilot size applies' };
  }
}

/**
 * Prospective sample size (before a pilot): units per period so that the test has 80% power
 * to tell the promised change from no change, with the baseline's variation (and the control's
 * when a control is used): n = (z_{1 - alpha/2} + z_{0.8})^2 (cv2_treated + cv2_control) / log(R_claimed)^2.
 * With n per period, if the process does not change at all the verdict is CONTRADICTED with
 * probability 80%, and if the promise is met the interval excludes "no change" with probability
 * 80%. A SUPPORTED verdict needs the true change to exceed the promise: at exactly the promise it
 * is reached with probability alpha/2 whatever the sample.
 */
export function planPilot(
  claim: ClaimStatement,
  baseline: PeriodEvidence,
  control: PeriodEvidence | null,
  costs: CostParameters | null,
  alpha: number,
  /** The test's own minimum per period (cases; months for monthly totals). */
  minimumCases: number,
): PilotPlanResult {
  const treated = varianceOfPeriodPair(claim, baseline, costs);
  if ('reason' in treated) return { ok: false, reason: treated.reason };
  let factor = treated.factor;
  // With a control and monthly means on both baselines the test will run on months: plan months.
  const monthlyGap =
    control && claim.metric === 'HANDLING_TIME' && baseline.handlingByMonth && control.handlingByMonth
      ? gapVariance(baseline.handlingByMonth, control.handlingByMonth)
      : null;
  if (monthlyGap) factor = 2 * monthlyGap.variance;
  else if (control) {
    const controlled = varianceOfPeriodPair(claim, control, costs);
    if ('reason' in controlled) return { ok: false, reason: `the control process: ${controlled.reason}` };
    factor += controlled.factor;
  }
  const distance = Math.abs(claim.direction === 'DECREASE' ? Math.log(1 - claim.magnitude) : Math.log(1 + claim.magnitude));
  if (!Number.isFinite(factor) || !Number.isFinite(distance)) {
    return { ok: false, reason: 'a promise of -100% cannot be tested on a ratio: any remaining case refutes it' };
  }
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(PLANNED_POWER);
  const monthly = monthlyGap !== null || (baseline.grade === 'MONTHLY_TOTALS' && claim.metric !== 'ERROR_RATE');
  const unit = monthly ? 'months' : 'cases';
  const minimum = monthly ? MIN_MONTHS : minimumCases;
  const unitsPerPeriod = Math.max(minimum, Math.ceil((z * z * factor) / (distance * distance)));
  const explanation =
    `plan the pilot for at least ${unitsPerPeriod} ${unit} in the baseline and in the after period` +
    (control ? ', and as many for the control process in both' : '') +
    `: then, with ${percent(PLANNED_POWER)} probability, no change at all is refuted (CONTRADICTED) and the promised change is told from no change; ` +
    (monthlyGap
      ? `sized before the pilot from the month-to-month spread of the gap to the control over ${monthlyGap.months} baseline months, assuming it stays the same after`
      : `sized before the pilot from the baseline's spread${control ? " and the control's" : ''}, assuming the after period's relative spread is the baseline's`);
  return { ok: true, plan: { unitsPerPeriod, unit, power: PLANNED_POWER, alpha, varianceFactor: factor, explanation } };
}
