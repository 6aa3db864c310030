/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The code the inviting administrator passed on. */
  code: string;
  /** The account's password; for a new account, the password it will have (at least 12 characters). */
  password: string;
};

export type AuditFilterInput = {
  /** What: INSERT, UPDATE, DELETE or a named action such as IMPORT. */
  action?: string | null | undefined;
  /** Who: entries caused by this user. */
  actorUserId?: string | number | null | undefined;
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  /** When: before this moment. */
  occurredBefore?: string | null | undefined;
  /** When: at or after this moment. */
  occurredFrom?: string | null | undefined;
};

export type AutomationScenarioInput = {
  /** Correlation rho between the draws of the automatable share a and the exception rate e (Gaussian copula), -0.95..0.95; default 0 (independent). */
  automatableExceptionCorrelation?: number | null | undefined;
  /** Hours one bot can run per year (default 24*365*0.8 = 7008). */
  botCapacityHours?: number | null | undefined;
  /** Bot licence per bot-year (L). */
  botLicensePerYear?: string | null | undefined;
  /** Bot runtime per case as a share of the human minutes (k, default 0.25). */
  botSpeedFactor?: number | null | undefined;
  /** Cost of one error (c_e); a process's own value wins. */
  costPerError?: string | null | undefined;
  /** Discount rate per year (d, default 0.05). */
  discountRate?: number | null | undefined;
  /** Grant towards the implementation (G). */
  grantAmount?: string | null | undefined;
  /** Years the NPV covers (T, default 3). */
  horizonYears?: number | null | undefined;
  /** Fully loaded cost of one staff hour (c_h); a process's own value wins. */
  hourlyLabourCost?: string | null | undefined;
  /** One-off implementation cost (I). */
  implementationCost?: string | null | undefined;
  /** Yearly maintenance as a share of the implementation cost (m, default 0.2). */
  maintenanceShare?: number | null | undefined;
  /** Number of Monte Carlo draws (default 10000). */
  monteCarloDraws?: number | null | undefined;
  /** Seed of the Monte Carlo draws (default 20260101). */
  monteCarloSeed?: number | null | undefined;
  /** Productive hours of one FTE per year (default 1600). */
  productiveHoursPerFte?: number | null | undefined;
  /** Staff minutes supervising one automated case (s, default 1). */
  supervisionMinutes?: number | null | undefined;
};

export type CandidateFilterInput = {
  /** true: only candidates; false: only processes with nothing worth automating. A portfolio always sums candidates only. */
  candidate?: boolean | null | undefined;
  category?: ProcessCategory | null | undefined;
  departmentId?: string | number | null | undefined;
  /** Weakest evidence to include: CASE_SAMPLE keeps EVENT_LOG and CASE_SAMPLE. */
  minEvidence?: EvidenceGrade | null | undefined;
  quadrant?: Quadrant | null | undefined;
  status?: ProcessStatus | null | undefined;
};

export type ClaimDirection =
  | 'DECREASE'
  | 'INCREASE';

export type ClaimMetric =
  | 'AVAILABILITY'
  | 'COST_PER_CASE'
  | 'ERROR_RATE'
  | 'HANDLING_TIME'
  | 'LEAD_TIME'
  | 'REACTION_TIME';

export type ClaimScopeInput = {
  /** For kind CATEGORY. */
  category?: ProcessCategory | null | undefined;
  kind: ClaimScopeKind;
  /** For kind PROCESS. */
  processId?: string | number | null | undefined;
};

export type ClaimScopeKind =
  | 'CATEGORY'
  | 'ORGANIZATION'
  | 'PROCESS';

export type ClaimSourceInput = {
  /** YYYY-MM-DD */
  date?: string | null | undefined;
  /** The sentence that makes the promise, verbatim. */
  quote: string;
  /** URL or document reference (e.g. a case file number). */
  reference?: string | null | undefined;
  /** Title of the document making the promise. */
  title: string;
};

export type CreateApiTokenInput = {
  /** 1..730 days; omitted: no expiry (revoke it instead). */
  expiresInDays?: number | null | undefined;
  name: string;
};

export type CreateMeasurementPeriodInput = {
  endsOn: string;
  kind: PeriodKind;
  label: string;
  processId: string | number;
  serviceHoursPerWeek?: number | null | undefined;
  startsOn: string;
};

export type CreateProcessInput = {
  /** Default 1. */
  applicationCount?: number | null | undefined;
  category: ProcessCategory;
  costPerError?: string | null | undefined;
  /** Default false. */
  decidesAboutPerson?: boolean | null | undefined;
  departmentId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Default false. */
  documentationAvailable?: boolean | null | undefined;
  estimatedErrorRate?: number | null | undefined;
  estimatedHandlingMinutes?: number | null | undefined;
  estimatedMonthlyVolume?: number | null | undefined;
  /** Share of cases needing human judgement; default 0. */
  exceptionRate?: number | null | undefined;
  /** Default 0. */
  expectedChanges12m?: number | null | undefined;
  hourlyLabourCost?: string | null | undefined;
  name: string;
  organizationId: string | number;
  /** Who to ask about the process. */
  ownerContact?: string | null | undefined;
  /** Hours a week the service is open to its clients now, up to 168. */
  serviceHoursPerWeek?: number | null | undefined;
  standardisationEstimate?: number | null | undefined;
  /** Defaults to DRAFT. */
  status?: ProcessStatus | null | undefined;
  statutoryDeadlineDays?: number | null | undefined;
  /** In order; defaults to none. */
  steps?: Array<WorkflowStepInput> | null | undefined;
};

export type CreateVendorClaimInput = {
  direction: ClaimDirection;
  /** r: 0.5 = 50%; above 0, at most 10 (at most 1 for a decrease). */
  magnitude: number;
  metric: ClaimMetric;
  organizationId: string | number;
  scope: ClaimScopeInput;
  source: ClaimSourceInput;
  vendor: string;
};

/** Strongest first: EVENT_LOG, CASE_SAMPLE, MONTHLY_TOTALS, ESTIMATE. */
export type EvidenceGrade =
  | 'CASE_SAMPLE'
  | 'ESTIMATE'
  | 'EVENT_LOG'
  | 'MONTHLY_TOTALS';

