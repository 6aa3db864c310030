import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import type { Actor } from '../../auth/domain/actor.js';
import type { DomainError } from '../errors/domain-error.js';
import type { TenantDatabase } from '../tenancy/tenant-database.service.js';
import type { TenantScope } from '../tenancy/tenant-scope.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from '../../claims/claim-verification.entity.js';
import { BaselineFiguresEntity } from '../../measurements/baseline-figures.entity.js';
import { MeasurementImportEntity } from '../../measurements/measurement-import.entity.js';
import { MeasurementPeriodEntity } from '../../measurements/measurement-period.entity.js';
import { DepartmentEntity } from '../../organizations/department.entity.js';
import { OrganizationEntity } from '../../organizations/organization.entity.js';
import { WorkflowStepEntity } from '../../processes/workflow-step.entity.js';
import { CANDIDATE_COLUMNS, type CandidateRow, RANK_IN_ORGANIZATION } from '../../scoring/candidate-ranking.query.js';

/**
 * Batching loaders, built fresh for every GraphQL request (so nothing is cached across users
 * or requests): a page of 100 processes asking for their steps costs one query, not 100.
 */
export interface RequestLoaders {
  organizationById: DataLoader<string, OrganizationEntity | undefined>;
  departmentById: DataLoader<string, DepartmentEntity | undefined>;
  departmentsByOrganizationId: DataLoader<string, DepartmentEntity[]>;
  stepsByProcessId: DataLoader<string, WorkflowStepEntity[]>;
  periodsByProcessId: DataLoader<string, MeasurementPeriodEntity[]>;
  baselinesByProcessId: DataLoader<string, BaselineFiguresEntity[]>;
  baselineByPeriodId: DataLoader<string, BaselineFiguresEntity | undefined>;
  importsByPeriodId: DataLoader<string, MeasurementImportEntity[]>;
  /** Stored scores with `rank`: the position within the process's organization by P50 NPV. */
  candidateByProcessId: DataLoader<string, (CandidateRow & { rank: number }) | undefined>;
  /** Newest first. */
  verificationsByClaimId: DataLoader<string, ClaimVerificationEntity[]>;
  checksByVerificationId: DataLoader<string, ClaimCheckEntity[]>;
  /** The checks of each claim's most recent verification that covered the process. */
  latestClaimChecksByProcessId: DataLoader<string, ClaimCheckEntity[]>;
}

export interface GraphQLContext {
  /** Null for an anonymous request; the guard lets those reach public operations only. */
  actor: Actor | null;
  /** Why the presented credential was refused, reported by the guard (not at parse time). */
  authenticationError?: DomainError;
  clientAddress: string;
  loaders: RequestLoaders;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | undefined)[] {
  const index = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => index.get(id));
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Loaders read within the caller's tenant scope, so row-level security applies to nested
 * fields exactly as to the query that reached them.
 */
export function createRequestLoaders(database: TenantDatabase, scope: TenantScope): RequestLoaders {
  const read = <T>(work: (manager: EntityManager) => Promise<T>) => database.run(scope, work);
  return {
    organizationById: new DataLoader(async (ids) =>
      byId(ids, await read((m) => m.findBy(OrganizationEntity, { id: In([...ids]) }))),
    ),
    departmentById: new DataLoader(async (ids) =>
      byId(ids, await read((m) => m.findBy(DepartmentEntity, { id: In([...ids]) }))),
    ),
    departmentsByOrganizationId: new DataLoader(async (organizationIds) =>
      groupBy(
        organizationIds,
        await read((m) =>
          m.find(DepartmentEntity, { where: { organizationId: In([...organizationIds]) }, order: { name: 'ASC' } }),
        ),
        (department) => department.organizationId,
      ),
    ),
    stepsByProcessId: new DataLoader(async (processIds) =>
      groupBy(
        processIds,
        await read((m) =>
          m.find(WorkflowStepEntity, { where: { processId: In([...processIds]) }, order: { position: 'ASC' } }),
        ),
        (step) => step.processId,
      ),
    ),
    periodsByProcessId: new DataLoader(async (processIds) =>
      groupBy(
        processIds,
        await read((m) =>
          m.find(MeasurementPeriodEntity, { where: { processId: In([...processIds]) }, order: { startsOn: 'ASC', label: 'ASC' } }),
        ),
        (period) => period.processId,
      ),
    ),
    baselinesByProcessId: new DataLoader(async (processIds) =>
      groupBy(
        processIds,
        await read((m) => m.find(BaselineFiguresEntity, { where: { processId: In([...processIds]) }, order: { computedAt: 'ASC' } })),
        (baseline) => baseline.processId,
      ),
    ),
    baselineByPeriodId: new DataLoader(async (periodIds) => {
      const rows = await read((m) => m.find(BaselineFiguresEntity, { where: { periodId: In([...periodIds]) } }));
      const index = new Map(rows.map((row) => [row.periodId, row]));
      return periodIds.map((id) => index.get(id));
    }),
    importsByPeriodId: new DataLoader(async (periodIds) =>
      groupBy(
        periodIds,
        await read((m) => m.find(MeasurementImportEntity, { where: { periodId: In([...periodIds]) }, order: { createdAt: 'ASC' } })),
        (record) => record.periodId,
      ),
    ),
    candidateByProcessId: new DataLoader(async (processIds) => {
      const rows = await read((m) =>
        m.query<(CandidateRow & { rank: number })[]>(
          `SELECT ${CANDIDATE_COLUMNS}, s.npv_p50::text AS sort_key, ${RANK_IN_ORGANIZATION} AS rank
           FROM candidate_score s WHERE s.process_id = ANY ($1::uuid[])`,
          [[...processIds]],
        ),
      );
      const index = new Map(rows.map((row) => [row.process_id, row]));
      return processIds.map((id) => index.get(id));
    }),
    verificationsByClaimId: new DataLoader(async (claimIds) =>
      groupBy(
        claimIds,
        await read((m) => m.find(ClaimVerificationEntity, { where: { claimId: In([...claimIds]) }, order: { createdAt: 'DESC', id: 'DESC' } })),
        (verification) => verification.claimId,
      ),
    ),
    checksByVerificationId: new DataLoader(async (verificationIds) =>
      groupBy(
        verificationIds,
        await read((m) => m.find(ClaimCheckEntity, { where: { verificationId: In([...verificationIds]) }, order: { processName: 'ASC', id: 'ASC' } })),
        (check) => check.verificationId,
      ),
    ),
    latestClaimChecksByProcessId: new DataLoader(async (processIds) =>
      groupBy(
        processIds,
        await read((m) =>
          m
            .createQueryBuilder(ClaimCheckEntity, 'c')
            .distinctOn(['c.process_id', 'c.claim_id'])
            .where('c.process_id IN (:...processIds)', { processIds: [...processIds] })
            .orderBy('c.process_id')
            .addOrderBy('c.claim_id')
            .addOrderBy('c.created_at', 'DESC')
            .getMany(),
        ),
        (check) => check.processId,
      ),
    ),
  };
}
