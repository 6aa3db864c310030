import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { authorize } from '../auth/access.js';
import { type Actor, memberScope, organizationIdsOf } from '../auth/domain/actor.js';
import { Permission } from '../auth/domain/permissions.js';
import { BadInputError, type FieldError, NotFoundError } from '../common/errors/domain-error.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, isIsoTimestampKey, type Page, toPage } from '../common/pagination/connection.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { isRecordId } from '../common/validation/uuid.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { ClaimScopeKind } from './claim.enums.js';
import type { ClaimVerificationEntity } from './claim-verification.entity.js';
import { ClaimVerifier } from './claim-verifier.service.js';
import type { VerificationParameters } from './stored-verification.js';
import { validateClaim } from './domain/claim.js';
import { DEFAULT_EX_POST_OPTIONS } from './domain/ex-post.js';
import type { ClaimsArgs, CreateVendorClaimInput, VerifyClaimOptionsInput } from './dtos/claim.types.js';
import { VendorClaimEntity } from './vendor-claim.entity.js';

/**
 * Vendor claims and their verifications. Auditors (and admins) register and verify; everyone in
 * the organization reads. A verification is written once, with every input it used, and never
 * changed: running it again later writes a new one.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly verifier: ClaimVerifier,
  ) {}

  create(actor: Actor, input: CreateVendorClaimInput): Promise<VendorClaimEntity> {
    authorize(actor, input.organizationId, Permission.MANAGE_CLAIMS, 'input.organizationId');
    const problems: FieldError[] = validateClaim({ metric: input.metric, direction: input.direction, magnitude: input.magnitude });
    const { scope } = input;
    if (scope.kind === ClaimScopeKind.PROCESS && !scope.processId) problems.push({ path: 'input.scope.processId', message: 'a PROCESS scope needs processId' });
    if (scope.kind === ClaimScopeKind.CATEGORY && !scope.category) problems.push({ path: 'input.scope.category', message: 'a CATEGORY scope needs category' });
    if (scope.kind !== ClaimScopeKind.PROCESS && scope.processId) problems.push({ path: 'input.scope.processId', message: `processId belongs to a PROCESS scope, not ${scope.kind}` });
    if (scope.kind !== ClaimScopeKind.CATEGORY && scope.category) problems.push({ path: 'input.scope.category', message: `category belongs to a CATEGORY scope, not ${scope.kind}` });
    if (problems.length > 0) throw new BadInputError(problems);
    return this.database.run(memberScope(actor), async (manager) => {
      if (scope.processId) {
        const process = await manager.findOneBy(ProcessEntity, { id: scope.processId });
        if (!process || process.organizationId !== input.organizationId) throw new NotFoundError('process', scope.processId, 'input.scope.processId');
      }
      return manager.save(
        VendorClaimEntity,
        manager.create(VendorClaimEntity, {
          organizationId: input.organizationId,
          vendor: input.vendor,
          sourceTitle: input.source.title,
          sourceDate: input.source.date ?? null,
          sourceReference: input.source.reference ?? null,
          sourceQuote: input.source.quote,
          metric: input.metric,
          direction: input.direction,
          magnitude: input.magnitude,
          scopeKind: scope.kind,
          scopeProcessId: scope.processId ?? null,
          scopeCategory: scope.category ?? null,
          createdBy: actor.userId,
        }),
      );
    });
  }

  get(actor: Actor, id: string): Promise<VendorClaimEntity> {
    return this.database.run(memberScope(actor), (manager) => this.find(manager, id));
  }

  /** Claims of the caller's organizations, newest first. */
  list(actor: Actor, args: ClaimsArgs): Promise<Page<VendorClaimEntity>> {
    if (args.organizationId) authorize(actor, args.organizationId, Permission.READ_INVENTORY, 'organizationId');
    const organizationIds = args.organizationId ? [args.organizationId] : organizationIdsOf(actor);
    return this.database.run(memberScope(actor), async (manager) => {
      const query = manager.createQueryBuilder(VendorClaimEntity, 'c').where('c.organization_id = ANY (:organizationIds)', { organizationIds });
      if (args.metric) query.andWhere('c.metric = :metric', { metric: args.metric });
      const totalCount = await query.getCount();
      if (args.after) {
        const cursor = decodeCursor(args.after, { isValidKey: isIsoTimestampKey, isValidId: isRecordId });
        query.andWhere('(c.created_at, c.id) < (:at::timestamptz, :id::uuid)', { at: cursor.key, id: cursor.id });
      }
      const pageSize = args.first ?? DEFAULT_PAGE_SIZE;
      const rows = await query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').take(pageSize + 1).getMany();
      return toPage(rows, pageSize, totalCount, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), (row) => row);
    });
  }

  verify(actor: Actor, claimId: string, options: VerifyClaimOptionsInput = {}): Promise<ClaimVerificationEntity> {
    return this.database.run(memberScope(actor), async (manager) => {
      const claim = await this.find(manager, claimId);
      authorize(actor, claim.organizationId, Permission.MANAGE_CLAIMS);
      const parameters: VerificationParameters = {
        alpha: options.alpha ?? DEFAULT_EX_POST_OPTIONS.alpha,
        seed: options.seed ?? DEFAULT_EX_POST_OPTIONS.seed,
        draws: options.draws ?? DEFAULT_EX_POST_OPTIONS.bootstrapDraws,
        minCases: options.minCases ?? DEFAULT_EX_POST_OPTIONS.minCases,
        controlProcessId: options.controlProcessId ?? null,
      };
      return this.verifier.verify(manager, claim, parameters, actor.userId);
    });
  }

  private async find(manager: EntityManager, id: string): Promise<VendorClaimEntity> {
    const claim = isRecordId(id) ? await manager.findOneBy(VendorClaimEntity, { id }) : null;
    if (!claim) throw new NotFoundError('vendor claim', id, 'claimId');
    return claim;
  }
}
