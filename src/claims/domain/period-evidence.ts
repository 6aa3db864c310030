import type { MonthlyMean } from './monthly-did.js';

/**
 * What an after-pilot test reads (the measured periods, the costs) and how it is run: shared by
 * the test itself (ex-post), the pilot plan and the shared-trend check, which ex-post calls.
 */

/** Months per period below which monthly totals give no verdict. */
export const MIN_MONTHS = 3;

/** A mean per case with its spread; `values` only for small samples (the bootstrap needs them). */
export interface MeanSample {
  n: number;
  mean: number;
  sd: number;
  values?: readonly number[];
}

export interface RateSample {
  n: number;
  events: number;
}

/** What one period measured (BASELINE or AFTER). */
export interface PeriodEvidence {
  label: string;
  /** The period's dates (YYYY-MM-DD): periods of two processes are "the same" when they overlap. */
  startsOn: string | null;
  endsOn: string | null;
  /** Months are the sample units of MONTHLY_TOTALS: `handling.n` then counts months. */
  grade: 'EVENT_LOG' | 'CASE_SAMPLE' | 'MONTHLY_TOTALS';
  cases: number;
  months: number;
  handling: MeanSample | null;
  lead: MeanSample | null;
  reaction: MeanSample | null;
  errors: RateSample | null;
  annualVolume: number | null;
  serviceHoursPerWeek: number | null;
  /** Whole months' mean handling minutes (baseline-2 figures); null when the figures have no monthly series. */
  handlingByMonth: MonthlyMean[] | null;
}

export interface CostParameters {
  hourlyLabourCost: number;
  costPerError: number;
  /** Bot licences and maintenance per year after automation, spread over the AFTER volume. */
  runningCostPerYear: number;
}

export interface ExPostOptions {
  alpha: number;
  seed: number;
  bootstrapDraws: number;
  /** Cases per period below which the verdict is INSUFFICIENT_DATA (months: MIN_MONTHS). */
  minCases: number;
}
