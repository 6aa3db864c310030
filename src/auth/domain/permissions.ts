import { Role } from './role.js';

/** What a role allows within its organization. */
export enum Permission {
  READ_INVENTORY = 'READ_INVENTORY',
  CREATE_PROCESS = 'CREATE_PROCESS',
  /** Change a process (and its steps) the user owns. */
  EDIT_OWN_PROCESS = 'EDIT_OWN_PROCESS',
  /** Hand a process to another owner, e.g. when its owner leaves. */
  ASSIGN_PROCESS_OWNER = 'ASSIGN_PROCESS_OWNER',
  EDIT_ORGANIZATION = 'EDIT_ORGANIZATION',
  MANAGE_DEPARTMENTS = 'MANAGE_DEPARTMENTS',
  MANAGE_MEMBERS = 'MANAGE_MEMBERS',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  /** Set automation scenarios (cost side) and Ease of Implementation weights. */
  EDIT_SCENARIOS = 'EDIT_SCENARIOS',
  /** Register vendor claims and run their verifications. */
  MANAGE_CLAIMS = 'MANAGE_CLAIMS',
}

/**
 * The role matrix. Auditors read but never change processes or measurements, and register and
 * verify vendor claims; managers read
 * everything and steer automation scenarios and readiness weights; administrators manage
 * people and structure but do not edit other people's processes.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.PROCESS_OWNER]: [Permission.READ_INVENTORY, Permission.CREATE_PROCESS, Permission.EDIT_OWN_PROCESS],
  [Role.MANAGER]: [Permission.READ_INVENTORY, Permission.EDIT_SCENARIOS],
  [Role.AUDITOR]: [Permission.READ_INVENTORY, Permission.READ_AUDIT_LOG, Permission.MANAGE_CLAIMS],
  [Role.ADMIN]: [
    Permission.READ_INVENTORY,
    Permission.EDIT_ORGANIZATION,
    Permission.MANAGE_DEPARTMENTS,
    Permission.MANAGE_MEMBERS,
    Permission.ASSIGN_PROCESS_OWNER,
    Permission.READ_AUDIT_LOG,
    Permission.EDIT_SCENARIOS,
    Permission.MANAGE_CLAIMS,
  ],
};
