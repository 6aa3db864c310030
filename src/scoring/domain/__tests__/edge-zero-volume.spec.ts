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
    // savings-1 charged maintenance and the net investment: NPV -73 571.97 for no case at all.
    expect(assessment.point).toMatchObject({ candidate: false, notCandidateReason: 'NO_CASES_FOR_A_BOT', npv: 0, runningCost: 0 });
    expect(assessment.point.paybackMonths).toBeNull();
    expect(assessment.simulation.probabilityPositiveNpv).toBe(0);
    expect(assessment.warnings).not.toContain('negative NPV at P50');
  });
});
