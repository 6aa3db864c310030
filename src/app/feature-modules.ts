import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { MeasurementsModule } from '../measurements/measurements.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { WebAppModule } from '../web/web-app.module.js';

/**
 * The application's features. Each module declares the entities it owns (featureEntities), so
 * the schema is what these modules, and the modules they import, declare.
 */
export const FEATURE_MODULES = [
  AuthModule,
  AuditModule,
  OrganizationsModule,
  ProcessesModule,
  MeasurementsModule,
  ScoringModule,
  ClaimsModule,
  ReportsModule,
  WebAppModule,
];
