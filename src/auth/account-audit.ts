import type { EntityManager } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity.js';

export interface AccountChange {
  action: 'INSERT' | 'UPDATE';
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/**
 * Accounts, tokens and sessions belong to a person, not to an office, and have no row trigger:
 * each office the person belongs to gets the change in its own trail. Runs inside the caller's
 * transaction, which it lets see those offices (the audit trail's row-level security checks
 * each row's office).
 */
export async function recordAccountChange(manager: EntityManager, userId: string, change: AccountChange): Promise<void> {
  const memberships = await manager.query<{ organizationId: string }[]>(
    'SELECT DISTINCT organization_id AS "organizationId" FROM auth_memberships($1)',
    [userId],
  );
  if (memberships.length === 0) return;
  const organizationIds = memberships.map((membership) => membership.organizationId);
  await manager.query("SELECT set_config('app.organization_ids', $1, true)", [`{${organizationIds.join(',')}}`]);
  await manager.save(
    AuditLogEntity,
    organizationIds.map((organizationId) => manager.create(AuditLogEntity, { organizationId, actorUserId: userId, ...change })),
  );
}
