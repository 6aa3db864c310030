import { CASE_RECORD_FIELDS } from './case-record-row.js';
import { LOG_EVENT_FIELDS } from './log-event-row.js';
import { MONTHLY_TOTAL_FIELDS } from './monthly-total-row.js';
import { EvidenceGrade, ImportFormat } from '../measurement.enums.js';
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
    aliases: { case_id: 'case_ref', case: 'case_ref', timestamp: 'occurred_at', time: 'occurred_at' },
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
      throw new RowValidationError({ line: 1, column: required, message: `required column "${required}" is missing from the header` });
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
