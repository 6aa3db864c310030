import { copyField, parseNonNegativeDecimal, parseNonNegativeInteger, parseTimestamp, RowValidationError } from './row-validation.js';

/** Fields of a case record, in the order of the COPY column list. */
export const CASE_RECORD_FIELDS = [
  'case_ref',
  'received_at',
  'started_at',
  'completed_at',
  'handling_minutes',
  'errors',
  'rework',
  'channel',
] as const;
export type CaseRecordField = (typeof CASE_RECORD_FIELDS)[number];

/** Upper bound of plausible handling time: a case handled for more than 10 days of work is a data error. */
const MAX_HANDLING_MINUTES = 14_400;

/**
 * Validates one case record (values by field, null or '' when missing) and returns its COPY
 * fields. Any field but the case reference may be missing.
 */
export function caseRecordCopyFields(
  values: Partial<Record<CaseRecordField, string | null>>,
  line: number,
  columnOf: (field: CaseRecordField) => string,
): string[] {
  const fail = (field: CaseRecordField, message: string): never => {
    throw new RowValidationError({ line, column: columnOf(field), message });
  };
  const text = (field: CaseRecordField): string | null => {
    const value = values[field];
    return value === undefined || value === null || value.trim() === '' ? null : value.trim();
  };

  const caseRef = text('case_ref');
  if (caseRef === null) fail('case_ref', 'the case reference is required');
  if (caseRef !== null && caseRef.length > 200) fail('case_ref', 'the case reference is longer than 200 characters');

  const times: Partial<Record<'received_at' | 'started_at' | 'completed_at', number>> = {};
  for (const field of ['received_at', 'started_at', 'completed_at'] as const) {
    const value = text(field);
    if (value === null) continue;
    const millis = parseTimestamp(value);
    if (millis === undefined) fail(field, `not a date-time: ${JSON.stringify(value)} (use ISO 8601, e.g. 2026-03-02T09:15:00+01:00)`);
    times[field] = millis;
  }
  if (times.received_at !== undefined && times.completed_at !== undefined && times.completed_at < times.received_at) {
    fail('completed_at', 'completed before it was received');
  }
  if (times.received_at !== undefined && times.started_at !== undefined && times.started_at < times.received_at) {
    fail('started_at', 'started before it was received');
  }
  if (times.started_at !== undefined && times.completed_at !== undefined && times.completed_at < times.started_at) {
    fail('completed_at', 'completed before it was started');
  }

  const minutes = text('handling_minutes');
  if (minutes !== null && parseNonNegativeDecimal(minutes, MAX_HANDLING_MINUTES) === undefined) {
    fail('handling_minutes', `must be a number of minutes between 0 and ${MAX_HANDLING_MINUTES}, got ${JSON.stringify(minutes)}`);
  }
  for (const field of ['errors', 'rework'] as const) {
    const count = text(field);
    if (count !== null && parseNonNegativeInteger(count) === undefined) {
      fail(field, `must be a whole number of at least 0, got ${JSON.stringify(count)}`);
    }
  }
  const channel = text('channel');
  if (channel !== null && channel.length > 100) fail('channel', 'longer than 100 characters');

  return CASE_RECORD_FIELDS.map((field) => copyField(text(field)));
}
