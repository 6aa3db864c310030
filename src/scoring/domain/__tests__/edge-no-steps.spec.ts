import { assessCandidate } from '../candidate-assessor.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

describe('edge case: a process with no workflow steps', () => {
  const assessment = assessCandidate({ ...WORKED_EXAMPLE, readiness: { ...WORKED_EXAMPLE.readiness, steps: [] } });

  it('has nothing automatable and says why', () => {
    expect(assessment.readiness.automatableShare).toBe(0);
    expect(assessment.readiness.automationPotential).toBe(0);
    expect(assessment.readiness.automatableShareReason).toMatch(/no workflow steps/);
    expect(assessment.warnings).toContain('no workflow steps: describe the steps to get a readiness score');
  });

  it('is no candidate: no bot, no implementation, no maintenance, no supervision (savings-2)', () => {
    // savings-1 charged it -176 h of supervision and 16 000 a year of maintenance for nothing.
    expect(assessment.point).toMatchObject({ candidate: false, notCandidateReason: 'NO_AUTOMATABLE_WORK', botsNeeded: 0, hoursSaved: 0, runningCost: 0, npv: 0 });
    expect(assessment.point.paybackMonths).toBeNull();
    expect(assessment.point.relativeCostChange).toBe(0);
    expect(assessment.simulation).toMatchObject({ candidate: false, npv: { p10: 0, p50: 0, p90: 0 }, probabilityPositiveNpv: 0 });
    expect(assessment.warnings).toContain('not a candidate: no automatable work in a case (a = 0 or no handling time); nothing is charged or saved');
    expect(assessment.warnings).not.toContain('negative NPV at P50');
    expect(assessment.explanation).toMatch(/^not a candidate: no automatable work/);
    expect(assessment.readiness.quadrant).toBe('LOW_VALUE');
  });
});
