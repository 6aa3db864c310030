import { DomainError, ErrorCode, NotFoundError } from '../common/errors/domain-error.js';
import { type Actor, can, isMemberOf } from './domain/actor.js';
import { Permission } from './domain/permissions.js';

/**
 * Refuses unless the actor holds the permission in the organization. An organization the
 * actor does not belong to reads as missing (NOT_FOUND), so a probe learns nothing about it.
 */
export function authorize(
  actor: Actor,
  organizationId: string,
  permission: Permission,
  referencePath?: string,
): void {
  if (can(actor, organizationId, permission)) return;
  if (!isMemberOf(actor, organizationId) && !actor.platformAdmin) {
    throw new NotFoundError('organization', organizationId, referencePath);
  }
  throw new ForbiddenError(`your roles in this organization do not allow this (${permission})`);
}

/**
 * Only the process's owner, holding PROCESS_OWNER in its organization, changes a process and
 * its measurements. Others who may read it get FORBIDDEN with `refusal`; others get NOT_FOUND.
 */
export function authorizeProcessOwner(
  actor: Actor,
  process: { ownerUserId: string | null; organizationId: string },
  refusal: string,
): void {
  if (process.ownerUserId === actor.userId && can(actor, process.organizationId, Permission.EDIT_OWN_PROCESS)) return;
  authorize(actor, process.organizationId, Permission.READ_INVENTORY);
  throw new ForbiddenError(refusal);
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'sign in first: send Authorization: Bearer <access token or API token>') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
