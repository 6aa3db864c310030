import { assessCandidate } from '../candidate-assessor.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

describe('edge case: exception rate 1 (every case needs human judgement)', () => {
  const assessment = assessCandidate({ ...WORKED_EXAMPLE, readiness: { ...WORKED_EXAMPLE.readiness, exceptionRate: 1 } });

  it('has no automation potential and automates no case', () => {
    expect(assessment.readiness.automationPotential).toBe(0);
    expect(assessment.readiness.quadrant).toBe('LOW_VALUE');
    expect(assessment.point.automatedCasesPerYear).toBe(0);
    expect(assessment.point.hoursSaved).toBe(0);
    expect(assessment.point.errorSavings).toBe(0);
    expect(assessment.point.botsNeeded).toBe(0);
    expect(assessment.point.notCandidateReason).toBe('NO_CASES_FOR_A_BOT');
    expect(assessment.point.runningCost).toBe(0);
    expect(assessment.point.npv).toBe(0);
    expect(assessment.warnings).toContain(
      'not a candidate: no case a bot would handle (no volume, or every case needs human judgement); nothing is charged or saved',
    );
  });
});
