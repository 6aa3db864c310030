import * as statistics from '../index.js';

describe('statistics index', () => {
  it('re-exports exactly the public functions of the module', () => {
    expect(Object.keys(statistics).sort()).toEqual(
      [
        'bootstrapMeanInterval',
        'forecastMean',
        'linearTrend',
        'proportionStandardError',
        'quantileStandardError',
        'roundToStandardError',
        'sampleStudentT',
        'triangularQuantile',
        'histogram',
        'katzRiskRatioInterval',
        'normalCdf',
        'normalQuantile',
        'quantileSorted',
        'quantilesInPlace',
        'ratioOfMeansInterval',
        'sampleBeta',
        'sampleNormal',
        'sampleTriangular',
        'seededRandom',
        'studentTCdf',
        'studentTQuantile',
        'tIntervalOfMean',
        'wilsonInterval',
      ].sort(),
    );
  });
});
