import { csvField, parseNonNegativeDecimal, parseNonNegativeInteger, fieldReader, storedDecimal } from './row-validation.js';

export const MONTHLY_TOTAL_FIELDS = ['month', 'cases', 'handling_minutes', 'cases_with_errors'] as const;
export type MonthlyTotalField = (typeof MONTHLY_TOTAL_FIELDS)[number];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(-01)?$/;

/** Validates one month of totals; returns its COPY fields with the month as its first day. */
export function monthlyTotalCopyFields(
  values: Partial<Record<MonthlyTotalField, string | null>>,
  line: number,
  columnOf: (field: MonthlyTotalField) => string,
): string[] {
  const { text, fail } = fieldReader(values, line, columnOf);
  const month = text('month');
  const match = month === null ? null : MONTH.exec(month);
  if (!match) return fail('month', `must be a month like 2026-03, got ${JSON.stringify(month)}`);
  const casesText = text('cases');
  const cases = casesText === null ? undefined : parseNonNegativeInteger(casesText);
  if (cases === undefined) return fail('cases', `must be a whole number of at least 0, got ${JSON.stringify(casesText)}`);
  const minutes = text('handling_minutes');
  if (minutes !== null && parseNonNegativeDecimal(minutes, 1e11) === undefined) {
    fail('handling_minutes', `must be a total number of minutes of at least 0, got ${JSON.stringify(minutes)}`);
  }
  const errorsText = text('cases_with_errors');
  if (errorsText !== null) {
    const errors = parseNonNegativeInteger(errorsText);
    if (errors === undefined) fail('cases_with_errors', `must be a whole number of at least 0, got ${JSON.stringify(errorsText)}`);
    if (errors !== undefined && errors > cases) fail('cases_with_errors', `is larger than cases (${cases})`);
  }
  return [`${match[1]}-${match[2]}-01`, String(cases), csvField(minutes === null ? null : storedDecimal(minutes)), csvField(errorsText)];
}
