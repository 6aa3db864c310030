/**
 * Validation of imported rows, field by field, into the text COPY expects. Pure: the same
 * rules serve CSV files, XES events and GraphQL batches.
 */

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

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time. Without an offset it is office-local time (the import session
 * runs in Europe/Warsaw); for comparisons between fields of one row it is read as UTC, which
 * keeps their order.
 * Returns milliseconds for comparisons.
 */
export function parseTimestamp(text: string): number | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [, , , , hour, minute, , offset] = match;
  const date = text.slice(0, 10);
  const time = hour === undefined ? '00:00:00' : text.slice(11, offset === undefined ? undefined : text.length - offset.length);
  const millis = Date.parse(`${date}T${time}${normalizeOffset(offset)}`);
  if (Number.isNaN(millis) || (minute !== undefined && Number(minute) > 59)) return undefined;
  // Date.parse rolls 2026-02-30 over to March: refuse dates that do not exist.
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (day.getUTCMonth() !== Number(match[2]) - 1 || day.getUTCDate() !== Number(match[3])) return undefined;
  return millis;
}

/** '+01' and '+0100' become '+01:00', which every Date.parse accepts; no offset reads as UTC. */
function normalizeOffset(offset: string | undefined): string {
  if (offset === undefined || offset === 'Z') return 'Z';
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

export function parseNonNegativeDecimal(text: string, max: number): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return value >= 0 && value <= max ? value : undefined;
}

export function parseNonNegativeInteger(text: string, max = 2_147_483_647): number | undefined {
  if (!INTEGER.test(text)) return undefined;
  const value = Number(text);
  return value >= 0 && value <= max ? value : undefined;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; null as \N. */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}
