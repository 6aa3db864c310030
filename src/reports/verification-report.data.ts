import type { ClaimCheck } from '../claims/claim.data.js';

/**
 * Everything a verification report shows, read once from stored data (plain values, no
 * entities): the same stored data always gives the same report, to the byte.
 */
export interface ReportImport {
  fileName: string | null;
  sha256: string | null;
  rows: number;
}

export interface ReportPeriod {
  id: string;
  kind: string;
  label: string;
  startsOn: string;
  endsOn: string;
  /** False when the period was deleted after the verification (its figures stay in the stored inputs). */
  present: boolean;
  imports: ReportImport[];
  grade: string | null;
  cases: number | null;
}

/** A check's verdicts as the API gives them, with the periods they were computed from. */
export interface ReportCheck extends Pick<ClaimCheck, 'processId' | 'processName' | 'exAnte' | 'exPost'> {
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
