import type { EntityManager } from 'typeorm';
import { BadInputError, NotFoundError } from '../common/errors/domain-error.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { ClaimScopeKind, ExAnteVerdict, ExPostVerdict } from './claim.enums.js';
import type { ScoreReader } from '../scoring/score-reader.service.js';
import { loadClaimEvidence, type ProcessClaimEvidence } from './claim-evidence.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from './claim-verification.entity.js';
import { CLAIMS_METHOD_VERSION, type ClaimStatement, FIELDS_USED_BY_METRIC } from './domain/claim.js';
import { assessPlausibility } from './domain/ex-ante.js';
import { type ExPostResult, insufficientData, pilotPlanOf, testClaim } from './domain/ex-post.js';
import type { PeerProcess } from './domain/shared-trend.js';
import type { VendorClaimEntity } from './vendor-claim.entity.js';
import { mapYielding } from '../common/event-loop.js';
import type { StoredCheckInputs, StoredVerificationParameters, VerificationParameters } from './stored-verification.js';

function statementOf(claim: VendorClaimEntity): ClaimStatement {
  return { metric: claim.metric, direction: claim.direction, magnitude: claim.magnitude };
}

/** The verdicts of one process, ready to store. */
function checkOf(
  claim: VendorClaimEntity,
  evidence: ProcessClaimEvidence,
  control: ProcessClaimEvidence | null,
  peers: readonly PeerProcess[],
  parameters: VerificationParameters,
): Pick<ClaimCheckEntity, 'organizationId' | 'claimId' | 'processId' | 'processName' | 'exAnteVerdict' | 'exPostVerdict'> & {
  exAnte: object;
  exPost: object;
  inputs: object;
} {
  const statement = statementOf(claim);
  const exAnte = assessPlausibility(statement, evidence.structure, { seed: parameters.seed, draws: parameters.draws });
  let exPost: ExPostResult;
  const options = { alpha: parameters.alpha, seed: parameters.seed, bootstrapDraws: parameters.draws, minCases: parameters.minCases };
  if (!evidence.baseline || !evidence.after) {
    const missing = !evidence.baseline ? 'a BASELINE period with measurements' : 'an AFTER period with measurements';
    // Before a pilot: how many cases it needs, from the baseline (and the control's).
    const plan = pilotPlanOf(statement, evidence.baseline, control?.baseline ?? null, evidence.costs, options);
    exPost = insufficientData(`no after-pilot test yet: the process needs ${missing}`, evidence.baseline?.cases ?? 0, 0, plan);
  } else {
    exPost = testClaim({
      claim: statement,
      baseline: evidence.baseline,
      after: evidence.after,
      control: control?.baseline && control.after ? { name: control.processName, baseline: control.baseline, after: control.after } : null,
      category: evidence.category,
      peers: peers.filter((peer) => peer.processId !== evidence.processId),
      costs: evidence.costs,
      options,
    });
    const used = FIELDS_USED_BY_METRIC[statement.metric];
    const coverageNotes = evidence.sparseFields
      .filter((sparse) => used.includes(sparse.field))
      .map((sparse) => `"${sparse.label}": ${sparse.field} present in only ${(sparse.share * 100).toFixed(0)}% of cases, which this test reads`);
    exPost = { ...exPost, notes: [...exPost.notes, ...coverageNotes] };
  }
  return {
    organizationId: claim.organizationId,
    claimId: claim.id,
    processId: evidence.processId,
    processName: evidence.processName,
    exAnteVerdict: ExAnteVerdict[exAnte.verdict],
    exAnte: { ...exAnte },
    exPostVerdict: ExPostVerdict[exPost.verdict],
    exPost: { ...exPost },
    inputs: { ...evidence.record, costs: evidence.costs, control: control ? control.record : null } satisfies StoredCheckInputs,
  };
}

async function processesInScope(manager: EntityManager, claim: VendorClaimEntity): Promise<string[]> {
  const query = manager.createQueryBuilder(ProcessEntity, 'p').select('p.id', 'id').where('p.organization_id = :org', { org: claim.organizationId });
  if (claim.scopeKind === ClaimScopeKind.PROCESS) query.andWhere('p.id = :id', { id: claim.scopeProcessId });
  if (claim.scopeKind === ClaimScopeKind.CATEGORY) query.andWhere('p.category = :category', { category: claim.scopeCategory });
  const rows = await query.orderBy('p.name').addOrderBy('p.id').getRawMany<{ id: string }>();
  return rows.map((row) => row.id);
}

/**
 * The office's processes outside the claim's scope that were measured before and after: a test
 * without a control looks at them for a change the whole office went through.
 */
async function peersOf(manager: EntityManager, scores: ScoreReader, claim: VendorClaimEntity, scope: readonly string[]): Promise<PeerProcess[]> {
  const rows = await manager.query<{ process_id: string }[]>(
    `SELECT DISTINCT a.process_id FROM measurement_period a
       JOIN measurement_period b ON b.process_id = a.process_id AND b.kind = 'BASELINE'
      WHERE a.organization_id = $1 AND a.kind = 'AFTER' AND NOT (a.process_id = ANY ($2::uuid[]))
      ORDER BY a.process_id`,
    [claim.organizationId, scope],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.process_id);
  const evidence = await loadClaimEvidence(manager, ids, await scores.factsOf(manager, ids));
  return evidence.flatMap((peer) =>
    peer.baseline && peer.after
      ? [{ processId: peer.processId, name: peer.processName, category: peer.category, automated: peer.automated, baseline: peer.baseline, after: peer.after }]
      : [],
  );
}

/**
 * Tests a claim for every process in its scope and stores the run, inside the caller's
 * transaction: used by the verifyClaim mutation and by the demo seed alike.
 */
export async function runVerification(
  manager: EntityManager,
  scores: ScoreReader,
  claim: VendorClaimEntity,
  parameters: VerificationParameters,
  userId: string | null,
): Promise<ClaimVerificationEntity> {
      const processIds = await processesInScope(manager, claim);
      if (parameters.controlProcessId) {
        const control = await manager.findOneBy(ProcessEntity, { id: parameters.controlProcessId });
        if (!control || control.organizationId !== claim.organizationId) {
          throw new NotFoundError('process', parameters.controlProcessId, 'options.controlProcessId');
        }
        if (processIds.includes(control.id)) {
          throw new BadInputError([{ path: 'options.controlProcessId', message: 'the control process must be outside the claim scope (not automated)' }]);
        }
      }
      const scoreFacts = await scores.factsOf(manager, [...processIds, ...(parameters.controlProcessId ? [parameters.controlProcessId] : [])]);
      const evidence = await loadClaimEvidence(manager, processIds, scoreFacts);
      const [control] = parameters.controlProcessId ? await loadClaimEvidence(manager, [parameters.controlProcessId], scoreFacts) : [null];
      const peers = parameters.controlProcessId ? [] : await peersOf(manager, scores, claim, processIds);
      const verification = await manager.save(
        ClaimVerificationEntity,
        manager.create(ClaimVerificationEntity, {
          organizationId: claim.organizationId,
          claimId: claim.id,
          methodVersion: CLAIMS_METHOD_VERSION,
          parameters: { ...parameters, processIds } satisfies StoredVerificationParameters,
          createdBy: userId,
        }),
      );
      if (evidence.length > 0) {
        // Each check runs seeded draws (up to 50 000): other requests run between processes.
        const checks = await mapYielding(evidence, (process) =>
          manager.create(ClaimCheckEntity, { ...checkOf(claim, process, control, peers, parameters), verificationId: verification.id }),
        );
        await manager.save(ClaimCheckEntity, checks);
      }
      return verification;
}
