import { Injectable } from '@nestjs/common';
import { memberScope, type Actor } from '../auth/domain/actor.js';
import { enumLabel } from '../shared/enum-labels.js';
import type { Language } from '../shared/formatters.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import { VerificationReader } from '../claims/verification-reader.service.js';
import type { BaselineFigures } from '../measurements/domain/baseline-figures.js';
import { PeriodReader } from '../measurements/period-reader.service.js';
import { OrganizationReader } from '../organizations/organization-reader.service.js';
import { ProcessReader } from '../processes/process-reader.service.js';
import { canonicalJson, sha256Hex } from './domain/canonical-json.js';
import type { ReportPeriod, VerificationReportData } from './verification-report.data.js';

/**
 * Reads one verification with what it rests on, as its reader in GraphQL may: inside the
 * caller's row-level security, so another office's verification does not exist (NOT_FOUND).
 * Reads only, through the services of the features that own the data; generating a report
 * writes nothing.
 */
@Injectable()
export class VerificationReportReader {
  constructor(
    private readonly database: TenantDatabase,
    private readonly verifications: VerificationReader,
    private readonly organizations: OrganizationReader,
    private readonly periods: PeriodReader,
    private readonly processes: ProcessReader,
  ) {}

  read(actor: Actor, verificationId: string, language: Language): Promise<VerificationReportData> {
    return this.database.run(memberScope(actor), async (manager) => {
      const record = isRecordId(verificationId) ? await this.verifications.read(manager, verificationId) : null;
      if (!record) throw new NotFoundError('verification', verificationId, 'id');
      const { verification, claim, checks } = record;
      const organization = await this.organizations.organization(manager, verification.organizationId);
      const periodIds = [...new Set(checks.flatMap(({ inputs }) => [inputs.baselinePeriodId, inputs.afterPeriodId]).filter((id): id is string => Boolean(id)))];
      const periods = await this.periods.periods(manager, periodIds);
      const scopeName = claim.scope.processId ? await this.processes.name(manager, claim.scope.processId) : null;

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
          imports: (period?.imports ?? []).map((entry) => ({ fileName: entry.fileName, sha256: entry.contentHash, rows: entry.rowCount })),
          grade: figures?.grade ?? null,
          cases: figures?.cases ?? null,
        };
      };

      const { parameters } = verification;
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
          scopeLabel: scopeName ?? (claim.scope.category ? enumLabel(language, 'ProcessCategory', claim.scope.category) : null),
        },
        checks: checks.map(({ processId, processName, exAnte, exPost, inputs }) => ({
          processId,
          processName,
          exAnte,
          exPost,
          baseline: periodOf(inputs.baselinePeriodId, inputs.baselineFigures),
          after: periodOf(inputs.afterPeriodId, inputs.afterFigures),
        })),
        inputsSha256: sha256Hex(canonicalJson(record.stored)),
      };
    });
  }
}
