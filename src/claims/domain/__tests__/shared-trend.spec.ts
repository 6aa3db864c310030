import { type ClaimStatement } from '../claim.js';
import { testClaim } from '../ex-post.js';
import type { PeriodEvidence } from '../period-evidence.js';
import { baselineTrend, type PeerProcess } from '../shared-trend.js';

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

describe("the process's own trend before the pilot (claims-2)", () => {
  // Twelve baseline months, each 3% faster than the one before, with a little noise: nobody else to compare with.
  const noise = [0.01, -0.012, 0.004, 0.008, -0.006, 0.002, -0.009, 0.011, -0.003, 0.005, -0.007, 0.001];
  const months = noise.map((wobble, index) => ({ month: `2025-${String(index + 1).padStart(2, '0')}`, mean: 12 * Math.exp(Math.log(0.97) * index + wobble) }));
  const falling: PeriodEvidence = { ...before(10.5), handlingByMonth: months };

  it('warns that a before/after change carries a trend the process was already on', () => {
    const result = testClaim({ claim: { ...CLAIM, magnitude: 0.3 }, baseline: falling, after: after(7) });
    const trend = baselineTrend(CLAIM, falling, 0.05);
    expect(trend?.months).toBe(12);
    // Reference: numpy.polyfit on the logs of the twelve means gives a slope of -0.0306760; exp(slope) - 1 = -0.0302103.
    expect(trend?.changePerMonth).toBeCloseTo(-0.0302103, 6);
    expect(trend?.pValue).toBeLessThan(1e-6);
    expect(result.notes).toContain(trend?.warning);
    expect(trend?.warning).toMatch(/already falling 3\.0% a month \(12 baseline months, p = /);
  });

  it('says nothing when the trend runs against the claim, with a control, or with too few months', () => {
    const rising: PeriodEvidence = { ...falling, handlingByMonth: months.map((month, index) => ({ ...month, mean: 12 * 1.03 ** index })) };
    expect(baselineTrend(CLAIM, rising, 0.05)).toBeNull();
    expect(baselineTrend(CLAIM, { ...falling, handlingByMonth: months.slice(0, 3) }, 0.05)).toBeNull();
    const controlled = testClaim({ claim: CLAIM, baseline: falling, after: after(7), control: { name: 'c', baseline: before(10), after: after(10) } });
    expect(controlled.notes.some((note) => note.includes('already falling'))).toBe(false);
  });
});
