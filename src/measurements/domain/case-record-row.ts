import { csvField, fieldReader, parseNonNegativeDecimal, parseNonNegativeInteger, parseTimestamp, storedDecimal, storedTimestamp } from './row-validation.js';

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
 * fields. Any field but the case reference may be missing. Each value is read once: this runs
 * for every row of a million-row file.
 */
export function caseRecordCopyFields(
  values: Partial<Record<CaseRecordField, string | null>>,
  line: number,
  columnOf: (field: CaseRecordField) => string,
): string[] {
  const { text, fail } = fieldReader(values, line, columnOf);
  const caseRef = text('case_ref');
  const receivedAt = text('received_at');
  const startedAt = text('started_at');
  const completedAt = text('completed_at');
  const minutes = text('handling_minutes');
  const errors = text('errors');
  const rework = text('rework');
  const channel = text('channel');

  if (caseRef === null) return fail('case_ref', 'the case reference is required');
  if (caseRef.length > 200) fail('case_ref', 'the case reference is longer than 200 characters');
  const timeOf = (field: CaseRecordField, value: string | null): number | undefined => {
    if (value === null) return undefined;
    const millis = parseTimestamp(value);
    if (millis === undefined) fail(field, `not a date-time: ${JSON.stringify(value)} (use ISO 8601, e.g. 2026-03-02T09:15:00+01:00, or 02.03.2026 09:15)`);
    return millis;
  };
  const received = timeOf('received_at', receivedAt);
  const started = timeOf('started_at', startedAt);
  const completed = timeOf('completed_at', completedAt);
  if (received !== undefined && completed !== undefined && completed < received) fail('completed_at', 'completed before it was received');
  if (received !== undefined && started !== undefined && started < received) fail('started_at', 'started before it was received');
  if (started !== undefined && completed !== undefined && completed < started) fail('completed_at', 'completed before it was started');

  if (minutes !== null && parseNonNegativeDecimal(minutes, MAX_HANDLING_MINUTES) === undefined) {
    fail('handling_minutes', `must be a number of minutes between 0 and ${MAX_HANDLING_MINUTES}, got ${JSON.stringify(minutes)}`);
  }
  if (errors !== null && parseNonNegativeInteger(errors) === undefined) {
    fail('errors', `must be a whole number of at least 0, got ${JSON.stringify(errors)}`);
  }
  if (rework !== null && parseNonNegativeInteger(rework) === undefined) {
    fail('rework', `must be a whole number of at least 0, got ${JSON.stringify(rework)}`);
  }
  if (channel !== null && channel.length > 100) fail('channel', 'longer than 100 characters');

  return [
    csvField(caseRef),
    csvField(receivedAt === null ? null : storedTimestamp(receivedAt)),
    csvField(startedAt === null ? null : storedTimestamp(startedAt)),
    csvField(completedAt === null ? null : storedTimestamp(completedAt)),
    csvField(minutes === null ? null : storedDecimal(minutes)),
    csvField(errors),
    csvField(rework),
    csvField(channel),
  ];
}
