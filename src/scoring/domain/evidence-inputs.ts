import type { BaselineFigures } from '../../measurements/domain/baseline-figures.js';
import type { InputUncertainty } from './savings-simulation.js';

/** Spread of an owner's estimate: triangular +-30% (methodology section 4). */
export const ESTIMATE_SPREAD = 0.3;

export type EvidenceGradeName = 'EVENT_LOG' | 'CASE_SAMPLE' | 'MONTHLY_TOTALS' | 'ESTIMATE';
export type InputSource = 'BASELINE' | 'ESTIMATE' | 'MISSING';

/** One input of the savings model with where it came from and how uncertain it is. */
export interface SourcedInput {
  value: number;
  source: InputSource;
  uncertainty: InputUncertainty;
  /** e.g. "baseline 2025: mean of 21 734 cases" */
  note: string;
}

export interface OwnerEstimates {
  monthlyVolume: number | null;
  handlingMinutes: number | null;
  errorRate: number | null;
}

/** The latest BASELINE period's figures, with its name for the explanations. */
export interface BaselineEvidence {
  periodId: string;
  periodLabel: string;
  figures: BaselineFigures;
}

export interface EstimatorInputs {
  annualVolume: SourcedInput;
  handlingMinutes: SourcedInput;
  errorRate: SourcedInput;
  /** The grade of the evidence behind the volume and time: the weakest link of the two. */
  grade: EvidenceGradeName;
  /** Cases behind the measured inputs; 0 when everything is estimated. */
  sampleSize: number;
  baselinePeriodId: string | null;
  warnings: string[];
}

const GRADE_ORDER: EvidenceGradeName[] = ['EVENT_LOG', 'CASE_SAMPLE', 'MONTHLY_TOTALS', 'ESTIMATE'];

function weaker(a: EvidenceGradeName, b: EvidenceGradeName): EvidenceGradeName {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}

function estimated(value: number | null, what: string): SourcedInput {
  if (value === null) {
    return { value: 0, source: 'MISSING', uncertainty: { kind: 'FIXED' }, note: `${what}: no measurement and no estimate, taken as 0` };
  }
  return { value, source: 'ESTIMATE', uncertainty: { kind: 'TRIANGULAR', spread: ESTIMATE_SPREAD }, note: `${what}: the owner's estimate (+-30%)` };
}

/** The measured share of cases with errors (Beta posterior), else the owner's estimate. */
function measuredErrorRate({ figures, periodLabel }: BaselineEvidence, estimates: OwnerEstimates): SourcedInput {
  const errors = figures.errorRate;
  if (errors.n === 0 || errors.rate === null) return estimated(estimates.errorRate, 'error rate');
  return {
    value: errors.rate,
    source: 'BASELINE',
    uncertainty: { kind: 'BETA', successes: errors.count, trials: errors.n },
    note: `error rate: ${errors.count} of ${errors.n} cases in baseline "${periodLabel}"`,
  };
}

/**
 * Picks each input of the savings model from the best evidence available (methodology
 * sections 1 and 4): a strategy per kind of baseline, chosen by `inputStrategyFor`.
 */
export interface InputStrategy {
  readonly name: string;
  choose(baseline: BaselineEvidence | null, estimates: OwnerEstimates): EstimatorInputs;
}

/** No measurements: the owner's numbers, each with a +-30% triangular range. */
export const estimateOnlyStrategy: InputStrategy = {
  name: 'ESTIMATE_ONLY',
  choose(_baseline, estimates) {
    const warnings = ['estimate only, no measurements'];
    const volume = estimated(estimates.monthlyVolume === null ? null : estimates.monthlyVolume * 12, 'annual volume');
    const minutes = estimated(estimates.handlingMinutes, 'handling minutes');
    const errors = estimated(estimates.errorRate, 'error rate');
    for (const input of [volume, minutes]) if (input.source === 'MISSING') warnings.push(input.note);
    return { annualVolume: volume, handlingMinutes: minutes, errorRate: errors, grade: 'ESTIMATE', sampleSize: 0, baselinePeriodId: null, warnings };
  },
};

/**
 * Case records or an event log: volume from the cases over the covered days (counting error
 * sqrt(n) scaled to a year), touch time from its mean and standard error, error rate from the
 * cases with errors (Beta posterior). A figure without data falls back to the estimate.
 */