/** Before a pilot: is the promise within what the process structure allows? */
export type ExAnteVerdict =
  | 'IMPLAUSIBLE'
  | 'OPTIMISTIC'
  | 'PLAUSIBLE'
  | 'UNDETERMINED';

/** After a pilot: did the measured change reach the promise? */
export type ExPostVerdict =
  | 'CONTRADICTED'
  | 'INCONCLUSIVE'
  | 'INSUFFICIENT_DATA'
  | 'SUPPORTED';

export type ImportFormat =
  | 'CASE_CSV'
  | 'EVENT_CSV'
  | 'GRAPHQL'
  | 'MONTHLY_CSV'
  | 'XES';

export type InviteMemberInput = {
  /** The name shown to colleagues if the invitation creates an account. */
  displayName: string;
  email: string;
  /** The organization the person is invited to. */
  organizationId: string | number;
  role: Role;
};

export type LoginInput = {
  email: string;
  password: string;
};

/** Why a process is no automation candidate: NO_AUTOMATABLE_WORK (a = 0 or no handling time), NO_CASES_FOR_A_BOT (V (1 - e) = 0), SUPERVISION_NOT_LESS_THAN_WORK (h a <= s). */
export type NotCandidateReason =
  | 'NO_AUTOMATABLE_WORK'
  | 'NO_CASES_FOR_A_BOT'
  | 'SUPERVISION_NOT_LESS_THAN_WORK';

/** BASELINE: before automation; AFTER: after a pilot or go-live. */
export type PeriodKind =
  | 'AFTER'
  | 'BASELINE';

export type ProcessCategory =
  | 'AGRICULTURAL_SUBMISSIONS'
  | 'CORRESPONDENCE'
  | 'DATABASE_UPDATES'
  | 'DOCUMENT_VALIDITY'
  | 'ENERGY_READINGS'
  | 'INVOICE_PROCESSING'
  | 'OTHER'
  | 'PERMITS'
  | 'STATISTICAL_REPORTING'
  | 'TAX_PROCESSING'
  | 'VEHICLE_REGISTRATION'
  | 'WATER_CONSUMPTION';

export type ProcessFilterInput = {
  category?: ProcessCategory | null | undefined;
  departmentId?: string | number | null | undefined;
  organizationId?: string | number | null | undefined;
  status?: ProcessStatus | null | undefined;
  /** Case-insensitive match in name or description. */
  text?: string | null | undefined;
};

/** Where the process stands on the way to automation. */
export type ProcessStatus =
  | 'ASSESSED'
  | 'AUTOMATED'
  | 'DRAFT'
  | 'PILOT'
  | 'REJECTED';

/** QUICK_WIN: AP >= 50 and EI >= 50; STRATEGIC: AP >= 50, EI < 50; LOW_VALUE: AP < 50, EI >= 50; NOT_READY: both below 50. */
export type Quadrant =
  | 'LOW_VALUE'
  | 'NOT_READY'
  | 'QUICK_WIN'
  | 'STRATEGIC';

/** Every key sorts the best candidate first. */
export type RankingOrder =
  | 'AUTOMATION_POTENTIAL'
  | 'HOURS_SAVED'
  | 'NET_BENEFIT_P50'
  | 'NPV_P50'
  | 'PROBABILITY_POSITIVE_NPV';

export type ReadinessWeightsInput = {
  applicationComplexity: number;
  documentation: number;
  stability: number;
  standardisation: number;
  structuredInput: number;
};

export type RefreshSessionInput = {
  /** Seconds since the person last typed, clicked or touched the page (0: now). */
  lastActiveSecondsAgo: number;
  refreshToken: string;
};

/** PROCESS_OWNER edits own processes; MANAGER reads all, steers scenarios; AUDITOR reads, registers claims, runs verifications; ADMIN manages users and structure. */
export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'MANAGER'
  | 'PROCESS_OWNER';

export type RoleGrantInput = {
  organizationId: string | number;
  role: Role;
  userId: string | number;
};

/** How the input of a step arrives: only STRUCTURED_DIGITAL input is bot-ready. */
export type StepInputType =
  | 'PAPER'
  | 'STRUCTURED_DIGITAL'
  | 'UNSTRUCTURED_DIGITAL';

export type UpdateMeasurementPeriodInput = {
  endsOn?: string | null | undefined;
  label?: string | null | undefined;
  serviceHoursPerWeek?: number | null | undefined;
  startsOn?: string | null | undefined;
};

/** Omitted fields stay as they are; null clears a nullable field. */
export type UpdateProcessInput = {
  /** Default 1. */
  applicationCount?: number | null | undefined;
  category?: ProcessCategory | null | undefined;
  costPerError?: string | null | undefined;
  /** Default false. */
  decidesAboutPerson?: boolean | null | undefined;
  departmentId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Default false. */
  documentationAvailable?: boolean | null | undefined;
  estimatedErrorRate?: number | null | undefined;
  estimatedHandlingMinutes?: number | null | undefined;
  estimatedMonthlyVolume?: number | null | undefined;
  /** Share of cases needing human judgement; default 0. */
  exceptionRate?: number | null | undefined;
  /** Default 0. */
  expectedChanges12m?: number | null | undefined;
  hourlyLabourCost?: string | null | undefined;
  name?: string | null | undefined;
  /** Who to ask about the process. */
  ownerContact?: string | null | undefined;
  /** Hours a week the service is open to its clients now, up to 168. */
  serviceHoursPerWeek?: number | null | undefined;
  standardisationEstimate?: number | null | undefined;
  /** Defaults to DRAFT. */
  status?: ProcessStatus | null | undefined;
  statutoryDeadlineDays?: number | null | undefined;
  /** The complete new list of steps, in order, saved in the same transaction as the fields; omit to keep the steps. */
  steps?: Array<WorkflowStepInput> | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: number;
};

export type VerifyClaimOptionsInput = {
  /** Two-sided test level (default 0.05). */
  alpha?: number | null | undefined;
  /** A comparable process of the organization that was not automated: difference in differences. */
  controlProcessId?: string | number | null | undefined;
  /** Draws of the bootstrap and the ex-ante bound (default 4000). */
  draws?: number | null | undefined;
  /** Cases per period below which the after-pilot verdict is INSUFFICIENT_DATA (default 30); from 5, with a seeded bootstrap under 30. */
  minCases?: number | null | undefined;
  /** Seed of the bootstrap and ex-ante draws (default 20261123). */
  seed?: number | null | undefined;
};

