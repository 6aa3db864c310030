import { CASE_RECORD_FIELDS } from './case-record-row.js';
import { LOG_EVENT_FIELDS } from './log-event-row.js';
import { MONTHLY_TOTAL_FIELDS } from './monthly-total-row.js';
import { EvidenceGrade, ImportFormat } from './measurement.enums.js';
import { RowValidationError } from './row-validation.js';

export type MeasurementTable = 'case_record' | 'monthly_total' | 'log_event';

export interface FormatSpec {
  grade: EvidenceGrade;
  table: MeasurementTable;
  fields: readonly string[];
  required: readonly string[];
  /** File columns understood without a mapping. */
  aliases: Record<string, string>;
  /** Event logs carry many case and event attributes we do not keep: their columns are skipped. */
  ignoreUnknownColumns: boolean;
}

const CASE_FORMAT: FormatSpec = {
  grade: EvidenceGrade.CASE_SAMPLE,
  table: 'case_record',
  fields: CASE_RECORD_FIELDS,
  required: ['case_ref'],
  aliases: { case_id: 'case_ref', case: 'case_ref' },
  ignoreUnknownColumns: false,
};

export const FORMATS: Record<Exclude<ImportFormat, ImportFormat.GRAPHQL>, FormatSpec> = {
  [ImportFormat.CASE_CSV]: CASE_FORMAT,
  [ImportFormat.MONTHLY_CSV]: {
    grade: EvidenceGrade.MONTHLY_TOTALS,
    table: 'monthly_total',
    fields: MONTHLY_TOTAL_FIELDS,
    required: ['month', 'cases'],
    aliases: {},
    ignoreUnknownColumns: false,
  },
  [ImportFormat.EVENT_CSV]: {
    grade: EvidenceGrade.EVENT_LOG,
    table: 'log_event',
    fields: LOG_EVENT_FIELDS,
    required: ['case_ref', 'activity', 'occurred_at'],
    // Column names of the standard process-mining exports (XES attribute names as pm4py, ProM and
    // Celonis write them; Disco's), understood without a mapping.
    aliases: {
      case_id: 'case_ref',
      case: 'case_ref',
      'case:concept:name': 'case_ref',
      'case id': 'case_ref',
      'concept:name': 'activity',
      timestamp: 'occurred_at',
      time: 'occurred_at',
      'time:timestamp': 'occurred_at',
      'complete timestamp': 'occurred_at',
      'lifecycle:transition': 'lifecycle',
      'org:resource': 'resource',
    },
    ignoreUnknownColumns: true,
  },
  [ImportFormat.XES]: {
    grade: EvidenceGrade.EVENT_LOG,
    table: 'log_event',
    fields: LOG_EVENT_FIELDS,
    required: ['case_ref', 'activity', 'occurred_at'],
    aliases: {},
    ignoreUnknownColumns: true,
  },
};

/**
 * Resolves a CSV header against a format: each column becomes a field (through the explicit
 * mapping `column -> field`, an alias, or its own name) or is skipped (event logs) or refused.
 * Returns, for each column index, the field it feeds (or null).
 */
export function resolveHeader(header: string[], spec: FormatSpec, mapping: Record<string, string>): (string | null)[] {
  for (const [column, field] of Object.entries(mapping)) {
    if (!spec.fields.includes(field)) {
      throw new RowValidationError({ line: 1, column, message: `mapped to unknown field "${field}"; fields are ${spec.fields.join(', ')}` });
    }
    if (!header.includes(column)) {
      throw new RowValidationError({ line: 1, column, message: 'mapped column is not in the header' });
    }
  }
  const fields = header.map((rawColumn) => {
    const column = rawColumn.trim();
    const field = mapping[column] ?? spec.aliases[column.toLowerCase()] ?? column.toLowerCase();
    if (spec.fields.includes(field)) return field;
    if (spec.ignoreUnknownColumns) return null;
    throw new RowValidationError({
      line: 1,
      column,
      message: `unknown column; expected ${spec.fields.join(', ')} (or map it with col=field)`,
    });
  });
  for (const required of spec.required) {
    if (!fields.includes(required)) {
      const likely = likelyColumn(required, header.filter((_, index) => fields[index] === null || fields[index] === undefined));
      throw new RowValidationError({
        line: 1,
        column: required,
        message: `required column "${required}" is missing from the header${likely ? `; is it "${likely}"? map it with ${likely}=${required}` : ''}`,
      });
    }
  }
  const seen = new Set<string>();
  fields.forEach((field, index) => {
    if (field === null) return;
    if (seen.has(field)) throw new RowValidationError({ line: 1, column: header[index], message: `a second column feeds "${field}"` });
    seen.add(field);
  });
  return fields;
}

/** Names people give each field, to suggest a mapping when a required column is missing. */
const FIELD_HINTS: Record<string, RegExp> = {
  case_ref: /case|sprawa|znak|numer|id/i,
  activity: /activ|czynno|event|task|step|name/i,
  occurred_at: /time|date|data|czas|kiedy/i,
  month: /month|miesi|period|okres/i,
  cases: /cases|count|liczba|ilo|number/i,
};

/** The unused column most likely meant as `field`, or null. */
function likelyColumn(field: string, unused: string[]): string | null {
  const hint = FIELD_HINTS[field];
  return (hint && unused.find((column) => hint.test(column))) ?? null;
}

/** The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes. */
export function delimiterOf(header: string): string {
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((candidate) => ({ candidate, count: unquoted.split(candidate).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count > 0 ? counts[0].candidate : ',';
}

/** Columns of a first line, as resolveHeader sees them (lower case, trimmed, unquoted). */
function headerNames(firstLine: string, delimiter: string): string[] {
  return firstLine.split(delimiter).map((column) => column.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
}

/**
 * The format of a file sent without one, from its first line: XML is XES; a header with a case,
 * an activity and a time (standard process-mining names included) is an event log; month and
 * cases are monthly totals; anything else is read as case records.
 */
export function detectFormat(head: string, declaredDelimiter?: string): Exclude<ImportFormat, ImportFormat.GRAPHQL> {
  const text = head.replace(/^\uFEFF/, '');
  if (/^\s*</.test(text)) return ImportFormat.XES;
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  const names = new Set(headerNames(firstLine, declaredDelimiter ?? delimiterOf(firstLine)));
  const eventAliases = FORMATS[ImportFormat.EVENT_CSV].aliases;
  const asEventField = (name: string) => eventAliases[name] ?? name;
  const eventFields = new Set([...names].map(asEventField));
  if (names.has('case:concept:name') || (eventFields.has('activity') && eventFields.has('occurred_at'))) return ImportFormat.EVENT_CSV;
  if (names.has('month') && names.has('cases')) return ImportFormat.MONTHLY_CSV;
  return ImportFormat.CASE_CSV;
}

/** Unread columns of an event log that look like a lifecycle transition, by name. */
export function unreadLifecycleColumns(header: string[], fields: (string | null)[]): string[] {
  if (fields.includes('lifecycle')) return [];
  return header.filter((column, index) => fields[index] === null && /lifecycle|transition|event ?type|^status$|^etap$/i.test(column.trim()));
}
