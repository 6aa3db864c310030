import { AddUserSessions1796690836662 } from './1796690836662-AddUserSessions.js';
import { RestrictCredentialReads1796690426267 } from './1796690426267-RestrictCredentialReads.js';
import { AddSavingsMethodTwo1796240825100 } from './1796240825100-AddSavingsMethodTwo.js';
import { CascadeMeasurementsWithTheirPeriod1796195202197 } from './1796195202197-CascadeMeasurementsWithTheirPeriod.js';
import { AddOrganizationTimeZone1796194399052 } from './1796194399052-AddOrganizationTimeZone.js';
import { AddInvitations1796193313750 } from './1796193313750-AddInvitations.js';
import { ReplaceImportScopeGuard1795408080252 } from './1795408080252-ReplaceImportScopeGuard.js';
import { AddVendorClaims1795407327970 } from './1795407327970-AddVendorClaims.js';
import { AddCandidateScoring1795404081748 } from './1795404081748-AddCandidateScoring.js';
import { AddMeasurements1795340503586 } from './1795340503586-AddMeasurements.js';
import { EnableTenantIsolation1795339240489 } from './1795339240489-EnableTenantIsolation.js';
import { AddAccountsAndAuditLog1795339220011 } from './1795339220011-AddAccountsAndAuditLog.js';
import { CreateProcessInventory1795338045027 } from './1795338045027-CreateProcessInventory.js';
/**
 * The ordered list of reviewed migrations. `npm run migration:generate -- <Name>` appends new
 * ones here; an explicit list (not a glob) keeps ESM, jest and the compiled build in agreement.
 */
export const MIGRATIONS: Function[] = [CreateProcessInventory1795338045027, AddAccountsAndAuditLog1795339220011, EnableTenantIsolation1795339240489, AddMeasurements1795340503586, AddCandidateScoring1795404081748, AddVendorClaims1795407327970, ReplaceImportScopeGuard1795408080252, AddInvitations1796193313750, AddOrganizationTimeZone1796194399052, CascadeMeasurementsWithTheirPeriod1796195202197, AddSavingsMethodTwo1796240825100, RestrictCredentialReads1796690426267, AddUserSessions1796690836662];
