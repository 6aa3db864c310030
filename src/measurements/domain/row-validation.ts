/**
 * Validation of imported rows, field by field, into the text COPY expects. Pure: the same
 * rules serve CSV files, XES events and GraphQL batches.
 */

import { civilDays, MICROS_PER_DAY, MICROS_PER_SECOND } from './calendar.js';

export interface RowProblem {
  /** 1-based line of the file (or item number of a batch). */
  line: number;
  /** The column (as named in the file) or XES element that is wrong. */
  column: string;
  message: string;
}

export class RowValidationError extends Error {
  constructor(readonly problem: RowProblem) {
    super(`line ${problem.line}, ${problem.column}: ${problem.message}`);
  }
}

/** Reads the fields of one row (trimmed, blanks as missing) and reports a problem at its line and column. */
export interface FieldReader<F extends string> {
  text: (field: F) => string | null;
  fail: (field: F, message: string) => never;
}

export function fieldReader<F extends string>(
  values: Partial<Record<F, string | null>>,
  line: number,
  columnOf: (field: F) => string,
): FieldReader<F> {
  return {
    text: (field) => presentText(values[field]),
    fail: (field, message) => {
      throw new RowValidationError({ line, column: columnOf(field), message });
    },
  };
}

/** A field's value trimmed, or null when it is missing or blank. */
export function presentText(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const code = text.charCodeAt(i) - 48;
    // Past the end charCodeAt gives NaN, which no comparison catches but this one.
    if (!(code >= 0 && code <= 9)) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Years a date-time may fall in: outside them it is a data error, not a case of an office's. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/** What a date-time field that readTimestamp refuses is told. */
export function notADateTime(value: string): string {
  return `not a date-time between ${EARLIEST_YEAR} and ${LATEST_YEAR}: ${JSON.stringify(value)} (use ISO 8601, e.g. 2026-03-02T09:15:00+01:00, or 02.03.2026 09:15)`;
}

/**
 * A date-time as PostgreSQL stores it, in microseconds since 1970-01-01: an instant when the
 * text carries an offset (`Z`, `+01:00`), else the office clock's reading (as if it were UTC),
 * which the organization's time zone turns into an instant (ZoneOffsets.instantOf).
 */
export interface ReadTimestamp {
  micros: number;
  local: boolean;
}

/**
 * An ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DD[T ]HH:MM[:SS[.fraction]][Z|±HH[:MM]]),
 * or a day-first date (`04.03.2025 10:15`), or undefined when malformed, not a real calendar
 * date or outside EARLIEST_YEAR-LATEST_YEAR. Fractions of a second are rounded to the
 * microsecond as PostgreSQL rounds them (half to even). Parsed by character codes: a million
 * rows pass through this three times each.
 */
export function readTimestamp(text: string): ReadTimestamp | undefined {
  const iso = text.charCodeAt(2) === 46 ? dayFirstAsIso(text) : text;
  return iso === undefined ? undefined : readIsoTimestamp(iso);
}

/**
 * A date written day first with dots, as Polish offices and spreadsheets write it
 * (`04.03.2025`, `04.03.2025 10:15`, `04.03.2025 10:15:30`), as ISO 8601 text
 * (`2025-03-04T10:15`); undefined when it is not that shape. Dots make the order unambiguous:
 * month-first dates are written with slashes, which are not read.
 */
function dayFirstAsIso(text: string): string | undefined {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [, day, month, year, hour, minute, second] = match;
  const date = `${year}-${month}-${day}`;
  return hour === undefined ? date : `${date}T${hour.padStart(2, '0')}:${minute}${second === undefined ? '' : `:${second}`}`;
}

/**
 * The text a valid timestamp is stored as: ISO 8601 as given, day-first dates rewritten as ISO
 * (without an offset they stay office-local, read in the organization's time zone).
 */
export function storedTimestamp(text: string): string {
  return text.charCodeAt(2) === 46 ? (dayFirstAsIso(text) ?? text) : text;
}

/** C's rint: to the nearest integer, halves to even (how PostgreSQL rounds a fraction of a second). */
function roundHalfEven(value: number): number {
  const rounded = Math.round(value);
  return rounded - value === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
}

function readIsoTimestamp(text: string): ReadTimestamp | undefined {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return undefined;
  if (text.length === 10) return { micros: civilDays(year, month, day) * MICROS_PER_DAY, local: true };

  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 32) || text.length < 16 || text.charCodeAt(13) !== 58) return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let second = 0;
  let fraction = 0;
  let i = 16;
  if (text.charCodeAt(i) === 58) {
    second = digits(text, 17, 2);
    if (second < 0 || second > 59) return undefined;
    i = 19;
    if (text.charCodeAt(i) === 46) {
      const start = i + 1;
      i = start;
      while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
      if (i === start || i - start > 9) return undefined;
      // The digits over their power of ten: the same double as strtod("0.<digits>") (both
      // correctly rounded), which PostgreSQL multiplies by a million and rounds.
      fraction = roundHalfEven((digits(text, start, i - start) / 10 ** (i - start)) * 1_000_000);
    }
  }
  let offsetMinutes: number | null = null;
  if (i < text.length) {
    const sign = text.charCodeAt(i);
    if (sign === 90 && i === text.length - 1) {
      offsetMinutes = 0;
    } else if (sign === 43 || sign === 45) {
      const rest = text.length - i - 1;
      const offsetHours = digits(text, i + 1, 2);
      let offsetMinute = 0;
      if (rest === 5 && text.charCodeAt(i + 3) === 58) offsetMinute = digits(text, i + 4, 2);
      else if (rest === 4) offsetMinute = digits(text, i + 3, 2);
      else if (rest !== 2) return undefined;
      if (offsetHours < 0 || offsetHours > 14 || offsetMinute < 0 || offsetMinute > 59) return undefined;
      offsetMinutes = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinute);
    } else {
      return undefined;
    }
  }
  const wall = ((civilDays(year, month, day) * 24 + hour) * 60 + minute) * 60 * MICROS_PER_SECOND + second * MICROS_PER_SECOND + fraction;
  return offsetMinutes === null ? { micros: wall, local: true } : { micros: wall - offsetMinutes * 60_000_000, local: false };
}

