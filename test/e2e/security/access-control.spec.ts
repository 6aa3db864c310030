import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createTwoOffices, uniqueTeryt, tenantDataFingerprint, type TwoOffices } from '../../helpers/two-offices.js';

type UserName = keyof TwoOffices['users'] | 'anonymous';
type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

interface Operation {
  query: string;
  variables: (f: TwoOffices) => Record<string, unknown>;
}

const STEP = { name: 'Post', minutesPerCase: 1, ruleBased: true, inputType: 'STRUCTURED_DIGITAL' };

/**
 * Operations of the inventory, user administration, audit trail, measurements, scoring and
 * vendor claims. Each case builds its
 * own two offices (fresh TERYT codes) in one shared database, so cases do not interfere.
 */
const OPERATIONS: Record<string, Operation> = {
  listProcessesOfA: {
    query: 'query ($org: ID!) { processes(filter: {organizationId: $org}) { totalCount edges { node { id } } } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  readProcessA: {
    query: 'query ($id: ID!) { process(id: $id) { id name steps { name } } }',
    variables: (f) => ({ id: f.processA }),
  },
  readOrganizationA: {
    query: 'query ($id: ID!) { organization(id: $id) { id departments { name } } }',
    variables: (f) => ({ id: f.organizationA }),
  },
  createProcessInA: {
    query: 'mutation ($org: ID!) { createProcess(input: {organizationId: $org, name: "New", category: OTHER}) { id } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  updateProcessA: {
    query: 'mutation ($id: ID!) { updateProcess(id: $id, input: {version: 1, name: "Renamed"}) { id } }',
    variables: (f) => ({ id: f.processA }),
  },
  replaceStepsOfProcessA: {
    query: 'mutation ($id: ID!, $steps: [WorkflowStepInput!]!) { replaceProcessSteps(processId: $id, input: {version: 1, steps: $steps}) { id } }',
    variables: (f) => ({ id: f.processA, steps: [STEP] }),
  },
  deleteProcessA: {
    query: 'mutation ($id: ID!) { deleteProcess(id: $id, version: 1) { id } }',
    variables: (f) => ({ id: f.processA }),
  },
  assignOwnerOfProcessA: {
    query: 'mutation ($id: ID!, $owner: ID!) { assignProcessOwner(id: $id, version: 1, ownerUserId: $owner) { id } }',
    variables: (f) => ({ id: f.processA, owner: f.users.otherOwnerA.id }),
  },
  createDepartmentInA: {
    query: 'mutation ($org: ID!) { createDepartment(input: {organizationId: $org, name: "Nowy"}) { id } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  renameDepartmentOfA: {
    query: 'mutation ($id: ID!) { updateDepartment(id: $id, input: {name: "Budżet"}) { id } }',
    variables: (f) => ({ id: f.departmentA }),
  },
  updateOrganizationA: {
    query: 'mutation ($id: ID!) { updateOrganization(id: $id, input: {population: 1}) { id } }',
    variables: (f) => ({ id: f.organizationA }),
  },
  createOrganization: {
    query: 'mutation ($teryt: String!) { createOrganization(input: {name: "Nowa", terytCode: $teryt, kind: GMINA}) { id } }',
    variables: () => ({ teryt: uniqueTeryt() }),
  },
  membersOfA: {
    query: 'query ($org: ID!) { members(organizationId: $org) { email roles } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  inviteMemberToA: {
    query: 'mutation ($org: ID!, $email: String!) { inviteMember(input: {organizationId: $org, role: MANAGER, email: $email, displayName: "New"}) { code } }',
    variables: (f) => ({ org: f.organizationA, email: `new-${f.organizationA}@a.example` }),
  },
  grantAuditorRoleInA: {
    query: 'mutation ($org: ID!, $user: ID!) { grantRole(input: {organizationId: $org, userId: $user, role: AUDITOR}) { roles } }',
    variables: (f) => ({ org: f.organizationA, user: f.users.managerA.id }),
  },
  auditLogOfA: {
    query: 'query ($org: ID!) { auditLog(organizationId: $org) { totalCount } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  createMeasurementPeriodForProcessA: {
    query: 'mutation ($p: ID!) { createMeasurementPeriod(input: {processId: $p, kind: BASELINE, label: "New", startsOn: "2025-01-01", endsOn: "2025-12-31"}) { id } }',
    variables: (f) => ({ p: f.processA }),
  },
  importCaseRecordsIntoPeriodOfA: {
    query: 'mutation ($period: ID!) { importCaseRecords(input: {periodId: $period, records: [{caseRef: "A-1", receivedAt: "2025-03-03T08:00:00Z", handlingMinutes: 5}]}) { rows } }',
    variables: (f) => ({ period: f.periodA }),
  },
  readBaselineOfProcessA: {
    query: 'query ($p: ID!, $period: ID!) { baseline(processId: $p, periodId: $period) { cases } }',
    variables: (f) => ({ p: f.processA, period: f.periodA }),
  },
  rankingOfA: {
    query: 'query ($org: ID) { candidateRanking(organizationId: $org, first: 5) { edges { node { processName } } } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  setScenarioOfA: {
    query: 'mutation ($org: ID!) { setOrganizationScenario(organizationId: $org, input: {botLicensePerYear: "20000"}) { version } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  setWeightsOfA: {
    query: 'mutation ($org: ID!) { setReadinessWeights(organizationId: $org, input: {stability: 1, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 2}) { version } }',
    variables: (f) => ({ org: f.organizationA }),
  },
  createVendorClaimInA: {
    query: `mutation ($org: ID!) { createVendorClaim(input: {organizationId: $org, vendor: "Robo", source: {title: "Offer", quote: "50% faster"},
      metric: HANDLING_TIME, direction: DECREASE, magnitude: 0.5, scope: {kind: ORGANIZATION}}) { id } }`,
    variables: (f) => ({ org: f.organizationA }),
  },
  claimsOfA: {
    query: 'query ($org: ID) { claims(organizationId: $org) { totalCount } }',
    variables: (f) => ({ org: f.organizationA }),
  },
};