export type WorkflowStepInput = {
  /** Overrides the rule "rule-based AND structured digital"; needs a reason. */
  automatableOverride?: boolean | null | undefined;
  automatableReason?: string | null | undefined;
  inputType: StepInputType;
  minutesPerCase: number;
  name: string;
  ruleBased: boolean;
  /** Defaults to none. */
  systems?: Array<string> | null | undefined;
};

export type SessionTokensFragment = { accessToken: string, expiresAt: string, refreshToken: string, sessionId: string, idleExpiresAt: string, sessionExpiresAt: string, serverTime: string };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, refreshToken: string, sessionId: string, idleExpiresAt: string, sessionExpiresAt: string, serverTime: string } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresAt: string, refreshToken: string, sessionId: string, idleExpiresAt: string, sessionExpiresAt: string, serverTime: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { me: { id: string, email: string, platformAdmin: boolean, memberships: Array<{ organizationId: string, role: Role }> }, organizations: { edges: Array<{ node: { id: string, name: string, terytCode: string, departments: Array<{ id: string, name: string }> } }> } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, expiresAt: string, refreshToken: string, sessionId: string, idleExpiresAt: string, sessionExpiresAt: string, serverTime: string } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string } };

export type AuditLogQueryVariables = Exact<{
  organizationId: string | number;
  filter?: AuditFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, actorUserId: string | null, action: string, entity: string, entityId: string | null, fileHash: string | null } }> }, members: Array<{ userId: string, displayName: string }> };

export type MembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type MembersQuery = { members: Array<{ userId: string, displayName: string, email: string, roles: Array<Role> }>, invitations: Array<{ id: string, email: string, displayName: string, role: Role, expiresAt: string }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { code: string, invitation: { id: string, email: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string } };

export type GrantRoleMutationVariables = Exact<{
  input: RoleGrantInput;
}>;


export type GrantRoleMutation = { grantRole: { userId: string, roles: Array<Role> } };

export type RevokeRoleMutationVariables = Exact<{
  input: RoleGrantInput;
}>;


export type RevokeRoleMutation = { revokeRole: { userId: string, roles: Array<Role> } };

export type ClaimDetailQueryVariables = Exact<{
  id: string | number;
  organizationId: string | number;
}>;


export type ClaimDetailQuery = { claim: { id: string, statement: string, metric: ClaimMetric, direction: ClaimDirection, magnitude: number, vendor: string, createdAt: string, scope: { kind: ClaimScopeKind, category: ProcessCategory | null, processId: string | null }, source: { quote: string, title: string, date: string | null, reference: string | null }, verifications: Array<{ id: string, createdAt: string, methodVersion: string, parameters: unknown, checks: Array<{ id: string, processId: string, processName: string, exAnte: { verdict: ExAnteVerdict, boundP10: number | null, boundP50: number | null, boundP90: number | null, explanation: string }, exPost: { verdict: ExPostVerdict, estimate: number | null, lower: number | null, upper: number | null, baselineSampleSize: number, afterSampleSize: number, casesNeededPerPeriod: number | null, decisionRule: string | null, sharedTrendWarning: string | null, assumption: string | null, differenceInDifferences: boolean, method: string | null, explanation: string, notes: Array<string>, pilotPlan: { unitsPerPeriod: number, unit: string, explanation: string } | null, suggestedControl: { processId: string, processName: string } | null, preTrend: { months: number, parallel: boolean } | null } }> }> }, processes: { edges: Array<{ node: { id: string, name: string } }> } };

export type VerifyClaimMutationVariables = Exact<{
  claimId: string | number;
  options?: VerifyClaimOptionsInput | null | undefined;
}>;


export type VerifyClaimMutation = { verifyClaim: { id: string } };

export type ClaimsQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClaimsQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, statement: string, metric: ClaimMetric, vendor: string, source: { title: string, quote: string }, verifications: Array<{ id: string, createdAt: string, checks: Array<{ id: string, processName: string, exPost: { verdict: ExPostVerdict } }> }> } }> } };

export type ClaimFormProcessesQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ClaimFormProcessesQuery = { processes: { edges: Array<{ node: { id: string, name: string } }> } };

export type CreateVendorClaimMutationVariables = Exact<{
  input: CreateVendorClaimInput;
}>;


export type CreateVendorClaimMutation = { createVendorClaim: { id: string } };

export type PeriodScreenQueryVariables = Exact<{
  processId: string | number;
}>;


export type PeriodScreenQuery = { process: { id: string, name: string, ownerUserId: string | null, periods: Array<{ id: string, kind: PeriodKind, label: string, startsOn: string, endsOn: string, serviceHoursPerWeek: number | null, imports: Array<{ id: string, fileName: string | null, format: ImportFormat, grade: EvidenceGrade, rowCount: number, contentHash: string | null, createdAt: string }>, monthlyTotals: Array<{ month: string, cases: number, handlingMinutes: number | null, casesWithErrors: number | null }>, baselineFigures: { grade: EvidenceGrade, cases: number, events: number | null, annualVolume: number | null, months: number, coveredDays: number | null, variants: number | null, topVariantShare: number | null, methodVersion: string, touchTime: { unit: string, n: number, mean: number | null, median: number | null, p90: number | null, ciLower: number | null, ciUpper: number | null, ciMethod: string }, leadTime: { unit: string, n: number, mean: number | null, median: number | null, p90: number | null, ciLower: number | null, ciUpper: number | null, ciMethod: string }, reactionTime: { unit: string, n: number, mean: number | null, median: number | null, p90: number | null, ciLower: number | null, ciUpper: number | null, ciMethod: string }, errorRate: { n: number, count: number, rate: number | null, ciLower: number | null, ciUpper: number | null }, reworkRate: { n: number, count: number, rate: number | null, ciLower: number | null, ciUpper: number | null } } | null }> } };