/** A decimal with a point, or with a comma as Polish spreadsheets write it (`12,5`). */
const DECIMAL = /^-?\d+([.,]\d+)?$/;

/** The text a valid decimal is stored as: its comma, if any, as a point. */
export function storedDecimal(text: string): string {
  return text.includes(',') ? text.replace(',', '.') : text;
}
const INTEGER = /^-?\d+$/;

/**
 * A decimal of at most `max` (a whole number) written as DECIMAL reads it (`12.5`, `12,5`), in
 * hundredths as numeric(p,2) stores it: the third decimal and beyond rounded half away from
 * zero, as PostgreSQL rounds numeric input. Undefined when malformed, negative or above `max`
 * (the same values parseNonNegativeDecimal accepts). Read by character codes: it runs per row.
 */
export function readHundredths(text: string, max: number): number | undefined {
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  const wholeStart = i;
  let whole = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
    whole = whole * 10 + text.charCodeAt(i) - 48;
    i += 1;
  }
  if (i === wholeStart) return undefined;
  let cents = 0;
  let roundUp = false;
  let anyDecimal = false;
  if (i < text.length) {
    const separator = text.charCodeAt(i);
    if (separator !== 46 && separator !== 44) return undefined;
    i += 1;
    const decimalsStart = i;
    while (i < text.length) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return undefined;
      const position = i - decimalsStart;
      if (position < 2) cents = cents * 10 + digit;
      else if (position === 2) roundUp = digit >= 5;
      if (digit !== 0) anyDecimal = true;
      i += 1;
    }
    if (i === decimalsStart) return undefined;
    if (i - decimalsStart === 1) cents *= 10;
  }
  if ((negative && (whole > 0 || anyDecimal)) || whole > max || (whole === max && anyDecimal)) return undefined;
  return whole * 100 + cents + (roundUp ? 1 : 0);
}

export function parseNonNegativeDecimal(text: string, max: number): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(storedDecimal(text));
  return value >= 0 && value <= max ? value : undefined;
}

export function parseNonNegativeInteger(text: string, max = 2_147_483_647): number | undefined {
  if (!INTEGER.test(text)) return undefined;
  const value = Number(text);
  return value >= 0 && value <= max ? value : undefined;
}

/**
 * One field for COPY ... (FORMAT csv): null as an empty unquoted field, anything with a comma,
 * quote or line break quoted with doubled quotes. (Values are never empty strings: blanks are
 * missing values.)
 */
export function csvField(value: string | null): string {
  if (value === null) return '';
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    // comma, double quote, line feed, carriage return
    if (code === 44 || code === 34 || code === 10 || code === 13) return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}
