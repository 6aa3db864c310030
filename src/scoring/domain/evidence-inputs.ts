import type { BaselineFigures, MonthFigures } from '../../measurements/domain/baseline-figures.js';
import { weakerGrade } from '../../measurements/domain/measurement.enums.js';
import { forecastMean, linearTrend } from '../../statistics/index.js';
import type { InputUncertainty } from './savings-simulation.js';

/** Whole months a forecast from month-to-month variation needs (methodology section 4). */
export const MIN_FORECAST_MONTHS = 6;
/** A linear trend is extrapolated only when its slope differs from 0 at this two-sided level. */
export const TREND_SIGNIFICANCE = 0.05;
/** A trend carried over the horizon this far from the months' level is pointed out (methodology section 2). */
export const TREND_DEPARTURE_WARNING = 0.25;

/** How a measured input was forecast over the horizon from its monthly values. */
export interface MonthlyForecast {
  /** LEVEL: the months' mean; TREND: the least squares line, extrapolated. */
  model: 'LEVEL' | 'TREND';
  months: number;
  /** Per month, in the input's unit per month (cases, or minutes per case), and its two-sided p-value. */
  slopePerMonth: number;
  slopePValue: number;
  /** The months' mean, per month: what LEVEL forecasts, and what a TREND is compared with. */
  levelPerMonth: number;
  horizonMonths: number;
}

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
  /** Present when the range comes from month-to-month variation (savings-2), not sampling error alone. */
  forecast?: MonthlyForecast;
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
      grade = weakerGrade(grade, 'ESTIMATE');
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

/**
 * A measured input's value and range over the horizon from its whole months (at least
 * MIN_FORECAST_MONTHS): the mean of the horizon's months forecast on the months' level, or on
 * their least squares trend when its slope is significant, with the prediction error of that
 * mean (forecastMean: the months' own variation plus the fitted line's), drawn as Student t.
 * `perYear` scales a monthly value to the input's unit (12 for a monthly volume, 1 for minutes).
 */
export function forecastFromMonths(values: readonly number[], horizonMonths: number, perYear: number): { value: number; uncertainty: InputUncertainty; forecast: MonthlyForecast } {
  const fit = linearTrend(values);
  const trend = fit.slopePValue < TREND_SIGNIFICANCE;
  const predicted = forecastMean(values, values.length, horizonMonths, trend);
  return {
    value: Math.max(0, predicted.mean) * perYear,
    uncertainty: { kind: 'FORECAST', standardError: predicted.standardError * perYear, degreesOfFreedom: predicted.degreesOfFreedom },
    forecast: { model: trend ? 'TREND' : 'LEVEL', months: values.length, slopePerMonth: fit.slope, slopePValue: fit.slopePValue, levelPerMonth: fit.meanY, horizonMonths },
  };
}

function describeForecast(forecast: MonthlyForecast, unit: string): string {
  const years = forecast.horizonMonths / 12;
  const p = forecast.slopePValue < 0.001 ? 'p < 0.001' : `p = ${forecast.slopePValue.toPrecision(2)}`;
  return forecast.model === 'TREND'
    ? `forecast over ${years} year(s) on the trend of ${forecast.months} whole months (${forecast.slopePerMonth >= 0 ? '+' : ''}${forecast.slopePerMonth.toPrecision(3)} ${unit} a month, ${p}), range from their month-to-month variation`
    : `forecast over ${years} year(s) on the level of ${forecast.months} whole months (no significant trend, ${p}), range from their month-to-month variation`;
}

/**
 * A straight line carried for years past the months it was fitted to can run far: when the
 * trend's forecast is cut at 0 or lies more than TREND_DEPARTURE_WARNING from the months' level,
 * the score says so, with the usual causes (a last month still filling, a one-off change).
 */
function trendWarning(forecast: MonthlyForecast, value: number, perYear: number, what: string): string | null {
  if (forecast.model !== 'TREND') return null;
  const years = forecast.horizonMonths / 12;
  if (value === 0) {
    return `${what}: the trend of ${forecast.months} whole months reaches 0 within ${years} year(s), so the forecast is cut at 0: check that the baseline's last months are complete and that the decline will go on`;
  }
  const level = forecast.levelPerMonth * perYear;
  const departure = level > 0 ? value / level - 1 : 0;
  if (Math.abs(departure) <= TREND_DEPARTURE_WARNING) return null;
  return (
    `${what}: the trend of ${forecast.months} whole months, carried over ${years} year(s), puts the forecast ${Math.abs(departure * 100).toFixed(0)}% ` +
    `${departure > 0 ? 'above' : 'below'} the months' level: check that it will go on (a month still filling, a one-off change)`
  );
}

/**
 * savings-2: measured volume and handling time take their range from month-to-month variation
 * over the horizon when the baseline has enough whole months; otherwise they keep the sampling
 * error and a warning says the range is narrower than a forecast's.
 */
function withMonthlyForecasts(inputs: EstimatorInputs, baseline: BaselineEvidence | null, horizonYears: number): EstimatorInputs {
  if (!baseline) return inputs;
  const series = baseline.figures.monthlySeries;
  const whole = (series ?? []).filter((month: MonthFigures) => month.whole);
  const horizonMonths = 12 * horizonYears;
  const warnings = [...inputs.warnings];
  let { annualVolume, handlingMinutes } = inputs;
  const measured = [annualVolume, handlingMinutes].some((input) => input.source === 'BASELINE');
  if (annualVolume.source === 'BASELINE' && whole.length >= MIN_FORECAST_MONTHS) {
    const { value, uncertainty, forecast } = forecastFromMonths(whole.map((month) => month.cases), horizonMonths, 12);
    annualVolume = { value, source: 'BASELINE', uncertainty, forecast, note: `annual volume: ${describeForecast(forecast, 'cases')} in baseline "${baseline.periodLabel}"` };
    const warning = trendWarning(forecast, value, 12, 'annual volume');
    if (warning) warnings.push(warning);
  }
  const handled = whole.filter((month) => month.handlingMean !== null);
  if (handlingMinutes.source === 'BASELINE' && handled.length >= MIN_FORECAST_MONTHS) {
    const { value, uncertainty, forecast } = forecastFromMonths(handled.map((month) => month.handlingMean ?? 0), horizonMonths, 1);
    handlingMinutes = { value, source: 'BASELINE', uncertainty, forecast, note: `handling minutes: ${describeForecast(forecast, 'minutes')} in baseline "${baseline.periodLabel}"` };
    const warning = trendWarning(forecast, value, 1, 'handling minutes');
    if (warning) warnings.push(warning);
  }
  if (measured && !annualVolume.forecast && !handlingMinutes.forecast) {
    warnings.push(
      series === undefined
        ? 'baseline figures without monthly series (computed before baseline-2): ranges count sampling error only'
        : `fewer than ${MIN_FORECAST_MONTHS} whole months measured: ranges count sampling error only, not month-to-month variation`,
    );
  }
  return { ...inputs, annualVolume, handlingMinutes, warnings };
}

/** The inputs from the best evidence, with forecasts over `horizonYears` where monthly figures allow. */
export function chooseEstimatorInputs(baseline: BaselineEvidence | null, estimates: OwnerEstimates, horizonYears: number): EstimatorInputs {
  return withMonthlyForecasts(inputStrategyFor(baseline).choose(baseline, estimates), baseline, horizonYears);
}
