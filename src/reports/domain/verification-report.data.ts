/**
 * Everything a verification report shows, read once from stored data (plain values, no
 * entities): the same stored data always gives the same report, to the byte.
 */
export interface ReportImport {
  fileName: string | null;
  sha256: string | null;
  rows: number;
  format: string;
  importedAt: string;
}

export interface ReportPeriod {
  id: string;
  kind: string;
  label: string;
  startsOn: string;
  endsOn: string;
  /** Null when the period was deleted after the verification (its figures stay in the stored inputs). */
  present: boolean;
  imports: ReportImport[];
  grade: string | null;
  cases: number | null;
}

export interface ReportCheck {
  processId: string;
  processName: string;
  exAnte: {
    verdict: string;
    boundP10: number | null;
    boundP50: number | null;
    boundP90: number | null;
    explanation: string;
    assumptions: string[];
  };
  exPost: {
    verdict: string;
    method: string | null;
    estimate: number | null;
    lower: number | null;
    upper: number | null;
    baselineSampleSize: number;
    afterSampleSize: number;
    casesNeededPerPeriod: number | null;
    explanation: string;
    notes: string[];
  };
  baseline: ReportPeriod | null;
  after: ReportPeriod | null;
}

export interface VerificationReportData {
  organization: { name: string; terytCode: string | null };
  verification: {
    id: string;
    createdAt: string;
    methodVersion: string;
    alpha: number;
    seed: number;
    draws: number;
    minCases: number;
    controlProcessId: string | null;
  };
  claim: {
    id: string;
    vendor: string;
    statement: string;
    quote: string;
    sourceTitle: string;
    sourceDate: string | null;
    sourceReference: string | null;
    metric: string;
    direction: string;
    magnitude: number;
    scopeKind: string;
    scopeLabel: string | null;
  };
  checks: ReportCheck[];
  /** SHA-256 of the verification's stored inputs (parameters, claim, each check's inputs and results), canonical JSON. */
  inputsSha256: string;
}
