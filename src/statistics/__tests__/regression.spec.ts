import { forecastMean, linearTrend } from '../regression.js';

// Reference values: scipy.stats.linregress (slope, intercept, stderr, pvalue) and the prediction
// formula written out in numpy (python3, numpy 2.4, scipy 1.17), not this module's code.
const MONTHS = [812, 845, 790, 880, 861, 905, 899, 930, 918, 960, 944, 987];

describe('linearTrend', () => {
  it('fits a rising monthly series as scipy does', () => {
    const fit = linearTrend(MONTHS);
    expect(fit.slope).toBeCloseTo(15.374125874125873, 11);
    expect(fit.intercept).toBeCloseTo(809.6923076923077, 10);
    expect(fit.slopeStandardError).toBeCloseTo(1.8601891522992102, 11);
    expect(fit.slopePValue / 8.842784507193971e-6).toBeCloseTo(1, 8);
  });

  it('finds no trend in a flat, noisy series', () => {
    const fit = linearTrend([5.1, 4.9, 5.3, 5.0, 4.8, 5.2, 5.1]);
    expect(fit.slope).toBeCloseTo(0.0035714285714285587, 12);
    expect(fit.slopeStandardError).toBeCloseTo(0.0355352656109507, 12);
    expect(fit.slopePValue).toBeCloseTo(0.923849960684889, 10);
  });

  it('treats a perfect line and a constant as certain', () => {
    expect(linearTrend([1, 2, 3, 4]).slopePValue).toBe(0);
    expect(linearTrend([2, 2, 2]).slopePValue).toBe(1);
    expect(() => linearTrend([1, 2])).toThrow(RangeError);
  });
});

describe('forecastMean', () => {
  it('forecasts the next 36 months on the trend with the prediction error', () => {
    const forecast = forecastMean(MONTHS, 12, 36, true);
    expect(forecast.mean).toBeCloseTo(1263.229020979021, 9);
    expect(forecast.standardError).toBeCloseTo(45.25610789444242, 10);
    expect(forecast.degreesOfFreedom).toBe(10);
  });

  it('forecasts on the level when no trend is used', () => {
    const forecast = forecastMean(MONTHS, 12, 36, false);
    expect(forecast.mean).toBeCloseTo(894.25, 10);
    expect(forecast.standardError).toBeCloseTo(19.783742432777085, 10);
    expect(forecast.degreesOfFreedom).toBe(11);
  });
});
