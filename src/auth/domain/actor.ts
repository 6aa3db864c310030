import type { TenantScope } from '../../common/tenancy/tenant-scope.js';
import { type Permission, ROLE_PERMISSIONS } from './permissions.js';
import type { Role } from './role.js';

export interface Membership {
  organizationId: string;
  role: Role;
}

/** The authenticated caller of one request, with memberships read at the start of the request. */
export interface Actor {
  userId: string;
  email: string;
  platformAdmin: boolean;
  memberships: readonly Membership[];
}

export function organizationIdsOf(actor: Actor): string[] {
  return [...new Set(actor.memberships.map((membership) => membership.organizationId))];
}

export function isMemberOf(actor: Actor, organizationId: string): boolean {
  return actor.memberships.some((membership) => membership.organizationId === organizationId);
}

export function can(actor: Actor, organizationId: string, permission: Permission): boolean {
  return actor.memberships.some(
    (membership) =>
      membership.organizationId === organizationId && ROLE_PERMISSIONS[membership.role].includes(permission),
  );
}

/** Every organization the actor belongs to: the widest scope an ordinary request gets. */
export function memberScope(actor: Actor): TenantScope {
  return { organizationIds: organizationIdsOf(actor), userId: actor.userId };
}

/** Platform administration: every organization. Only for the few operations that need it. */
export function platformScope(actor: Actor): TenantScope {
  return { organizationIds: [], userId: actor.userId, allOrganizations: true };
}

/** Organizations the actor may list: all for a platform administrator, else its own. */
export function visibleScope(actor: Actor): TenantScope {
  return actor.platformAdmin ? platformScope(actor) : memberScope(actor);
}
