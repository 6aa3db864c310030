import { monthlySeries } from '../baseline-figures.js';

/** Days since 1970-01-01 of a date, as the covered span of a period's cases is given. */
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const ALL = { first: day('2000-01-01'), last: day('2099-12-31') };

describe('monthly series of a period (baseline-2.1)', () => {
  it('lists every month the period touches, whole or not, with 0 where no case came', () => {
    const tallies = new Map([
      [2025 * 12 + 0, { cases: 3, handlingN: 2, handlingHundredths: 1250 + 750 }],
      [2025 * 12 + 2, { cases: 1, handlingN: 0, handlingHundredths: 0 }],
      // A case outside the period (a month it does not touch) is not listed.
      [2025 * 12 + 5, { cases: 9, handlingN: 9, handlingHundredths: 900 }],
    ]);
    expect(monthlySeries('2025-01-01', '2025-03-15', tallies, ALL)).toEqual([
      { month: '2025-01', whole: true, cases: 3, handlingN: 2, handlingMean: 10 },
      { month: '2025-02', whole: true, cases: 0, handlingN: 0, handlingMean: null },
      { month: '2025-03', whole: false, cases: 1, handlingN: 0, handlingMean: null },
    ]);
  });

  it('knows the last day of each month, leap years included', () => {
    expect(monthlySeries('2024-02-02', '2024-02-29', new Map(), ALL)[0].whole).toBe(false);
    expect(monthlySeries('2024-02-01', '2024-02-29', new Map(), ALL)[0].whole).toBe(true);
    expect(monthlySeries('2023-02-01', '2023-02-28', new Map(), ALL)[0].whole).toBe(true);
    expect(monthlySeries('2025-12-01', '2026-01-30', new Map(), ALL).map((month) => [month.month, month.whole])).toEqual([
      ['2025-12', true],
      ['2026-01', false],
    ]);
  });

  it('counts a month whole only inside the days its cases cover, as the annual volume does', () => {
    // A period set for the whole of 2025 whose cases run from 14 March to 24 November: January,
    // February, March (begun mid-month), November (ended a week early) and December are not months
    // of the office's data.
    const series = monthlySeries('2025-01-01', '2025-12-31', new Map(), { first: day('2025-03-14'), last: day('2025-11-23') });
    expect(series.filter((month) => month.whole).map((month) => month.month)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10']);
    // A first case on 7 January (1 January a holiday, then a weekend and Epiphany) and a last on
    // 29 December still cover those months: a week's grace at each end; 8 January and 24 December do not.
    const office = monthlySeries('2026-01-01', '2026-12-31', new Map(), { first: day('2026-01-07'), last: day('2026-12-29') });
    expect(office.filter((month) => month.whole)).toHaveLength(12);
    expect(monthlySeries('2026-01-01', '2026-12-31', new Map(), { first: day('2026-01-08'), last: day('2026-12-24') }).filter((month) => month.whole).map((month) => month.month)).toEqual([
      '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    expect(series).toHaveLength(12);
    // No cases: no month of data.
    expect(monthlySeries('2025-01-01', '2025-12-31', new Map(), null).some((month) => month.whole)).toBe(false);
  });
});
