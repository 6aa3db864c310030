import { DomainError, ErrorCode, NotFoundError } from '../common/errors/domain-error.js';
import { type Actor, can, isMemberOf } from './domain/actor.js';
import type { Permission } from './domain/permissions.js';

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
