import { assessCandidate } from '../candidate-assessor.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

describe('edge case: zero volume', () => {
  const assessment = assessCandidate({ ...WORKED_EXAMPLE, estimates: { ...WORKED_EXAMPLE.estimates, monthlyVolume: 0 } });

  it('saves nothing, runs no bot, and the cost change is undefined (no baseline cost)', () => {
    expect(assessment.point.hoursSaved).toBe(0);
    expect(assessment.point.botsNeeded).toBe(0);
    expect(assessment.point.baselineAnnualCost).toBe(0);
    expect(assessment.point.relativeCostChange).toBeNull();
    expect(assessment.simulation.relativeCostChange).toBeNull();
    // NPV = -(80 000 - 50 000) - 16 000 x 2.723248 = -73 571.97
    expect(assessment.point.npv).toBeCloseTo(-73_571.97, 2);
    expect(assessment.point.paybackMonths).toBeNull();
    expect(assessment.simulation.probabilityPositiveNpv).toBe(0);
    expect(assessment.warnings).toEqual(expect.arrayContaining(['zero volume: nothing to automate', 'negative NPV at P50']));
  });
});
