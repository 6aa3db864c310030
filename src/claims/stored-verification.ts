import type { ClaimEvidenceRecord } from './claim-evidence.js';
import type { ClaimCheckEntity, ClaimVerificationEntity } from './claim-verification.entity.js';
import type { ExAnteResult } from './domain/ex-ante.js';
import type { ExPostResult } from './domain/ex-post.js';
import type { CostParameters } from './domain/period-evidence.js';

/** The options a verification runs with. */
export interface VerificationParameters {
  alpha: number;
  seed: number;
  draws: number;
  /** Cases per period below which no after-pilot verdict is given (30 by default). */
  minCases: number;
  controlProcessId: string | null;
}

/** The `parameters` document of a verification, as the runner writes it: its options and the processes in scope. */
export interface StoredVerificationParameters extends VerificationParameters {
  processIds: string[];
}

/** The `inputs` document of a check, as the runner writes it: the evidence read, the costs, and the control's evidence. */
export interface StoredCheckInputs extends ClaimEvidenceRecord {
  costs: CostParameters | null;
  control: ClaimEvidenceRecord | null;
}

/** The `ex_post` document of a check, as the method version its verification names wrote it: fields a later version added may be absent. */
export type StoredExPost = Partial<ExPostResult> &
  Pick<ExPostResult, 'estimate' | 'lower' | 'upper' | 'ratio' | 'method' | 'casesNeededPerPeriod' | 'sampleSizes' | 'differenceInDifferences' | 'explanation' | 'notes'>;

/** A check's three documents, typed. */
export interface StoredCheckDocuments {
  /** Partial: a document written around the application may lack any of it. */
  inputs: Partial<StoredCheckInputs>;
  exAnte: ExAnteResult;
  exPost: StoredExPost;
}

/**
 * Claims' reader of its own stored JSON: the only code that gives the documents of
 * claim_verification and claim_check a type (the runner writes them; the API, the reports and
 * the fingerprint of a verification read them through here). The documents are returned as
 * stored, never rebuilt, so that a fingerprint of them stays the same.
 */
export function storedParameters(verification: ClaimVerificationEntity): StoredVerificationParameters {
  return verification.parameters as unknown as StoredVerificationParameters;
}

/** A check's documents; `inputs` needs no assertion, every field of its type being optional. */
export function storedCheckDocuments(check: ClaimCheckEntity): StoredCheckDocuments {
  return {
    inputs: check.inputs,
    exAnte: check.exAnte as unknown as ExAnteResult,
    exPost: check.exPost as unknown as StoredExPost,
  };
}
