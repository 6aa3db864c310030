export enum PeriodKind {
  /** Before automation. */
  BASELINE = 'BASELINE',
  /** After a pilot or go-live. */
  AFTER = 'AFTER',
}

/** Where a figure comes from, strongest first (methodology section 1). */
export enum EvidenceGrade {
  EVENT_LOG = 'EVENT_LOG',
  CASE_SAMPLE = 'CASE_SAMPLE',
  MONTHLY_TOTALS = 'MONTHLY_TOTALS',
  ESTIMATE = 'ESTIMATE',
}

/** File or request formats an import arrives in. */
export enum ImportFormat {
  /** Case records as CSV (CASE_SAMPLE). */
  CASE_CSV = 'csv',
  /** Monthly totals as CSV (MONTHLY_TOTALS). */
  MONTHLY_CSV = 'monthly-csv',
  /** Events as CSV with a column mapping (EVENT_LOG). */
  EVENT_CSV = 'event-csv',
  /** IEEE 1849 XES, plain or gzip (EVENT_LOG). */
  XES = 'xes',
  /** Rows sent in a GraphQL mutation. */
  GRAPHQL = 'graphql',
}