export const caseLevelStrategy: InputStrategy = {
  name: 'CASE_LEVEL',
  choose(baseline, estimates) {
    if (!baseline) return estimateOnlyStrategy.choose(null, estimates);
    const { figures, periodLabel } = baseline;
    const warnings: string[] = [];
    let grade: EvidenceGradeName = figures.grade;
    const coveredDays = figures.coveredDays ?? 0;
    let annualVolume: SourcedInput;
    if (figures.annualVolume !== null && coveredDays > 0) {
      annualVolume = {
        value: figures.annualVolume,
        source: 'BASELINE',
        uncertainty: { kind: 'NORMAL', standardError: (Math.sqrt(figures.cases) * 365) / coveredDays },
        note: `annual volume: ${figures.cases} cases over ${coveredDays} days in baseline "${periodLabel}"`,
      };
    } else {
      annualVolume = estimated(estimates.monthlyVolume === null ? null : estimates.monthlyVolume * 12, 'annual volume');
      grade = 'ESTIMATE';
    }
    const touch = figures.touchTime;
    let handlingMinutes: SourcedInput;
    if (touch.n > 0 && touch.mean !== null) {
      const standardError = touch.sd !== null && touch.n > 1 ? touch.sd / Math.sqrt(touch.n) : touch.mean * 0.3;
      handlingMinutes = {
        value: touch.mean,
        source: 'BASELINE',
        uncertainty: { kind: 'NORMAL', standardError },
        note: `handling minutes: mean of ${touch.n} measured cases in baseline "${periodLabel}"`,
      };
      const coverage = figures.coverage.find((field) => field.field === 'handling_minutes');
      if (coverage?.flagged) warnings.push(`handling minutes known for only ${(coverage.share * 100).toFixed(0)}% of cases`);
    } else {
      handlingMinutes = estimated(estimates.handlingMinutes, 'handling minutes');
      warnings.push(`baseline "${periodLabel}" has no touch time: handling minutes are the owner's estimate`);
      grade = weaker(grade, 'ESTIMATE');
    }
    const errorRate = measuredErrorRate(baseline, estimates);
    if (figures.cases < 30) warnings.push(`only ${figures.cases} cases measured: wide ranges`);
    return { annualVolume, handlingMinutes, errorRate, grade, sampleSize: figures.cases, baselinePeriodId: baseline.periodId, warnings };
  },
};

/**
 * Monthly totals: months are the sample units. Volume = 12 x mean monthly cases with the
 * standard error over months; touch time = mean of monthly means with its interval over months.
 */
export const monthlyTotalsStrategy: InputStrategy = {
  name: 'MONTHLY_TOTALS',
  choose(baseline, estimates) {
    if (!baseline) return estimateOnlyStrategy.choose(null, estimates);
    const { figures, periodLabel } = baseline;
    const warnings: string[] = [];
    const months = figures.months;
    let grade: EvidenceGradeName = 'MONTHLY_TOTALS';
    const monthlyMean = figures.monthlyVolumeMean;
    let annualVolume: SourcedInput;
    if (monthlyMean !== null && months > 0) {
      const sd = figures.monthlyVolumeSd ?? monthlyMean * 0.3;
      annualVolume = {
        value: monthlyMean * 12,
        source: 'BASELINE',
        uncertainty: { kind: 'NORMAL', standardError: (12 * sd) / Math.sqrt(months) },
        note: `annual volume: 12 x mean of ${months} months in baseline "${periodLabel}"`,
      };
    } else {
      annualVolume = estimated(estimates.monthlyVolume === null ? null : estimates.monthlyVolume * 12, 'annual volume');
      grade = 'ESTIMATE';
    }
    const touch = figures.touchTime;
    let handlingMinutes: SourcedInput;
    if (touch.mean !== null && touch.n > 0) {
      handlingMinutes = {
        value: touch.mean,
        source: 'BASELINE',
        uncertainty: { kind: 'NORMAL', standardError: touch.sd !== null && touch.n > 1 ? touch.sd / Math.sqrt(touch.n) : touch.mean * 0.3 },
        note: `handling minutes: mean of ${touch.n} monthly means in baseline "${periodLabel}"`,
      };
    } else {
      handlingMinutes = estimated(estimates.handlingMinutes, 'handling minutes');
      warnings.push(`baseline "${periodLabel}" has no handling minutes: the owner's estimate is used`);
      grade = 'ESTIMATE';
    }
    const errorRate = measuredErrorRate(baseline, estimates);
    if (months < 3) warnings.push(`only ${months} month(s) measured: wide ranges`);
    return { annualVolume, handlingMinutes, errorRate, grade, sampleSize: figures.cases, baselinePeriodId: baseline.periodId, warnings };
  },
};

/** The factory: the strategy that fits the evidence. */
export function inputStrategyFor(baseline: BaselineEvidence | null): InputStrategy {
  if (!baseline) return estimateOnlyStrategy;
  const grade: EvidenceGradeName = baseline.figures.grade;
  return grade === 'MONTHLY_TOTALS' ? monthlyTotalsStrategy : caseLevelStrategy;
}

export function chooseEstimatorInputs(baseline: BaselineEvidence | null, estimates: OwnerEstimates): EstimatorInputs {
  return inputStrategyFor(baseline).choose(baseline, estimates);
}
