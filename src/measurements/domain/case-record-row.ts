import {
  presentText,
  RowValidationError,
  parseNonNegativeInteger,
  readHundredths,
  notADateTime,
  type ReadTimestamp,
  readTimestamp,
} from './row-validation.js';

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

/** A valid case record, its values as read (CaseRecordBinaryEncoder writes them to COPY). */
export interface CaseRecord {
  caseRef: string;
  received: ReadTimestamp | undefined;
  started: ReadTimestamp | undefined;
  completed: ReadTimestamp | undefined;
  /** Handling time in hundredths of a minute, as numeric(12,2) stores it. */
  handlingHundredths: number | null;
  errors: number | null;
  rework: number | null;
  channel: string | null;
}

/**
 * What is wrong with the order of a case's instants (microseconds since 1970), if anything:
 * compared as stored, once office-local times have become instants, so that a mix of offsets
 * or a time on a clock-change day is judged by when things happened.
 */
/** A case record file lists each case once: the sentence for a repeat, wherever it is found. */
export function repeatedCaseMessage(caseRef: string, firstLine: number): string {
  return `case ${JSON.stringify(caseRef)} is already on line ${firstLine}; a case appears once in a file of case records`;
}

export function caseOrderProblem(
  received: number | undefined,
  started: number | undefined,
  completed: number | undefined,
): { field: CaseRecordField; message: string } | null {
  if (received !== undefined && completed !== undefined && completed < received) return { field: 'completed_at', message: 'completed before it was received' };
  if (received !== undefined && started !== undefined && started < received) return { field: 'started_at', message: 'started before it was received' };
  if (started !== undefined && completed !== undefined && completed < started) return { field: 'completed_at', message: 'completed before it was started' };
  return null;
}

/**
 * Validates one case record (values by field, null or '' when missing). Any field but the case
 * reference may be missing; the order of its date-times is checked on their instants
 * (caseOrderProblem). Each value is read once: this runs for every row of a million-row file.
 */
export function readCaseRecord(
  values: Partial<Record<CaseRecordField, string | null>>,
  line: number,
  columnOf: (field: CaseRecordField) => string,
): CaseRecord {
  // Plain functions rather than fieldReader's closures: no allocation per row.
  const fail = (field: CaseRecordField, message: string): never => {
    throw new RowValidationError({ line, column: columnOf(field), message });
  };
  const caseRef = presentText(values.case_ref);
  const receivedAt = presentText(values.received_at);
  const startedAt = presentText(values.started_at);
  const completedAt = presentText(values.completed_at);
  const minutes = presentText(values.handling_minutes);
  const errorsText = presentText(values.errors);
  const reworkText = presentText(values.rework);
  const channel = presentText(values.channel);

  if (caseRef === null) return fail('case_ref', 'the case reference is required');
  if (caseRef.length > 200) fail('case_ref', 'the case reference is longer than 200 characters');
  const timeOf = (field: CaseRecordField, value: string | null): ReadTimestamp | undefined => {
    if (value === null) return undefined;
    const read = readTimestamp(value);
    if (read === undefined) {
      fail(field, notADateTime(value));
    }
    return read;
  };
  const received = timeOf('received_at', receivedAt);
  const started = timeOf('started_at', startedAt);
  const completed = timeOf('completed_at', completedAt);

  const handlingHundredths = minutes === null ? null : readHundredths(minutes, MAX_HANDLING_MINUTES);
  if (handlingHundredths === undefined) {
    fail('handling_minutes', `must be a number of minutes between 0 and ${MAX_HANDLING_MINUTES}, got ${JSON.stringify(minutes)}`);
  }
  const errors = errorsText === null ? null : parseNonNegativeInteger(errorsText);
  if (errors === undefined) fail('errors', `must be a whole number of at least 0, got ${JSON.stringify(errorsText)}`);
  const rework = reworkText === null ? null : parseNonNegativeInteger(reworkText);
  if (rework === undefined) fail('rework', `must be a whole number of at least 0, got ${JSON.stringify(reworkText)}`);
  if (channel !== null && channel.length > 100) fail('channel', 'longer than 100 characters');

  return { caseRef, received, started, completed, handlingHundredths: handlingHundredths ?? null, errors: errors ?? null, rework: rework ?? null, channel };
}
