import { Injectable } from '@nestjs/common';
import { authorize } from '../auth/access.js';
import { type Actor, memberScope } from '../auth/domain/actor.js';
import { Permission } from '../auth/domain/permissions.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../common/pagination/connection.js';
import { TenantDatabase } from '../common/tenancy/tenant-database.service.js';
import { AuditLogEntity } from './audit-log.entity.js';
import type { AuditFilterInput } from './dtos/audit-entry.type.js';

/** Reading the trail: auditors and administrators of the organization, newest first. */
/** Audit entries are keyed by a bigint id. */
const isBigintId = (id: string): boolean => /^\d{1,18}$/.test(id);

@Injectable()
export class AuditService {
  constructor(private readonly database: TenantDatabase) {}

  list(
    actor: Actor,
    organizationId: string,
    filter: AuditFilterInput,
    first: number | null = DEFAULT_PAGE_SIZE,
    after?: string | null,
  ): Promise<Page<AuditLogEntity>> {
    authorize(actor, organizationId, Permission.READ_AUDIT_LOG, 'organizationId');
    return this.database.run(memberScope(actor), async (manager) => {
      const query = manager
        .createQueryBuilder(AuditLogEntity, 'a')
        .where('a.organization_id = :organizationId', { organizationId })
        .orderBy('a.id', 'DESC');
      if (filter.entity) query.andWhere('a.entity = :entity', { entity: filter.entity });
      if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
      if (filter.actorUserId) query.andWhere('a.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
      if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
      if (filter.occurredFrom) query.andWhere('a.occurred_at >= :occurredFrom', { occurredFrom: filter.occurredFrom });
      if (filter.occurredBefore) query.andWhere('a.occurred_at < :occurredBefore', { occurredBefore: filter.occurredBefore });
      const totalCount = await query.getCount();
      if (after != null) {
        const cursor = decodeCursor(after, { isValidKey: isBigintId, isValidId: isBigintId });
        query.andWhere('a.id < :id', { id: cursor.id });
      }
      const pageSize = first ?? DEFAULT_PAGE_SIZE;
      const rows = await query.take(pageSize + 1).getMany();
      return toPage(rows, pageSize, totalCount, (row) => ({ key: row.id, id: row.id }), (row) => row);
    });
  }
}
