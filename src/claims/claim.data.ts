import type { ProcessCategory } from '../processes/domain/process.enums.js';
import type { ClaimDirection, ClaimMetric, ClaimScopeKind, ExAnteVerdict, ExPostVerdict } from './claim.enums.js';
import type { PreTrend } from './domain/monthly-did.js';
import type { SuggestedControl } from './domain/shared-trend.js';
import type { StoredCheckDocuments, StoredCheckInputs, StoredVerificationParameters } from './stored-verification.js';

/**
 * Claims, verifications and checks as plain data: what the claims feature gives the GraphQL API
 * (whose object types implement these) and other features (the reports).
 */
export interface VendorClaim {
  id: string;
  organizationId: string;
  vendor: string;
  source: { title: string; date: string | null; reference: string | null; quote: string };
  metric: ClaimMetric;
  direction: ClaimDirection;
  magnitude: number;
  /** The promise as a phrase, e.g. "-50% handling time". */
  statement: string;
  scope: { kind: ClaimScopeKind; processId: string | null; category: ProcessCategory | null };
  createdBy: string | null;
  createdAt: Date;
}

export interface ExAnteCheck {
  verdict: ExAnteVerdict;
  boundP10: number | null;
  boundP50: number | null;
  boundP90: number | null;
  explanation: string;
  assumptions: string[];
  missingInputs: string[];
}

export interface ExPostCheck {
  verdict: ExPostVerdict;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  ratio: number | null;
  method: string | null;
  casesNeededPerPeriod: number | null;
  pilotPlan: { unitsPerPeriod: number; unit: string; power: number; alpha: number; explanation: string } | null;
  pilotPlanNote: string | null;
  decisionRule: string | null;
  sharedTrendWarning: string | null;
  suggestedControl: SuggestedControl | null;
  assumption: string | null;
  preTrend: PreTrend | null;
  baselineSampleSize: number;
  afterSampleSize: number;
  differenceInDifferences: boolean;
  explanation: string;
  notes: string[];
}

export interface ClaimCheck {
  id: string;
  claimId: string;
  verificationId: string;
  processId: string;
  processName: string;
  exAnte: ExAnteCheck;
  exPost: ExPostCheck;
  inputs: Partial<StoredCheckInputs>;
  createdAt: Date;
}

export interface ClaimVerification {
  id: string;
  claimId: string;
  methodVersion: string;
  parameters: StoredVerificationParameters;
  createdBy: string | null;
  createdAt: Date;
}

/** One verification with its claim and its checks (in process name order), as another feature reads it. */
export interface VerificationRecord {
  verification: ClaimVerification & { organizationId: string };
  claim: VendorClaim;
  checks: ClaimCheck[];
  /**
   * What the verdicts rest on, as written: the parameters, the claim, each check's inputs and
   * results. The same stored verification always gives the same value, to the last digit.
   */
  stored: {
    verification: Pick<ClaimVerification, 'id' | 'claimId' | 'methodVersion' | 'parameters' | 'createdAt'>;
    claim: VendorClaim;
    checks: (Pick<ClaimCheck, 'processId' | 'processName'> & StoredCheckDocuments)[];
  };
}
