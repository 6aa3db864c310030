import { OrganizationArgs } from '../common/tenancy/organization.args.js';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { Actor } from '../auth/domain/actor.js';
import { PageArgs } from '../common/pagination/connection.js';
import type { AuditLogEntity } from './audit-log.entity.js';
import { AuditService } from './audit.service.js';
import { AuditEntryConnection, AuditEntryType, AuditFilterInput } from './dtos/audit-entry.type.js';
import { InputArg } from '../common/validation/input-arg.js';

function toAuditEntryType(entity: AuditLogEntity): AuditEntryType {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    actorUserId: entity.actorUserId,
    action: entity.action,
    entity: entity.entity,
    entityId: entity.entityId,
    before: entity.before,
    after: entity.after,
    fileHash: entity.fileHash,
    occurredAt: entity.occurredAt,
  };
}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit trail of an organization, newest first (AUDITOR, ADMIN).' })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args() organization: OrganizationArgs,
    @InputArg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<AuditEntryConnection> {
    const result = await this.audit.list(actor, organization.organizationId, filter ?? {}, page.first, page.after);
    return { ...result, edges: result.edges.map((edge) => ({ ...edge, node: toAuditEntryType(edge.node) })) };
  }
}
