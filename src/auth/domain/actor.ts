import { type Permission, ROLE_PERMISSIONS } from './permissions.js';
import type { Role } from './role.js';

export interface Membership {
  organizationId: string;
  role: Role;
}

/**
 * The organizations (and user) a unit of work may see: what the tenant database sets for
 * row-level security (common/tenancy's ActorScope has this shape; the domain names it itself).
 */
export interface ActorScope {
  organizationIds: string[];
  userId: string;
  allOrganizations?: boolean;
}

/** The authenticated caller of one request, with memberships read at the start of the request. */
export interface Actor {
  userId: string;
  email: string;
  platformAdmin: boolean;
  memberships: readonly Membership[];
  /** The web sign-in the request came with; absent for an API token. */
  sessionId?: string;
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
export function memberScope(actor: Actor): ActorScope {
  return { organizationIds: organizationIdsOf(actor), userId: actor.userId };
}

/** Platform administration: every organization. Only for the few operations that need it. */
export function platformScope(actor: Actor): ActorScope {
  return { organizationIds: [], userId: actor.userId, allOrganizations: true };
}

/** Organizations the actor may list: all for a platform administrator, else its own. */
export function visibleScope(actor: Actor): ActorScope {
  return actor.platformAdmin ? platformScope(actor) : memberScope(actor);
}