const READ_ALL_A: Record<UserName, Outcome> = {
  ownerA: 'OK', otherOwnerA: 'OK', managerA: 'OK', auditorA: 'OK', adminA: 'OK', ownerB: 'NOT_FOUND', platformAdmin: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED',
};
const OWNER_ONLY: Record<UserName, Outcome> = {
  ownerA: 'OK', otherOwnerA: 'FORBIDDEN', managerA: 'FORBIDDEN', auditorA: 'FORBIDDEN', adminA: 'FORBIDDEN', ownerB: 'NOT_FOUND', platformAdmin: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED',
};
/** A platform administrator sees every organization, so it is told FORBIDDEN, not NOT_FOUND. */
const ADMIN_ONLY: Record<UserName, Outcome> = {
  ownerA: 'FORBIDDEN', otherOwnerA: 'FORBIDDEN', managerA: 'FORBIDDEN', auditorA: 'FORBIDDEN', adminA: 'OK', ownerB: 'NOT_FOUND', platformAdmin: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED',
};

/** The expected outcome of each operation for each caller. */
const MATRIX: Record<keyof typeof OPERATIONS, Record<UserName, Outcome>> = {
  listProcessesOfA: { ...READ_ALL_A, ownerB: 'OK', platformAdmin: 'OK' }, // succeeds, but sees nothing of A (checked below)
  readProcessA: READ_ALL_A,
  readOrganizationA: { ...READ_ALL_A, platformAdmin: 'OK' },
  createProcessInA: { ...OWNER_ONLY, otherOwnerA: 'OK', platformAdmin: 'FORBIDDEN' },
  updateProcessA: OWNER_ONLY,
  replaceStepsOfProcessA: OWNER_ONLY,
  deleteProcessA: OWNER_ONLY,
  assignOwnerOfProcessA: { ...ADMIN_ONLY, platformAdmin: 'NOT_FOUND' },
  createDepartmentInA: ADMIN_ONLY,
  renameDepartmentOfA: { ...ADMIN_ONLY, platformAdmin: 'NOT_FOUND' },
  updateOrganizationA: ADMIN_ONLY,
  createOrganization: {
    ownerA: 'FORBIDDEN', otherOwnerA: 'FORBIDDEN', managerA: 'FORBIDDEN', auditorA: 'FORBIDDEN', adminA: 'FORBIDDEN', ownerB: 'FORBIDDEN', platformAdmin: 'OK', anonymous: 'UNAUTHENTICATED',
  },
  membersOfA: ADMIN_ONLY,
  inviteMemberToA: ADMIN_ONLY,
  grantAuditorRoleInA: ADMIN_ONLY,
  auditLogOfA: { ...ADMIN_ONLY, auditorA: 'OK' },
  createMeasurementPeriodForProcessA: OWNER_ONLY,
  importCaseRecordsIntoPeriodOfA: OWNER_ONLY,
  readBaselineOfProcessA: READ_ALL_A,
  rankingOfA: { ...READ_ALL_A, platformAdmin: 'FORBIDDEN' },
  setScenarioOfA: { ...ADMIN_ONLY, managerA: 'OK' },
  setWeightsOfA: { ...ADMIN_ONLY, managerA: 'OK' },
  createVendorClaimInA: { ...ADMIN_ONLY, auditorA: 'OK' },
  claimsOfA: { ...READ_ALL_A, platformAdmin: 'FORBIDDEN' },
};

const CASES = Object.entries(MATRIX).flatMap(([operation, outcomes]) =>
  Object.entries(outcomes).map(([user, outcome]) => [operation, user as UserName, outcome] as const),
);

describe('who may see and change what', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it.each(CASES)('%s as %s: %s', async (operationName, userName, expected) => {
    const offices = await createTwoOffices(t);
    const operation = OPERATIONS[operationName];
    const token = userName === 'anonymous' ? undefined : offices.users[userName].token;
    const before = await tenantDataFingerprint(t);

    const response = await t.graphql<Record<string, { totalCount?: number; edges?: unknown[] }>>(
      operation.query,
      operation.variables(offices),
      token,
    );

    if (expected === 'OK') {
      expect(response.errors).toBeUndefined();
      if (operationName === 'listProcessesOfA' && (userName === 'ownerB' || userName === 'platformAdmin')) {
        expect(response.data?.processes.totalCount).toBe(0);
      }
      return;
    }
    expect(response.errors?.[0].extensions.code).toBe(expected);
    // A refused nullable root field answers null in place; nothing else is returned.
    expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
    expect(await tenantDataFingerprint(t)).toBe(before);
  });
});
