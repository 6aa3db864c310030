import { assessCandidate } from '../candidate-assessor.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

describe('edge case: the net benefit is below the running cost', () => {
  // 1 200 invoices a year: Va = 1 056; H = 79.2 h; labour 4 910.40; errors 1 161.60;
  // R = 36 000; B = 4 910.40 + 1 161.60 - 36 000 = -29 928.
  const assessment = assessCandidate({ ...WORKED_EXAMPLE, estimates: { ...WORKED_EXAMPLE.estimates, monthlyVolume: 100 } });

  it('reports a negative benefit, no payback and a negative NPV', () => {
    expect(assessment.point.hoursSaved).toBeCloseTo(79.2, 9);
    expect(assessment.point.netAnnualBenefit).toBeCloseTo(-29_928, 6);
    expect(assessment.point.paybackMonths).toBeNull();
    // NPV = -30 000 - 29 928 x 2.723248 = -111 501.37
    expect(assessment.point.npv).toBeCloseTo(-111_501.37, 2);
    expect(assessment.warnings).toEqual(
      expect.arrayContaining(['benefit below running cost: the bot costs more per year than it saves', 'negative NPV at P50']),
    );
  });
});