export type BaselineFigureFieldsFragment = { grade: EvidenceGrade, cases: number, events: number | null, annualVolume: number | null, months: number, coveredDays: number | null, variants: number | null, topVariantShare: number | null, methodVersion: string, touchTime: { unit: string, n: number, mean: number | null, median: number | null, p90: number | null, ciLower: number | null, ciUpper: number | null, ciMethod: string }, leadTime: { unit: string, n: number, mean: number | null, median: number | null, p90: number | null, ciLower: number | null, ciUpper: number | null, ciMethod: string }, reactionTime: { unit: string, n: number, mean: number | null, median: number | null, p90: number | null, ciLower: number | null, ciUpper: number | null, ciMethod: string }, errorRate: { n: number, count: number, rate: number | null, ciLower: number | null, ciUpper: number | null }, reworkRate: { n: number, count: number, rate: number | null, ciLower: number | null, ciUpper: number | null } };

export type DurationFieldsFragment = { unit: string, n: number, mean: number | null, median: number | null, p90: number | null, ciLower: number | null, ciUpper: number | null, ciMethod: string };

export type RateFieldsFragment = { n: number, count: number, rate: number | null, ciLower: number | null, ciUpper: number | null };

export type CreateMeasurementPeriodMutationVariables = Exact<{
  input: CreateMeasurementPeriodInput;
}>;


export type CreateMeasurementPeriodMutation = { createMeasurementPeriod: { id: string } };

export type UpdateMeasurementPeriodMutationVariables = Exact<{
  id: string | number;
  input: UpdateMeasurementPeriodInput;
}>;


export type UpdateMeasurementPeriodMutation = { updateMeasurementPeriod: { id: string } };

export type DeleteMeasurementPeriodMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMeasurementPeriodMutation = { deleteMeasurementPeriod: { id: string } };

export type DeleteMeasurementImportMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMeasurementImportMutation = { deleteMeasurementImport: { id: string } };

export type ProcessDetailsFragment = { id: string, version: number, name: string, category: ProcessCategory, departmentId: string | null, description: string | null, ownerContact: string | null, ownerUserId: string | null, status: ProcessStatus, exceptionRate: number, expectedChanges12m: number, applicationCount: number, documentationAvailable: boolean, statutoryDeadlineDays: number | null, decidesAboutPerson: boolean, standardisationEstimate: number | null, hourlyLabourCost: string | null, costPerError: string | null, estimatedMonthlyVolume: number | null, estimatedHandlingMinutes: number | null, estimatedErrorRate: number | null, serviceHoursPerWeek: number | null, steps: Array<{ id: string, position: number, name: string, minutesPerCase: number, ruleBased: boolean, inputType: StepInputType, systems: Array<string>, automatableOverride: boolean | null, automatableReason: string | null }>, periods: Array<{ id: string, kind: PeriodKind, label: string, startsOn: string, endsOn: string, baselineFigures: { cases: number, grade: EvidenceGrade } | null }> };

export type ProcessEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type ProcessEditorQuery = { process: { id: string, version: number, name: string, category: ProcessCategory, departmentId: string | null, description: string | null, ownerContact: string | null, ownerUserId: string | null, status: ProcessStatus, exceptionRate: number, expectedChanges12m: number, applicationCount: number, documentationAvailable: boolean, statutoryDeadlineDays: number | null, decidesAboutPerson: boolean, standardisationEstimate: number | null, hourlyLabourCost: string | null, costPerError: string | null, estimatedMonthlyVolume: number | null, estimatedHandlingMinutes: number | null, estimatedErrorRate: number | null, serviceHoursPerWeek: number | null, steps: Array<{ id: string, position: number, name: string, minutesPerCase: number, ruleBased: boolean, inputType: StepInputType, systems: Array<string>, automatableOverride: boolean | null, automatableReason: string | null }>, periods: Array<{ id: string, kind: PeriodKind, label: string, startsOn: string, endsOn: string, baselineFigures: { cases: number, grade: EvidenceGrade } | null }> } };

export type CreateProcessMutationVariables = Exact<{
  input: CreateProcessInput;
}>;


export type CreateProcessMutation = { createProcess: { id: string } };

export type UpdateProcessMutationVariables = Exact<{
  id: string | number;
  input: UpdateProcessInput;
}>;


export type UpdateProcessMutation = { updateProcess: { id: string, version: number, name: string, category: ProcessCategory, departmentId: string | null, description: string | null, ownerContact: string | null, ownerUserId: string | null, status: ProcessStatus, exceptionRate: number, expectedChanges12m: number, applicationCount: number, documentationAvailable: boolean, statutoryDeadlineDays: number | null, decidesAboutPerson: boolean, standardisationEstimate: number | null, hourlyLabourCost: string | null, costPerError: string | null, estimatedMonthlyVolume: number | null, estimatedHandlingMinutes: number | null, estimatedErrorRate: number | null, serviceHoursPerWeek: number | null, steps: Array<{ id: string, position: number, name: string, minutesPerCase: number, ruleBased: boolean, inputType: StepInputType, systems: Array<string>, automatableOverride: boolean | null, automatableReason: string | null }>, periods: Array<{ id: string, kind: PeriodKind, label: string, startsOn: string, endsOn: string, baselineFigures: { cases: number, grade: EvidenceGrade } | null }> } };

export type ProcessInventoryQueryVariables = Exact<{
  filter: ProcessFilterInput;
  first: number;
  after?: string | null | undefined;
}>;


export type ProcessInventoryQuery = { processes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, category: ProcessCategory, status: ProcessStatus, estimatedMonthlyVolume: number | null, department: { id: string, name: string } | null, candidate: { evidenceGrade: EvidenceGrade, quadrant: Quadrant, annualVolume: number | null } | null } }> } };

export type CandidateFieldsFragment = { rank: number, processId: string, processName: string, quadrant: Quadrant, automationPotential: number, easeOfImplementation: number, evidenceGrade: EvidenceGrade, sampleSize: number, probabilityPositiveNpv: number, paybackMonths: number | null, candidate: boolean, notCandidateReason: NotCandidateReason | null, warnings: Array<string>, explanation: string, methodVersion: string, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: string, p50: string, p90: string }, npv: { p10: string, p50: string, p90: string }, display: { probabilityPositiveNpv: number, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: number, p50: number, p90: number }, npv: { p10: number, p50: number, p90: number }, payback: { p10: number | null, p50: number | null, p90: number | null } | null } };

export type CandidateDetailQueryVariables = Exact<{
  processId: string | number;
}>;


