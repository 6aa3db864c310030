import { assessCandidate } from '../candidate-assessor.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

/*
 * The worked example automates h a = 9 x 5.5/9 = 5.5 minutes of each case. The candidacy rule
 * (savings-2): a candidate only when h a > s, the supervision minutes per automated case.
 */
describe('edge case: supervision as long as the automated work', () => {
  const withSupervision = (supervisionMinutes: number) => assessCandidate({ ...WORKED_EXAMPLE, costs: { ...WORKED_EXAMPLE.costs, supervisionMinutes } });

  it('is no candidate when supervising takes as long as the work automated (h a = s)', () => {
    const assessment = withSupervision(5.5);
    expect(assessment.point).toMatchObject({ candidate: false, notCandidateReason: 'SUPERVISION_NOT_LESS_THAN_WORK', hoursSaved: 0, runningCost: 0, npv: 0 });
    expect(assessment.simulation.candidate).toBe(false);
  });

  it('is no candidate when supervising takes longer (h a < s), whatever it would cost', () => {
    expect(withSupervision(6).point.notCandidateReason).toBe('SUPERVISION_NOT_LESS_THAN_WORK');
  });

  it('is a candidate just above the line, charged supervision on the cases a bot handles only', () => {
    // Va = 12 000 x (1 - 0.12) = 10 560 cases handled by the bot; H = 10 560 x (5.5 - 5.4) / 60 = 17.6 h
    const assessment = withSupervision(5.4);
    expect(assessment.point.candidate).toBe(true);
    expect(assessment.point.hoursSaved).toBeCloseTo(17.6, 9);
    expect(assessment.point.runningCost).toBe(36_000);
    expect(assessment.warnings).toContain('negative NPV at P50');
  });
});
