import { EQUAL_WEIGHTS, quadrantOf, scoreReadiness, validateWeights } from '../readiness-score.js';
import { WORKED_EXAMPLE } from '../worked-example.js';

describe('readiness: organization weights and quadrants', () => {
  it('weights the Ease of Implementation components as the organization sets them', () => {
    // Components 0.6, 0.7, 2/3, 0.7, 1 with weights 3, 1, 1, 1, 0: (1.8 + 0.7 + 0.6667 + 0.7) / 6 = 0.644444
    const score = scoreReadiness(WORKED_EXAMPLE.readiness, { ...EQUAL_WEIGHTS, stability: 3, documentation: 0 });
    expect(score.easeOfImplementation).toBeCloseTo(64.4444, 4);
    expect(score.weights).toEqual({ ...EQUAL_WEIGHTS, stability: 3, documentation: 0 });
  });

  it('refuses negative or all-zero weights', () => {
    expect(validateWeights({ ...EQUAL_WEIGHTS, stability: -1 })).toEqual(['stability weight must be a non-negative number']);
    expect(validateWeights({ stability: 0, standardisation: 0, structuredInput: 0, applicationComplexity: 0, documentation: 0 })).toEqual([
      'at least one weight must be positive',
    ]);
    expect(() => scoreReadiness(WORKED_EXAMPLE.readiness, { ...EQUAL_WEIGHTS, documentation: -2 })).toThrow(RangeError);
  });

  it('places the quadrant boundaries at 50 inclusive', () => {
    expect(quadrantOf(50, 50)).toBe('QUICK_WIN');
    expect(quadrantOf(50, 49.99)).toBe('STRATEGIC');
    expect(quadrantOf(49.99, 50)).toBe('LOW_VALUE');
    expect(quadrantOf(10, 10)).toBe('NOT_READY');
  });

  it('counts unknown standardisation as 0.5 and warns; steps without minutes count per step', () => {
    const steps = WORKED_EXAMPLE.readiness.steps.map((step) => ({ ...step, minutesPerCase: 0 }));
    const score = scoreReadiness({ ...WORKED_EXAMPLE.readiness, steps, standardisation: null });
    expect(score.automatableShare).toBeCloseTo(3 / 5, 12);
    expect(score.automatableShareReason).toMatch(/counted per step/);
    expect(score.components[1]).toMatchObject({ name: 'standardisation', value: 0.5 });
    expect(score.warnings).toContain('standardisation unknown: counted as 0.5 until measured or estimated');
  });

  it('honours a step explicitly marked automatable', () => {
    const steps = WORKED_EXAMPLE.readiness.steps.map((step, index) => (index === 2 ? { ...step, automatableOverride: true } : step));
    expect(scoreReadiness({ ...WORKED_EXAMPLE.readiness, steps }).automatableShare).toBeCloseTo(8.5 / 9, 12);
  });
});
