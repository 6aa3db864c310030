import { type ClaimStatement } from '../claim.js';
import { type PeriodEvidence, testClaim } from '../ex-post.js';
import type { PeerProcess } from '../shared-trend.js';

const CLAIM: ClaimStatement = { metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5 };
function period(label: string, startsOn: string, endsOn: string, mean: number): PeriodEvidence {
  return { label, startsOn, endsOn, grade: 'CASE_SAMPLE', cases: 400, months: 12, handling: { n: 400, mean, sd: mean / 2 }, lead: null, reaction: null, errors: null, annualVolume: 4800, serviceHoursPerWeek: null, handlingByMonth: null };
}
const before = (mean: number) => period('2025', '2025-01-01', '2025-12-31', mean);
const after = (mean: number) => period('2026', '2026-01-01', '2026-06-30', mean);

/* The whole office got 55% faster in 2026 (a new records system), and no robot was installed. */
const TREATED = { baseline: before(12), after: after(12 * 0.45) };
const PEERS: PeerProcess[] = [
  { processId: 'b', name: 'Building permits', category: 'PERMITS', automated: false, baseline: before(30), after: after(30 * 0.45) },
  { processId: 'c', name: 'Correspondence', category: 'CORRESPONDENCE', automated: false, baseline: before(6), after: after(6 * 0.46) },
  { processId: 'p', name: 'Parking permits', category: 'PERMITS', automated: true, baseline: before(8), after: after(8 * 0.2) },
  // Measured in other years: not the same periods, so not compared.
  { processId: 'o', name: 'Old survey', category: 'PERMITS', automated: false, baseline: period('2019', '2019-01-01', '2019-12-31', 9), after: period('2020', '2020-01-01', '2020-12-31', 4) },
];

describe('a shared trend is not an effect (claims-2)', () => {
  it('without a control: SUPPORTED on the numbers, but warns that the office moved the same way and suggests a control', () => {
    const result = testClaim({ claim: CLAIM, ...TREATED, category: 'PERMITS', peers: PEERS });
    expect(result.verdict).toBe('SUPPORTED');
    expect(result.explanation).toMatch(/without a control process/);
    // Largest change first; the automated process and the one measured in other years are not compared.
    expect(result.sharedTrend?.processes.map((peer) => peer.name)).toEqual(['Building permits', 'Correspondence']);
    expect(result.sharedTrend?.warning).toMatch(/2 other process\(es\) of the office, not automated and measured in the same periods, improved the same way: "Building permits" 55\.0%/);
    expect(result.suggestedControl).toEqual({ processId: 'b', processName: 'Building permits', reason: 'same category, not in pilot or automated, measured in the same two periods' });
    expect(result.notes).toEqual(expect.arrayContaining([result.sharedTrend?.warning, 'suggested control process: "Building permits" (same category, not in pilot or automated, measured in the same two periods)']));
  });

  it('with the suggested control: no effect of the robot, and the verdict says a control was used', () => {
    const control = PEERS[0];
    const result = testClaim({ claim: CLAIM, ...TREATED, category: 'PERMITS', peers: PEERS, control: { name: control.name, baseline: control.baseline, after: control.after } });
    expect(result.verdict).toBe('CONTRADICTED');
    expect(result.estimate).toBeCloseTo(0, 12);
    expect(result.explanation).toMatch(/against the control process "Building permits" \(difference in differences: assumes both would have moved alike without the robot\)/);
    expect(result.sharedTrend).toBeNull();
    expect(result.suggestedControl).toBeNull();
  });

  it('stays quiet when the other processes did not move', () => {
    const still: PeerProcess[] = [{ ...PEERS[0], after: after(30) }];
    expect(testClaim({ claim: CLAIM, ...TREATED, category: 'PERMITS', peers: still }).sharedTrend).toBeNull();
  });
});
