import { assessCandidate } from '../candidate-assessor.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

describe('edge case: a grant larger than the implementation cost', () => {
  const assessment = assessCandidate({ ...WORKED_EXAMPLE, costs: { ...WORKED_EXAMPLE.costs, implementationCost: 40_000, grant: 50_000 } });

  it('pays back at once and counts the surplus grant as a gain', () => {
    // R = 20 000 + 0.2 x 40 000 = 28 000; B = 49 104 + 11 616 - 28 000 = 32 720
    // NPV = +10 000 + 32 720 x 2.723248 = 99 104.68
    expect(assessment.point.paybackMonths).toBe(0);
    expect(assessment.point.netAnnualBenefit).toBeCloseTo(32_720, 6);
    expect(assessment.point.npv).toBeCloseTo(99_104.68, 2);
    // -NPV / (A C) = -99 104.68 / (2.723248 x 133 200) = -0.273214 (the surplus grant spread as an annuity)
    expect(assessment.point.relativeCostChange).toBeCloseTo(-0.273214, 6);
  });
});
