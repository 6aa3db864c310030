import { afterPeriodSpec, syntheticCases, type SyntheticPeriodSpec } from '../synthetic-pilot.js';
import { testClaim } from '../ex-post.js';
import type { PeriodEvidence } from '../period-evidence.js';

/** Summarises synthetic cases as a period's evidence, the way baseline figures would. */
function evidence(label: string, cases: ReturnType<typeof syntheticCases>): PeriodEvidence {
  const minutes = cases.map((c) => c.handlingMinutes);
  const mean = minutes.reduce((sum, value) => sum + value, 0) / minutes.length;
  const sd = Math.sqrt(minutes.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (minutes.length - 1));
  return {
    label,
    startsOn: null,
    endsOn: null,
    grade: 'CASE_SAMPLE',
    cases: cases.length,
    months: 12,
    handling: { n: cases.length, mean, sd, values: cases.length < 30 ? minutes : undefined },
    lead: null,
    reaction: null,
    errors: { n: cases.length, events: cases.filter((c) => c.error).length },
    annualVolume: cases.length,
    serviceHoursPerWeek: null,
    handlingByMonth: null,
  };
}

const BASELINE: SyntheticPeriodSpec = { cases: 400, meanMinutes: 12, minutesCv: 0.5, meanReactionHours: 8, errorRate: 0.05 };
const EFFECT = { handlingTime: 0.5, errorRate: 0, reactionTime: 0 };

describe('synthetic check (methodology section 6): a known 50% reduction of handling time', () => {
  const before = evidence('before', syntheticCases(BASELINE, 1));
  const after = evidence('after', syntheticCases(afterPeriodSpec(BASELINE, 400, EFFECT), 2));
  const claim = (magnitude: number) => ({ metric: 'HANDLING_TIME' as const, direction: 'DECREASE' as const, magnitude });

  it('supports a claim of 40% with enough cases', () => {
    const result = testClaim({ claim: claim(0.4), baseline: before, after });
    expect(result.verdict).toBe('SUPPORTED');
    expect(result.method).toBe('DELTA_LOG');
    expect(result.lower!).toBeGreaterThanOrEqual(0.4);
    expect(result.estimate!).toBeGreaterThan(0.45);
    expect(result.estimate!).toBeLessThan(0.55);
  });

  it('contradicts a claim of 70%', () => {
    const result = testClaim({ claim: claim(0.7), baseline: before, after });
    expect(result.verdict).toBe('CONTRADICTED');
    expect(result.upper!).toBeLessThan(0.7);
    expect(result.explanation).toMatch(/falls short of the promised 70%/);
  });

  it('is inconclusive with too few cases, and says how many would decide', () => {
    const noisy = { ...BASELINE, minutesCv: 1.2 };
    const fewBefore = evidence('before', syntheticCases({ ...noisy, cases: 35 }, 3));
    const fewAfter = evidence('after', syntheticCases(afterPeriodSpec({ ...noisy, cases: 35 }, 35, EFFECT), 4));
    const result = testClaim({ claim: claim(0.4), baseline: fewBefore, after: fewAfter });
    expect(result.verdict).toBe('INCONCLUSIVE');
    expect(result.casesNeededPerPeriod).toBeGreaterThan(35);
  });

  it('reports insufficient data below 30 cases per period instead of guessing', () => {
    const tiny = evidence('tiny', syntheticCases({ ...BASELINE, cases: 12 }, 5));
    const result = testClaim({ claim: claim(0.4), baseline: tiny, after });
    expect(result.verdict).toBe('INSUFFICIENT_DATA');
    expect(result.explanation).toMatch(/at least 30 cases per period, has 12 and 400/);
  });

  it('gives the same verdict and interval for the same seed', () => {
    expect(testClaim({ claim: claim(0.4), baseline: before, after })).toEqual(testClaim({ claim: claim(0.4), baseline: before, after }));
  });
});
