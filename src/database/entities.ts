import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { ClaimCheckEntity, ClaimVerificationEntity } from '../claims/claim-verification.entity.js';
import { VendorClaimEntity } from '../claims/vendor-claim.entity.js';
import { ApiTokenEntity } from '../auth/api-token.entity.js';
import { UserSessionEntity } from '../auth/user-session.entity.js';
import { InvitationEntity } from '../auth/invitation.entity.js';
import { MembershipEntity } from '../auth/membership.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { BaselineFiguresEntity } from '../measurements/baseline-figures.entity.js';
import { MeasurementImportEntity } from '../measurements/measurement-import.entity.js';
import { MeasurementPeriodEntity } from '../measurements/measurement-period.entity.js';
import { DepartmentEntity } from '../organizations/department.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProcessEntity } from '../processes/process.entity.js';
import { WorkflowStepEntity } from '../processes/workflow-step.entity.js';
import { AutomationScenarioEntity } from '../scoring/automation-scenario.entity.js';
import { CandidateScoreEntity } from '../scoring/candidate-score.entity.js';
import { ReadinessWeightsEntity } from '../scoring/readiness-weights.entity.js';

/** Every entity of the schema; the migration drift test compares them with migrations/. */
export const ENTITIES = [
  OrganizationEntity,
  DepartmentEntity,
  ProcessEntity,
  WorkflowStepEntity,
  UserEntity,
  MembershipEntity,
  ApiTokenEntity,
  InvitationEntity,
  UserSessionEntity,
  AuditLogEntity,
  MeasurementPeriodEntity,
  MeasurementImportEntity,
  BaselineFiguresEntity,
  AutomationScenarioEntity,
  ReadinessWeightsEntity,
  CandidateScoreEntity,
  VendorClaimEntity,
  ClaimVerificationEntity,
  ClaimCheckEntity,
];
