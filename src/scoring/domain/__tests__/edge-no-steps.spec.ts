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

  it('saves no hours, needs no bot, and still pays maintenance: a negative NPV it does not hide', () => {
    // a = 0: H = Va (0 - 1 min supervision) / 60 = -176 h; R = 0.2 x 80 000 = 16 000.
    expect(assessment.point.botsNeeded).toBe(0);
    expect(assessment.point.hoursSaved).toBeCloseTo(-176, 9);
    expect(assessment.point.runningCost).toBe(16_000);
    expect(assessment.simulation.npv.p50).toBeLessThan(0);
    expect(assessment.warnings).toContain('negative NPV at P50');
    expect(assessment.readiness.quadrant).toBe('LOW_VALUE');
  });
});