export type CandidateDetailQuery = { candidateAssessment: { result: unknown, inputs: unknown, candidate: { rank: number, processId: string, processName: string, quadrant: Quadrant, automationPotential: number, easeOfImplementation: number, evidenceGrade: EvidenceGrade, sampleSize: number, probabilityPositiveNpv: number, paybackMonths: number | null, candidate: boolean, notCandidateReason: NotCandidateReason | null, warnings: Array<string>, explanation: string, methodVersion: string, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: string, p50: string, p90: string }, npv: { p10: string, p50: string, p90: string }, display: { probabilityPositiveNpv: number, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: number, p50: number, p90: number }, npv: { p10: number, p50: number, p90: number }, payback: { p10: number | null, p50: number | null, p90: number | null } | null } } }, candidateWhatIf: { npvHistogram: Array<{ lower: number, upper: number, count: number }> }, processScenario: { version: number, botLicensePerYear: string | null, implementationCost: string | null, grantAmount: string | null, maintenanceShare: number | null, supervisionMinutes: number | null, botSpeedFactor: number | null, horizonYears: number | null, discountRate: number | null, automatableExceptionCorrelation: number | null } | null };

export type CandidateWhatIfRunQueryVariables = Exact<{
  processId: string | number;
  scenario?: AutomationScenarioInput | null | undefined;
}>;


export type CandidateWhatIfRunQuery = { candidateWhatIf: { candidate: { rank: number, processId: string, processName: string, quadrant: Quadrant, automationPotential: number, easeOfImplementation: number, evidenceGrade: EvidenceGrade, sampleSize: number, probabilityPositiveNpv: number, paybackMonths: number | null, candidate: boolean, notCandidateReason: NotCandidateReason | null, warnings: Array<string>, explanation: string, methodVersion: string, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: string, p50: string, p90: string }, npv: { p10: string, p50: string, p90: string }, display: { probabilityPositiveNpv: number, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: number, p50: number, p90: number }, npv: { p10: number, p50: number, p90: number }, payback: { p10: number | null, p50: number | null, p90: number | null } | null } }, npvHistogram: Array<{ lower: number, upper: number, count: number }> } };

export type SaveProcessScenarioMutationVariables = Exact<{
  processId: string | number;
  input: AutomationScenarioInput;
  version?: number | null | undefined;
}>;


export type SaveProcessScenarioMutation = { setProcessScenario: { version: number } };

export type PortfolioCandidatesQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type PortfolioCandidatesQuery = { candidateRanking: { edges: Array<{ node: { processId: string, processName: string, rank: number } }> } };

export type PortfolioQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  top: number;
  processIds?: Array<string | number> | string | number | null | undefined;
}>;


export type PortfolioQuery = { portfolioSummary: { candidates: number, processIds: Array<string>, draws: number, fteFreedP50: number, probabilityPositiveNpv: number, excludedProcessIds: Array<string>, methodVersion: string, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: string, p50: string, p90: string }, npv: { p10: string, p50: string, p90: string }, display: { probabilityPositiveNpv: number, hoursSaved: { p10: number, p50: number, p90: number }, netAnnualBenefit: { p10: number, p50: number, p90: number }, npv: { p10: number, p50: number, p90: number } } } };

