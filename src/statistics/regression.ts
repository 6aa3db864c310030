import { studentTCdf } from './distributions.js';

/** An ordinary least squares line through equally spaced values (x = 0, 1, ..., n − 1). */
export interface LinearTrend {
  n: number;
  intercept: number;
  slope: number;
  slopeStandardError: number;
  /** Two-sided p-value of the slope's t statistic (n − 2 degrees of freedom). */
  slopePValue: number;
  /** Residual standard deviation, n − 2 denominator. */
  residualSd: number;
  /** Mean of the values (the level), mean of x and Σ(x − x̄)², for predictions. */
  meanY: number;
  meanX: number;
  sumSquaresX: number;
}

/**
 * Least squares fit of values against their position (e.g. Draper and Smith, Applied Regression
 * Analysis, 3rd ed., 1998, ch. 1): slope Sxy/Sxx, its standard error s/√Sxx, and the t test of a
 * zero slope. Needs at least 3 values (RangeError otherwise). A perfect fit has a standard error
 * of 0 and a p-value of 0 for a non-zero slope, 1 for a flat line.
 */
export function linearTrend(values: readonly number[]): LinearTrend {
  const n = values.length;
  if (n < 3) throw new RangeError(`a trend needs at least 3 values, got ${n}`);
  const meanX = (n - 1) / 2;
  let meanY = 0;
  for (const value of values) meanY += value / n;
  let sxx = 0;
  let sxy = 0;
  for (let x = 0; x < n; x += 1) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (values[x] - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let residualSquares = 0;
  for (let x = 0; x < n; x += 1) residualSquares += (values[x] - intercept - slope * x) ** 2;
  const residualSd = Math.sqrt(residualSquares / (n - 2));
  const slopeStandardError = residualSd / Math.sqrt(sxx);
  let slopePValue: number;
  if (slopeStandardError === 0) slopePValue = slope === 0 ? 1 : 0;
  else slopePValue = 2 * (1 - studentTCdf(Math.abs(slope / slopeStandardError), n - 2));
  return { n, intercept, slope, slopeStandardError, slopePValue, residualSd, meanY, meanX, sumSquaresX: sxx };
}

/** A forecast of the mean of future values with the standard error of that forecast. */
export interface MeanForecast {
  mean: number;
  standardError: number;
  degreesOfFreedom: number;
}

/**
 * Forecast of the mean of the m values at positions from..from + m − 1, with its prediction
 * standard error s·√(1/m + 1/n + (x̄_f − x̄)²/Sxx): the future values' own variation plus the
 * fitted line's uncertainty (Draper and Smith §1.4). With `trend` false the level model is used
 * (mean ± s·√(1/m + 1/n), s the sample sd, n − 1 degrees of freedom).
 */
export function forecastMean(values: readonly number[], from: number, m: number, trend: boolean): MeanForecast {
  const n = values.length;
  if (!(m >= 1)) throw new RangeError(`a forecast needs at least one future value, got ${m}`);
  if (trend) {
    const fit = linearTrend(values);
    const futureMeanX = from + (m - 1) / 2;
    return {
      mean: fit.intercept + fit.slope * futureMeanX,
      standardError: fit.residualSd * Math.sqrt(1 / m + 1 / n + (futureMeanX - fit.meanX) ** 2 / fit.sumSquaresX),
      degreesOfFreedom: n - 2,
    };
  }
  if (n < 2) throw new RangeError(`a level forecast needs at least 2 values, got ${n}`);
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
  return { mean, standardError: sd * Math.sqrt(1 / m + 1 / n), degreesOfFreedom: n - 1 };
}
