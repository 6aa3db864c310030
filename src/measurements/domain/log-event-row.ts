import { csvField, fieldReader, notADateTime, readTimestamp, storedTimestamp } from './row-validation.js';

export const LOG_EVENT_FIELDS = ['case_ref', 'activity', 'occurred_at', 'lifecycle', 'resource'] as const;
export type LogEventField = (typeof LOG_EVENT_FIELDS)[number];

/** Validates one event; returns its COPY fields. Case, activity and timestamp are required. */
export function logEventCopyFields(
  values: Partial<Record<LogEventField, string | null>>,
  line: number,
  columnOf: (field: LogEventField) => string,
): string[] {
  const { text, fail } = fieldReader(values, line, columnOf);
  if (text('case_ref') === null) fail('case_ref', 'the case id is required');
  if (text('activity') === null) fail('activity', 'the activity is required');
  const timestamp = text('occurred_at');
  if (timestamp === null) return fail('occurred_at', 'the timestamp is required');
  if (readTimestamp(timestamp) === undefined) {
    fail('occurred_at', notADateTime(timestamp));
  }
  return LOG_EVENT_FIELDS.map((field) => csvField(field === 'occurred_at' ? storedTimestamp(timestamp) : text(field)));
}
