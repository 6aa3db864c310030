import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { memberScope, type Actor } from '../auth/domain/actor.js';
import { enumLabel } from '../common/i18n/enum-labels.js';
import type { Language } from '../common/i18n/formatters.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import type { ClaimEvidenceRecord } from '../claims/claim-evidence.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from '../claims/claim-verification.entity.js';
import type { BaselineFigures } from '../measurements/domain/baseline-figures.js';
import { toClaimCheckType, toVendorClaimType } from '../claims/claim.mapper.js';
import { VendorClaimEntity } from '../claims/vendor-claim.entity.js';
import { MeasurementImportEntity } from '../measurements/measurement-import.entity.js';
import { MeasurementPeriodEntity } from '../measurements/measurement-period.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { canonicalJson, sha256Hex } from './domain/canonical-json.js';
import type { ReportPeriod, VerificationReportData } from './verification-report.data.js';

/**
 * Reads one verification with what it rests on, as its reader in GraphQL may: inside the
 * caller's row-level security, so another office's verification does not exist (NOT_FOUND).
 * Reads only; generating a report writes nothing.
 */
@Injectable()
export class VerificationReportReader {
  constructor(private readonly database: TenantDatabase) {}

  read(actor: Actor, verificationId: string, language: Language): Promise<VerificationReportData> {
    return this.database.run(memberScope(actor), async (manager) => {
      const verification = isRecordId(verificationId) ? await manager.findOneBy(ClaimVerificationEntity, { id: verificationId }) : null;
      if (!verification) throw new NotFoundError('verification', verificationId, 'id');
      const claimEntity = await manager.findOneByOrFail(VendorClaimEntity, { id: verification.claimId });
      const organization = await manager.findOneByOrFail(OrganizationEntity, { id: verification.organizationId });
      const checkEntities = await manager.find(ClaimCheckEntity, { where: { verificationId }, order: { processName: 'ASC', processId: 'ASC' } });
      const stored = checkEntities.map((check) => check.inputs as Partial<ClaimEvidenceRecord>);
      const periodIds = [...new Set(stored.flatMap((inputs) => [inputs.baselinePeriodId, inputs.afterPeriodId]).filter((id): id is string => Boolean(id)))];
      const periods = periodIds.length > 0 ? await manager.findBy(MeasurementPeriodEntity, { id: In(periodIds) }) : [];
      const imports = periodIds.length > 0
        ? await manager.find(MeasurementImportEntity, { where: { periodId: In(periodIds) }, order: { createdAt: 'ASC', id: 'ASC' } })
        : [];
      const scopeProcess = claimEntity.scopeProcessId ? await manager.findOneBy(ProcessEntity, { id: claimEntity.scopeProcessId }) : null;

      const periodOf = (id: string | null | undefined, figures: BaselineFigures | null | undefined): ReportPeriod | null => {
        if (!id) return null;
        const period = periods.find((candidate) => candidate.id === id);
        return {
          id,
          kind: period?.kind ?? '',
          label: period?.label ?? '',
          startsOn: period?.startsOn ?? '',
          endsOn: period?.endsOn ?? '',
          present: Boolean(period),
          imports: imports
            .filter((entry) => entry.periodId === id)
            .map((entry) => ({ fileName: entry.fileName, sha256: entry.contentHash, rows: entry.rowCount })),
          grade: figures?.grade ?? null,
          cases: figures?.cases ?? null,
        };
      };

      const claim = toVendorClaimType(claimEntity);
      const checks = checkEntities.map((entity, index) => {
        const { processId, processName, exAnte, exPost } = toClaimCheckType(entity);
        return {
          processId,
          processName,
          exAnte,
          exPost,
          baseline: periodOf(stored[index].baselinePeriodId, stored[index].baselineFigures),
          after: periodOf(stored[index].afterPeriodId, stored[index].afterFigures),
        };
      });
      const parameters = verification.parameters as { alpha: number; seed: number; draws: number; minCases: number; controlProcessId: string | null };
      const storedInputs = {
        verification: { id: verification.id, claimId: verification.claimId, methodVersion: verification.methodVersion, parameters: verification.parameters, createdAt: verification.createdAt },
        claim,
        checks: checkEntities.map((check) => ({ processId: check.processId, processName: check.processName, inputs: check.inputs, exAnte: check.exAnte, exPost: check.exPost })),
      };
      return {
        organization: { name: organization.name, terytCode: organization.terytCode },
        verification: {
          id: verification.id,
          createdAt: verification.createdAt.toISOString(),
          methodVersion: verification.methodVersion,
          alpha: parameters.alpha,
          seed: parameters.seed,
          draws: parameters.draws,
          minCases: parameters.minCases,
          controlProcessId: parameters.controlProcessId ?? null,
        },
        claim: {
          id: claim.id,
          vendor: claim.vendor,
          statement: claim.statement,
          quote: claim.source.quote,
          sourceTitle: claim.source.title,
          sourceDate: claim.source.date,
          sourceReference: claim.source.reference,
          metric: claim.metric,
          direction: claim.direction,
          magnitude: claim.magnitude,
          scopeKind: claim.scope.kind,
          scopeLabel: scopeProcess?.name ?? (claim.scope.category ? enumLabel(language, 'ProcessCategory', claim.scope.category) : null),
        },
        checks,
        inputsSha256: sha256Hex(canonicalJson(storedInputs)),
      };
    });
  }
}
