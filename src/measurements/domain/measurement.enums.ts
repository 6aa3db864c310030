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

/**
 * The grades strongest first, in the enum's own order: the one ranking of evidence that a
 * score's weakest link, a minimum-evidence filter and a chart's legend all follow.
 */
export const GRADES_STRONGEST_FIRST: readonly `${EvidenceGrade}`[] = Object.values(EvidenceGrade);

/** The weaker of two grades. */
export function weakerGrade<Grade extends `${EvidenceGrade}`>(a: Grade, b: Grade): Grade {
  return GRADES_STRONGEST_FIRST.indexOf(a) >= GRADES_STRONGEST_FIRST.indexOf(b) ? a : b;
}

/** The grades at least as strong as `weakest`. */
export function gradesAtLeast(weakest: `${EvidenceGrade}`): `${EvidenceGrade}`[] {
  return GRADES_STRONGEST_FIRST.slice(0, GRADES_STRONGEST_FIRST.indexOf(weakest) + 1);
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
