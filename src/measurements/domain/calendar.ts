/**
 * Calendar arithmetic on the proleptic Gregorian calendar without making Date objects: the
 * import runs it several times per row of a million-row file.
 */

export const MICROS_PER_SECOND = 1_000_000;
export const MICROS_PER_DAY = 86_400 * MICROS_PER_SECOND;

/** Days from 1970-01-01 to a date (month 1-12); H. Hinnant's days_from_civil. */
export function civilDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Years with precomputed month starts: the years an import accepts, and a margin. */
const FIRST_YEAR = 1890;
const LAST_YEAR = 2111;
/** Microseconds since 1970 at the start of each month (13 per year: the 13th is the next 1 January). */
const MONTH_STARTS = new Float64Array((LAST_YEAR - FIRST_YEAR + 1) * 13);
for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
  for (let month = 0; month < 13; month += 1) {
    MONTH_STARTS[(year - FIRST_YEAR) * 13 + month] = civilDays(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) * MICROS_PER_DAY;
  }
}
const MICROS_PER_AVERAGE_YEAR = 365.2425 * MICROS_PER_DAY;

function monthStart(year: number, month: number): number {
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return MONTH_STARTS[(year - FIRST_YEAR) * 13 + month];
  return civilDays(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) * MICROS_PER_DAY;
}

/** The calendar year of a time in microseconds since 1970 (read as UTC). */
export function yearOfMicros(micros: number): number {
  const year = 1970 + Math.floor(micros / MICROS_PER_AVERAGE_YEAR);
  if (micros < monthStart(year, 0)) return year - 1;
  return micros >= monthStart(year, 12) ? year + 1 : year;
}

/** The month of a time in microseconds since 1970 (read as UTC), as `year * 12 + month index`. */
export function monthOfMicros(micros: number): number {
  const year = yearOfMicros(micros);
  // Months are at most 31 days long, so this estimate is never past the month.
  let month = Math.min(11, Math.floor((micros - monthStart(year, 0)) / MICROS_PER_DAY / 31));
  while (month < 11 && micros >= monthStart(year, month + 1)) month += 1;
  return year * 12 + month;
}