export type CandidateRankingQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  filter?: CandidateFilterInput | null | undefined;
  orderBy?: RankingOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CandidateRankingQuery = { candidateRanking: { edges: Array<{ node: { rank: number, processId: string, processName: string, departmentId: string | null, quadrant: Quadrant, automationPotential: number, easeOfImplementation: number, probabilityPositiveNpv: number, candidate: boolean, notCandidateReason: NotCandidateReason | null, evidenceGrade: EvidenceGrade, warnings: Array<string>, explanation: string, hoursSaved: { p50: number }, npv: { p10: string, p50: string, p90: string }, display: { hoursSaved: { p50: number }, npv: { p10: number, p50: number, p90: number } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ScenariosQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ScenariosQuery = { organizationScenario: { version: number, botLicensePerYear: string | null, implementationCost: string | null, grantAmount: string | null, maintenanceShare: number | null, supervisionMinutes: number | null, botSpeedFactor: number | null, horizonYears: number | null, discountRate: number | null, automatableExceptionCorrelation: number | null } | null, processScenarios: Array<{ processId: string | null, botLicensePerYear: string | null, implementationCost: string | null, grantAmount: string | null, updatedAt: string }>, readinessWeights: { version: number, stability: number, standardisation: number, structuredInput: number, applicationComplexity: number, documentation: number }, candidateRanking: { edges: Array<{ node: { processId: string, processName: string } }> } };

export type SaveOrganizationScenarioMutationVariables = Exact<{
  organizationId: string | number;
  input: AutomationScenarioInput;
  version?: number | null | undefined;
}>;


export type SaveOrganizationScenarioMutation = { setOrganizationScenario: { version: number } };

export type WeightsPreviewQueryVariables = Exact<{
  organizationId: string | number;
  input: ReadinessWeightsInput;
}>;


export type WeightsPreviewQuery = { readinessWeightsPreview: Array<{ processId: string, processName: string, easeNow: number, easeThen: number, rankNow: number, rankThen: number, quadrantNow: Quadrant, quadrantThen: Quadrant }> };

export type SaveReadinessWeightsMutationVariables = Exact<{
  organizationId: string | number;
  input: ReadinessWeightsInput;
  version?: number | null | undefined;
}>;


export type SaveReadinessWeightsMutation = { setReadinessWeights: { version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionTokensFragmentDoc = new TypedDocumentString(`
    fragment SessionTokens on AccessToken {
  accessToken
  expiresAt
  refreshToken
  sessionId
  idleExpiresAt
  sessionExpiresAt
  serverTime
}
    `, {"fragmentName":"SessionTokens"}) as unknown as TypedDocumentString<SessionTokensFragment, unknown>;
export const DurationFieldsFragmentDoc = new TypedDocumentString(`
    fragment DurationFields on DurationStatistics {
  unit
  n
  mean
  median
  p90
  ciLower
  ciUpper
  ciMethod
}
    `, {"fragmentName":"DurationFields"}) as unknown as TypedDocumentString<DurationFieldsFragment, unknown>;
export const RateFieldsFragmentDoc = new TypedDocumentString(`
    fragment RateFields on RateStatistics {
  n
  count
  rate
  ciLower
  ciUpper
}
    `, {"fragmentName":"RateFields"}) as unknown as TypedDocumentString<RateFieldsFragment, unknown>;
export const BaselineFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment BaselineFigureFields on Baseline {
  grade
  cases
  events
  annualVolume
  months
  coveredDays
  variants
  topVariantShare
  methodVersion
  touchTime {
    ...DurationFields
  }
  leadTime {
    ...DurationFields
  }
  reactionTime {
    ...DurationFields
  }
  errorRate {
    ...RateFields
  }
  reworkRate {
    ...RateFields
  }
}
    fragment DurationFields on DurationStatistics {
  unit
  n
  mean
  median
  p90
  ciLower
  ciUpper
  ciMethod
}
fragment RateFields on RateStatistics {
  n
  count
  rate
  ciLower
  ciUpper
}`, {"fragmentName":"BaselineFigureFields"}) as unknown as TypedDocumentString<BaselineFigureFieldsFragment, unknown>;
export const ProcessDetailsFragmentDoc = new TypedDocumentString(`
    fragment ProcessDetails on Process {
  id
  version
  name
  category
  departmentId
  description
  ownerContact
  ownerUserId
  status
  exceptionRate
  expectedChanges12m
  applicationCount
  documentationAvailable
  statutoryDeadlineDays
  decidesAboutPerson
  standardisationEstimate
  hourlyLabourCost
  costPerError
  estimatedMonthlyVolume
  estimatedHandlingMinutes
  estimatedErrorRate
  serviceHoursPerWeek
  steps {
    id
    position
    name
    minutesPerCase
    ruleBased
    inputType
    systems
    automatableOverride
    automatableReason
  }
  periods {
    id
    kind
    label
    startsOn
    endsOn
    baselineFigures {
      cases
      grade
    }
  }
}
    `, {"fragmentName":"ProcessDetails"}) as unknown as TypedDocumentString<ProcessDetailsFragment, unknown>;
export const CandidateFieldsFragmentDoc = new TypedDocumentString(`
    fragment CandidateFields on Candidate {
  rank
  processId
  processName
  quadrant
  automationPotential
  easeOfImplementation
  evidenceGrade
  sampleSize
  hoursSaved {
    p10
    p50
    p90
  }
  netAnnualBenefit {
    p10
    p50
    p90
  }
  npv {
    p10
    p50
    p90
  }
  probabilityPositiveNpv
  paybackMonths
  candidate
  notCandidateReason
  display {
    hoursSaved {
      p10
      p50
      p90
    }
    netAnnualBenefit {
      p10
      p50
      p90
    }
    npv {
      p10
      p50
      p90
    }
    payback {
      p10
      p50
      p90
    }
    probabilityPositiveNpv
  }
  warnings
  explanation
  methodVersion
}
    `, {"fragmentName":"CandidateFields"}) as unknown as TypedDocumentString<CandidateFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...SessionTokens
  }
}
    fragment SessionTokens on AccessToken {
  accessToken
  expiresAt
  refreshToken
  sessionId
  idleExpiresAt
  sessionExpiresAt
  serverTime
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    ...SessionTokens
  }
}
    fragment SessionTokens on AccessToken {
  accessToken
  expiresAt
  refreshToken
  sessionId
  idleExpiresAt
  sessionExpiresAt
  serverTime
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  me {
    id
    email
    platformAdmin
    memberships {
      organizationId
      role
    }
  }
  organizations(first: 100) {
    edges {
      node {
        id
        name
        terytCode
        departments {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...SessionTokens
  }
}
    fragment SessionTokens on AccessToken {
  accessToken
  expiresAt
  refreshToken
  sessionId
  idleExpiresAt
  sessionExpiresAt
  serverTime
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    prefix
    createdAt
    expiresAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($organizationId: ID!, $filter: AuditFilterInput, $after: String) {
  auditLog(
    organizationId: $organizationId
    filter: $filter
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        occurredAt
        actorUserId
        action
        entity
        entityId
        fileHash
      }
    }
  }
  members(organizationId: $organizationId) {
    userId
    displayName
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($organizationId: ID!) {
  members(organizationId: $organizationId) {
    userId
    displayName
    email
    roles
  }
  invitations(organizationId: $organizationId) {
    id
    email
    displayName
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    code
    invitation {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: RoleGrantInput!) {
  grantRole(input: $input) {
    userId
    roles
  }
}
    `) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($input: RoleGrantInput!) {
  revokeRole(input: $input) {
    userId
    roles
  }
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const ClaimDetailDocument = new TypedDocumentString(`
    query ClaimDetail($id: ID!, $organizationId: ID!) {
  claim(id: $id) {
    id
    statement
    metric
    direction
    magnitude
    vendor
    createdAt
    scope {
      kind
      category
      processId
    }
    source {
      quote
      title
      date
      reference
    }
    verifications(first: 10) {
      id
      createdAt
      methodVersion
      parameters
      checks {
        id
        processId
        processName
        exAnte {
          verdict
          boundP10
          boundP50
          boundP90
          explanation
        }
        exPost {
          verdict
          estimate
          lower
          upper
          baselineSampleSize
          afterSampleSize
          casesNeededPerPeriod
          pilotPlan {
            unitsPerPeriod
            unit
            explanation
          }
          decisionRule
          sharedTrendWarning
          suggestedControl {
            processId
            processName
          }
          assumption
          preTrend {
            months
            parallel
          }
          differenceInDifferences
          method
          explanation
          notes
        }
      }
    }
  }
  processes(filter: {organizationId: $organizationId}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimDetailQuery, ClaimDetailQueryVariables>;
export const VerifyClaimDocument = new TypedDocumentString(`
    mutation VerifyClaim($claimId: ID!, $options: VerifyClaimOptionsInput) {
  verifyClaim(claimId: $claimId, options: $options) {
    id
  }
}
    `) as unknown as TypedDocumentString<VerifyClaimMutation, VerifyClaimMutationVariables>;
export const ClaimsDocument = new TypedDocumentString(`
    query Claims($organizationId: ID, $after: String) {
  claims(organizationId: $organizationId, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        statement
        metric
        vendor
        source {
          title
          quote
        }
        verifications(first: 1) {
          id
          createdAt
          checks {
            id
            processName
            exPost {
              verdict
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsQuery, ClaimsQueryVariables>;
export const ClaimFormProcessesDocument = new TypedDocumentString(`
    query ClaimFormProcesses($organizationId: ID!) {
  processes(filter: {organizationId: $organizationId}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimFormProcessesQuery, ClaimFormProcessesQueryVariables>;
export const CreateVendorClaimDocument = new TypedDocumentString(`
    mutation CreateVendorClaim($input: CreateVendorClaimInput!) {
  createVendorClaim(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateVendorClaimMutation, CreateVendorClaimMutationVariables>;
export const PeriodScreenDocument = new TypedDocumentString(`
    query PeriodScreen($processId: ID!) {
  process(id: $processId) {
    id
    name
    ownerUserId
    periods {
      id
      kind
      label
      startsOn
      endsOn
      serviceHoursPerWeek
      imports {
        id
        fileName
        format
        grade
        rowCount
        contentHash
        createdAt
      }
      monthlyTotals {
        month
        cases
        handlingMinutes
        casesWithErrors
      }
      baselineFigures {
        ...BaselineFigureFields
      }
    }
  }
}
    fragment BaselineFigureFields on Baseline {
  grade
  cases
  events
  annualVolume
  months
  coveredDays
  variants
  topVariantShare
  methodVersion
  touchTime {
    ...DurationFields
  }
  leadTime {
    ...DurationFields
  }
  reactionTime {
    ...DurationFields
  }
  errorRate {
    ...RateFields
  }
  reworkRate {
    ...RateFields
  }
}
fragment DurationFields on DurationStatistics {
  unit
  n
  mean
  median
  p90
  ciLower
  ciUpper
  ciMethod
}
fragment RateFields on RateStatistics {
  n
  count
  rate
  ciLower
  ciUpper
}`) as unknown as TypedDocumentString<PeriodScreenQuery, PeriodScreenQueryVariables>;
export const CreateMeasurementPeriodDocument = new TypedDocumentString(`
    mutation CreateMeasurementPeriod($input: CreateMeasurementPeriodInput!) {
  createMeasurementPeriod(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateMeasurementPeriodMutation, CreateMeasurementPeriodMutationVariables>;
export const UpdateMeasurementPeriodDocument = new TypedDocumentString(`
    mutation UpdateMeasurementPeriod($id: ID!, $input: UpdateMeasurementPeriodInput!) {
  updateMeasurementPeriod(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateMeasurementPeriodMutation, UpdateMeasurementPeriodMutationVariables>;
export const DeleteMeasurementPeriodDocument = new TypedDocumentString(`
    mutation DeleteMeasurementPeriod($id: ID!) {
  deleteMeasurementPeriod(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteMeasurementPeriodMutation, DeleteMeasurementPeriodMutationVariables>;
export const DeleteMeasurementImportDocument = new TypedDocumentString(`
    mutation DeleteMeasurementImport($id: ID!) {
  deleteMeasurementImport(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteMeasurementImportMutation, DeleteMeasurementImportMutationVariables>;
export const ProcessEditorDocument = new TypedDocumentString(`
    query ProcessEditor($id: ID!) {
  process(id: $id) {
    ...ProcessDetails
  }
}
    fragment ProcessDetails on Process {
  id
  version
  name
  category
  departmentId
  description
  ownerContact
  ownerUserId
  status
  exceptionRate
  expectedChanges12m
  applicationCount
  documentationAvailable
  statutoryDeadlineDays
  decidesAboutPerson
  standardisationEstimate
  hourlyLabourCost
  costPerError
  estimatedMonthlyVolume
  estimatedHandlingMinutes
  estimatedErrorRate
  serviceHoursPerWeek
  steps {
    id
    position
    name
    minutesPerCase
    ruleBased
    inputType
    systems
    automatableOverride
    automatableReason
  }
  periods {
    id
    kind
    label
    startsOn
    endsOn
    baselineFigures {
      cases
      grade
    }
  }
}`) as unknown as TypedDocumentString<ProcessEditorQuery, ProcessEditorQueryVariables>;
export const CreateProcessDocument = new TypedDocumentString(`
    mutation CreateProcess($input: CreateProcessInput!) {
  createProcess(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProcessMutation, CreateProcessMutationVariables>;
export const UpdateProcessDocument = new TypedDocumentString(`
    mutation UpdateProcess($id: ID!, $input: UpdateProcessInput!) {
  updateProcess(id: $id, input: $input) {
    ...ProcessDetails
  }
}
    fragment ProcessDetails on Process {
  id
  version
  name
  category
  departmentId
  description
  ownerContact
  ownerUserId
  status
  exceptionRate
  expectedChanges12m
  applicationCount
  documentationAvailable
  statutoryDeadlineDays
  decidesAboutPerson
  standardisationEstimate
  hourlyLabourCost
  costPerError
  estimatedMonthlyVolume
  estimatedHandlingMinutes
  estimatedErrorRate
  serviceHoursPerWeek
  steps {
    id
    position
    name
    minutesPerCase
    ruleBased
    inputType
    systems
    automatableOverride
    automatableReason
  }
  periods {
    id
    kind
    label
    startsOn
    endsOn
    baselineFigures {
      cases
      grade
    }
  }
}`) as unknown as TypedDocumentString<UpdateProcessMutation, UpdateProcessMutationVariables>;
export const ProcessInventoryDocument = new TypedDocumentString(`
    query ProcessInventory($filter: ProcessFilterInput!, $first: Int!, $after: String) {
  processes(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        category
        status
        estimatedMonthlyVolume
        department {
          id
          name
        }
        candidate {
          evidenceGrade
          quadrant
          annualVolume
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProcessInventoryQuery, ProcessInventoryQueryVariables>;
export const CandidateDetailDocument = new TypedDocumentString(`
    query CandidateDetail($processId: ID!) {
  candidateAssessment(processId: $processId) {
    candidate {
      ...CandidateFields
    }
    result
    inputs
  }
  candidateWhatIf(processId: $processId) {
    npvHistogram {
      lower
      upper
      count
    }
  }
  processScenario(processId: $processId) {
    version
    botLicensePerYear
    implementationCost
    grantAmount
    maintenanceShare
    supervisionMinutes
    botSpeedFactor
    horizonYears
    discountRate
    automatableExceptionCorrelation
  }
}
    fragment CandidateFields on Candidate {
  rank
  processId
  processName
  quadrant
  automationPotential
  easeOfImplementation
  evidenceGrade
  sampleSize
  hoursSaved {
    p10
    p50
    p90
  }
  netAnnualBenefit {
    p10
    p50
    p90
  }
  npv {
    p10
    p50
    p90
  }
  probabilityPositiveNpv
  paybackMonths
  candidate
  notCandidateReason
  display {
    hoursSaved {
      p10
      p50
      p90
    }
    netAnnualBenefit {
      p10
      p50
      p90
    }
    npv {
      p10
      p50
      p90
    }
    payback {
      p10
      p50
      p90
    }
    probabilityPositiveNpv
  }
  warnings
  explanation
  methodVersion
}`) as unknown as TypedDocumentString<CandidateDetailQuery, CandidateDetailQueryVariables>;
export const CandidateWhatIfRunDocument = new TypedDocumentString(`
    query CandidateWhatIfRun($processId: ID!, $scenario: AutomationScenarioInput) {
  candidateWhatIf(processId: $processId, scenario: $scenario) {
    candidate {
      ...CandidateFields
    }
    npvHistogram {
      lower
      upper
      count
    }
  }
}
    fragment CandidateFields on Candidate {
  rank
  processId
  processName
  quadrant
  automationPotential
  easeOfImplementation
  evidenceGrade
  sampleSize
  hoursSaved {
    p10
    p50
    p90
  }
  netAnnualBenefit {
    p10
    p50
    p90
  }
  npv {
    p10
    p50
    p90
  }
  probabilityPositiveNpv
  paybackMonths
  candidate
  notCandidateReason
  display {
    hoursSaved {
      p10
      p50
      p90
    }
    netAnnualBenefit {
      p10
      p50
      p90
    }
    npv {
      p10
      p50
      p90
    }
    payback {
      p10
      p50
      p90
    }
    probabilityPositiveNpv
  }
  warnings
  explanation
  methodVersion
}`) as unknown as TypedDocumentString<CandidateWhatIfRunQuery, CandidateWhatIfRunQueryVariables>;
export const SaveProcessScenarioDocument = new TypedDocumentString(`
    mutation SaveProcessScenario($processId: ID!, $input: AutomationScenarioInput!, $version: Int) {
  setProcessScenario(processId: $processId, input: $input, version: $version) {
    version
  }
}
    `) as unknown as TypedDocumentString<SaveProcessScenarioMutation, SaveProcessScenarioMutationVariables>;
export const PortfolioCandidatesDocument = new TypedDocumentString(`
    query PortfolioCandidates($organizationId: ID) {
  candidateRanking(organizationId: $organizationId, first: 100) {
    edges {
      node {
        processId
        processName
        rank
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortfolioCandidatesQuery, PortfolioCandidatesQueryVariables>;
export const PortfolioDocument = new TypedDocumentString(`
    query Portfolio($organizationId: ID, $top: Int!, $processIds: [ID!]) {
  portfolioSummary(
    organizationId: $organizationId
    top: $top
    processIds: $processIds
  ) {
    candidates
    processIds
    draws
    fteFreedP50
    probabilityPositiveNpv
    hoursSaved {
      p10
      p50
      p90
    }
    netAnnualBenefit {
      p10
      p50
      p90
    }
    npv {
      p10
      p50
      p90
    }
    excludedProcessIds
    display {
      hoursSaved {
        p10
        p50
        p90
      }
      netAnnualBenefit {
        p10
        p50
        p90
      }
      npv {
        p10
        p50
        p90
      }
      probabilityPositiveNpv
    }
    methodVersion
  }
}
    `) as unknown as TypedDocumentString<PortfolioQuery, PortfolioQueryVariables>;
export const CandidateRankingDocument = new TypedDocumentString(`
    query CandidateRanking($organizationId: ID, $filter: CandidateFilterInput, $orderBy: RankingOrder, $first: Int, $after: String) {
  candidateRanking(
    organizationId: $organizationId
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    edges {
      node {
        rank
        processId
        processName
        departmentId
        quadrant
        automationPotential
        easeOfImplementation
        hoursSaved {
          p50
        }
        npv {
          p10
          p50
          p90
        }
        probabilityPositiveNpv
        candidate
        notCandidateReason
        display {
          hoursSaved {
            p50
          }
          npv {
            p10
            p50
            p90
          }
        }
        evidenceGrade
        warnings
        explanation
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateRankingQuery, CandidateRankingQueryVariables>;
export const ScenariosDocument = new TypedDocumentString(`
    query Scenarios($organizationId: ID!) {
  organizationScenario(organizationId: $organizationId) {
    version
    botLicensePerYear
    implementationCost
    grantAmount
    maintenanceShare
    supervisionMinutes
    botSpeedFactor
    horizonYears
    discountRate
    automatableExceptionCorrelation
  }
  processScenarios(organizationId: $organizationId) {
    processId
    botLicensePerYear
    implementationCost
    grantAmount
    updatedAt
  }
  readinessWeights(organizationId: $organizationId) {
    version
    stability
    standardisation
    structuredInput
    applicationComplexity
    documentation
  }
  candidateRanking(organizationId: $organizationId, first: 100) {
    edges {
      node {
        processId
        processName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosQuery, ScenariosQueryVariables>;
export const SaveOrganizationScenarioDocument = new TypedDocumentString(`
    mutation SaveOrganizationScenario($organizationId: ID!, $input: AutomationScenarioInput!, $version: Int) {
  setOrganizationScenario(
    organizationId: $organizationId
    input: $input
    version: $version
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<SaveOrganizationScenarioMutation, SaveOrganizationScenarioMutationVariables>;
export const WeightsPreviewDocument = new TypedDocumentString(`
    query WeightsPreview($organizationId: ID!, $input: ReadinessWeightsInput!) {
  readinessWeightsPreview(organizationId: $organizationId, input: $input) {
    processId
    processName
    easeNow
    easeThen
    rankNow
    rankThen
    quadrantNow
    quadrantThen
  }
}
    `) as unknown as TypedDocumentString<WeightsPreviewQuery, WeightsPreviewQueryVariables>;
export const SaveReadinessWeightsDocument = new TypedDocumentString(`
    mutation SaveReadinessWeights($organizationId: ID!, $input: ReadinessWeightsInput!, $version: Int) {
  setReadinessWeights(
    organizationId: $organizationId
    input: $input
    version: $version
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<SaveReadinessWeightsMutation, SaveReadinessWeightsMutationVariables>;