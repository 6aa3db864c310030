/**
 * What one database transaction may see: the organizations put into the row-level-security
 * settings, and the user recorded by the audit triggers.
 */
export interface TenantScope {
  organizationIds: readonly string[];
  userId: string | null;
  /** Platform administration only (creating or deleting an organization). */
  allOrganizations?: boolean;
}
