import { monthlySeries } from '../baseline-figures.js';

describe('monthly series of a period (baseline-2)', () => {
  it('lists every month the period touches, whole or not, with 0 where no case came', () => {
    const tallies = new Map([
      [2025 * 12 + 0, { cases: 3, handlingN: 2, handlingHundredths: 1250 + 750 }],
      [2025 * 12 + 2, { cases: 1, handlingN: 0, handlingHundredths: 0 }],
      // A case outside the period (a month it does not touch) is not listed.
      [2025 * 12 + 5, { cases: 9, handlingN: 9, handlingHundredths: 900 }],
    ]);
    expect(monthlySeries('2025-01-01', '2025-03-15', tallies)).toEqual([
      { month: '2025-01', whole: true, cases: 3, handlingN: 2, handlingMean: 10 },
      { month: '2025-02', whole: true, cases: 0, handlingN: 0, handlingMean: null },
      { month: '2025-03', whole: false, cases: 1, handlingN: 0, handlingMean: null },
    ]);
  });

  it('knows the last day of each month, leap years included', () => {
    expect(monthlySeries('2024-02-02', '2024-02-29', new Map())[0].whole).toBe(false);
    expect(monthlySeries('2024-02-01', '2024-02-29', new Map())[0].whole).toBe(true);
    expect(monthlySeries('2023-02-01', '2023-02-28', new Map())[0].whole).toBe(true);
    expect(monthlySeries('2025-12-01', '2026-01-30', new Map()).map((month) => [month.month, month.whole])).toEqual([
      ['2025-12', true],
      ['2026-01', false],
    ]);
  });
});
