import type { ClaimCheck, ClaimVerification, VendorClaim } from './claim.data.js';
import type { ClaimCheckEntity, ClaimVerificationEntity } from './claim-verification.entity.js';
import { describeClaim } from './domain/claim.js';
import { storedCheckDocuments, storedParameters } from './stored-verification.js';
import type { VendorClaimEntity } from './vendor-claim.entity.js';

export function toVendorClaim(entity: VendorClaimEntity): VendorClaim {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    vendor: entity.vendor,
    source: { title: entity.sourceTitle, date: entity.sourceDate, reference: entity.sourceReference, quote: entity.sourceQuote },
    metric: entity.metric,
    direction: entity.direction,
    magnitude: entity.magnitude,
    statement: describeClaim({ metric: entity.metric, direction: entity.direction, magnitude: entity.magnitude }),
    scope: { kind: entity.scopeKind, processId: entity.scopeProcessId, category: entity.scopeCategory },
    createdBy: entity.createdBy,
    createdAt: entity.createdAt,
  };
}

export function toClaimVerification(entity: ClaimVerificationEntity): ClaimVerification {
  return {
    id: entity.id,
    claimId: entity.claimId,
    methodVersion: entity.methodVersion,
    parameters: storedParameters(entity),
    createdBy: entity.createdBy,
    createdAt: entity.createdAt,
  };
}

export function toClaimCheck(entity: ClaimCheckEntity): ClaimCheck {
  const { inputs, exAnte, exPost } = storedCheckDocuments(entity);
  return {
    id: entity.id,
    claimId: entity.claimId,
    verificationId: entity.verificationId,
    processId: entity.processId,
    processName: entity.processName,
    exAnte: {
      verdict: entity.exAnteVerdict,
      boundP10: exAnte.bound?.p10 ?? null,
      boundP50: exAnte.bound?.p50 ?? null,
      boundP90: exAnte.bound?.p90 ?? null,
      explanation: exAnte.explanation,
      assumptions: exAnte.assumptions,
      missingInputs: exAnte.missingInputs,
    },
    exPost: {
      verdict: entity.exPostVerdict,
      estimate: exPost.estimate,
      lower: exPost.lower,
      upper: exPost.upper,
      ratio: exPost.ratio,
      method: exPost.method,
      casesNeededPerPeriod: exPost.casesNeededPerPeriod,
      // A verification before claims-2 stored none of these: they read as null.
      pilotPlan: exPost.pilotPlan ?? null,
      pilotPlanNote: exPost.pilotPlanNote ?? null,
      decisionRule: exPost.decisionRule ?? null,
      sharedTrendWarning: exPost.sharedTrend?.warning ?? null,
      suggestedControl: exPost.suggestedControl ?? null,
      assumption: exPost.assumption ?? null,
      preTrend: exPost.preTrend ?? null,
      baselineSampleSize: exPost.sampleSizes.baseline,
      afterSampleSize: exPost.sampleSizes.after,
      differenceInDifferences: exPost.differenceInDifferences,
      explanation: exPost.explanation,
      notes: exPost.notes,
    },
    inputs,
    createdAt: entity.createdAt,
  };
}
