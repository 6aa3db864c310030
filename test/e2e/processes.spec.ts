import { Role } from '../../src/auth/domain/role.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const PROCESS_FIELDS = `id name category status version exceptionRate hourlyLabourCost costPerError
  estimatedMonthlyVolume estimatedHandlingMinutes decidesAboutPerson departmentId
  steps { id position name minutesPerCase ruleBased inputType systems automatable automatableOverride automatableReason }`;

interface StepView {
  id: string;
  position: number;
  name: string;
  minutesPerCase: number;
  automatable: boolean;
}

interface ProcessView {
  id: string;
  name: string;
  version: number;
  hourlyLabourCost: string | null;
  steps: StepView[];
}

const INVOICE_STEPS = [
  { name: 'Download from KSeF', minutesPerCase: 1, ruleBased: true, inputType: 'STRUCTURED_DIGITAL', systems: ['KSeF'] },
  { name: 'Substantive check', minutesPerCase: 3, ruleBased: false, inputType: 'UNSTRUCTURED_DIGITAL' },
  { name: 'Post to the ledger', minutesPerCase: 2.5, ruleBased: true, inputType: 'STRUCTURED_DIGITAL', systems: ['FK'] },
];

describe('process inventory over GraphQL', () => {
  let t: TestApp;
  let organizationId: string;
  let otherOrganizationId: string;
  let departmentId: string;
  let owner: string;
  const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    t.graphql<T>(query, variables, owner);

  beforeAll(async () => {
    t = await startTestApp();
    organizationId = await t.createOrganization('Gmina Testowa', '1465011');
    otherOrganizationId = await t.createOrganization('Other', '0201011');
    const { rows } = await t.owner.query<{ id: string }>(
      "INSERT INTO department (organization_id, name) VALUES ($1, 'Finanse') RETURNING id",
      [organizationId],
    );
    departmentId = rows[0].id;
    owner = (
      await t.createUser([
        { organizationId, role: Role.PROCESS_OWNER },
        { organizationId: otherOrganizationId, role: Role.PROCESS_OWNER },
      ])
    ).token;
  });

  afterAll(async () => {
    await t.close();
  });

  async function tableCounts(): Promise<{ processes: number; steps: number }> {
    const {
      rows: [row],
    } = await t.owner.query<{ processes: string; steps: string }>(
      'SELECT (SELECT count(*) FROM process) AS processes, (SELECT count(*) FROM workflow_step) AS steps',
    );
    return { processes: Number(row.processes), steps: Number(row.steps) };
  }

  async function createProcess(overrides: Record<string, unknown> = {}): Promise<ProcessView> {
    const response = await gql<{ createProcess: ProcessView }>(
      `mutation ($input: CreateProcessInput!) { createProcess(input: $input) { ${PROCESS_FIELDS} } }`,
      {
        input: {
          organizationId,
          departmentId,
          name: 'Invoice registration',
          category: 'INVOICE_PROCESSING',
          hourlyLabourCost: '62.50',
          costPerError: 45,
          estimatedMonthlyVolume: 1800,
          estimatedHandlingMinutes: 9,
          exceptionRate: 0.12,
          steps: INVOICE_STEPS,
          ...overrides,
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createProcess;
  }

  it('creates a process with ordered steps, exact money and the automatable rule applied', async () => {
    const process = await createProcess();
    expect(process).toMatchObject({
      status: 'DRAFT',
      version: 1,
      hourlyLabourCost: '62.50',
      costPerError: '45.00',
      exceptionRate: 0.12,
    });
    expect(process.steps.map((step) => [step.position, step.name, step.automatable])).toEqual([
      [1, 'Download from KSeF', true],
      [2, 'Substantive check', false],
      [3, 'Post to the ledger', true],
    ]);
    const {
      rows: [stored],
    } = await t.owner.query<{ hourly_labour_cost: string }>(
      'SELECT hourly_labour_cost FROM process WHERE id = $1',
      [process.id],
    );
    expect(stored.hourly_labour_cost).toBe('62.50');
  });

  it('refuses negative minutes in a step with the step path, writing neither process nor steps', async () => {
    const before = await tableCounts();
    const response = await gql(
      'mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }',
      {
        input: {
          organizationId,
          name: 'Broken',
          category: 'OTHER',
          steps: [INVOICE_STEPS[0], { ...INVOICE_STEPS[1], minutesPerCase: -5 }],
        },
      },
    );
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.steps.1.minutesPerCase', message: 'minutesPerCase must be a number of minutes between 0 and 10000' },
      ],
    });
    expect(await tableCounts()).toEqual(before);
  });

  it.each([
    ['empty name', { name: '' }, 'input.name'],
    ['exception rate above 1', { exceptionRate: 1.5 }, 'input.exceptionRate'],
    ['negative money', { hourlyLabourCost: '-3' }, undefined],
    ['three decimals of money', { costPerError: '1.005' }, undefined],
    ['unknown category', { category: 'PAYROLL' }, undefined],
    ['override without a reason', { steps: [{ ...INVOICE_STEPS[0], automatableOverride: false }] }, 'input.steps.0.automatableReason'],
    ['malformed organization id', { organizationId: 'abc' }, 'input.organizationId'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, overrides, path) => {
    const before = await tableCounts();
    const response = await gql(
      'mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }',
      { input: { organizationId, name: 'Bad', category: 'OTHER', ...overrides } },
    );
    const error = response.errors?.[0];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    if (path) expect(error?.extensions.fields?.map((field) => field.path)).toEqual([path]);
    else expect(error?.message).toMatch(/Money must be|PAYROLL/);
    expect(await tableCounts()).toEqual(before);
  });

  it('reports NOT_FOUND for an unknown organization or a department of another organization', async () => {
    const unknown = await gql(
      'mutation { createProcess(input: {organizationId: "00000000-0000-4000-8000-000000000001", name: "X", category: OTHER}) { id } }',
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.organizationId' }] });

    const foreign = await gql(
      'mutation ($org: ID!, $dep: ID!) { createProcess(input: {organizationId: $org, departmentId: $dep, name: "X", category: OTHER}) { id } }',
      { org: otherOrganizationId, dep: departmentId },
    );
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.departmentId' }] });

    for (const id of ['00000000-0000-4000-8000-000000000002', 'not-an-id']) {
      const missing = await gql('query ($id: ID!) { process(id: $id) { id } }', { id });
      expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('updates with the current version, then refuses the stale version with CONFLICT and keeps the data', async () => {
    const process = await createProcess({ name: 'Versioned' });
    const update = (version: number, name: string) =>
      gql<{ updateProcess: ProcessView }>(
        'mutation ($id: ID!, $input: UpdateProcessInput!) { updateProcess(id: $id, input: $input) { name version hourlyLabourCost } }',
        { id: process.id, input: { version, name, hourlyLabourCost: null } },
      );
    const first = await update(1, 'Versioned v2');
    expect(first.data?.updateProcess).toEqual({ name: 'Versioned v2', version: 2, hourlyLabourCost: null });

    const stale = await update(1, 'Lost update');
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'input.version' }] });
    const current = await gql<{ process: ProcessView }>('query ($id: ID!) { process(id: $id) { name version } }', {
      id: process.id,
    });
    expect(current.data?.process).toEqual({ name: 'Versioned v2', version: 2 });
  });

  it('refuses null for an attribute that cannot be empty', async () => {
    const process = await createProcess({ name: 'Nullable check' });
    const response = await gql(
      'mutation ($id: ID!) { updateProcess(id: $id, input: {version: 1, exceptionRate: null, name: null}) { id } }',
      { id: process.id },
    );
    expect(response.errors?.[0].extensions.fields?.map((field) => field.path).sort()).toEqual([
      'input.exceptionRate',
      'input.name',
    ]);
  });

  it('replaces all steps in one transaction, and a bad step leaves the old steps intact', async () => {
    const process = await createProcess({ name: 'Replace steps' });
    const replace = (version: number, steps: unknown[]) =>
      gql<{ replaceProcessSteps: ProcessView }>(
        `mutation ($id: ID!, $input: ReplaceStepsInput!) { replaceProcessSteps(processId: $id, input: $input) { version ${PROCESS_FIELDS} } }`,
        { id: process.id, input: { version, steps } },
      );

    const replaced = await replace(1, [INVOICE_STEPS[2], INVOICE_STEPS[0]]);
    expect(replaced.data?.replaceProcessSteps.version).toBe(2);
    expect(replaced.data?.replaceProcessSteps.steps.map((step) => step.name)).toEqual(['Post to the ledger', 'Download from KSeF']);

    const bad = await replace(2, [INVOICE_STEPS[0], { ...INVOICE_STEPS[1], name: '' }]);
    expect(bad.errors?.[0].extensions.fields).toEqual([{ path: 'input.steps.1.name', message: 'name must not be empty' }]);
    const stale = await replace(1, [INVOICE_STEPS[0]]);
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');

    const after = await gql<{ process: ProcessView }>(`query ($id: ID!) { process(id: $id) { ${PROCESS_FIELDS} } }`, {
      id: process.id,
    });
    expect(after.data?.process.version).toBe(2);
    expect(after.data?.process.steps.map((step) => step.name)).toEqual(['Post to the ledger', 'Download from KSeF']);
  });

  it('saves fields and the whole step list together; a bad step saves neither', async () => {
    const process = await createProcess({ name: 'Fields and steps' });
    const update = (input: Record<string, unknown>) =>
      gql<{ updateProcess: ProcessView & { name: string } }>(
        `mutation ($id: ID!, $input: UpdateProcessInput!) { updateProcess(id: $id, input: $input) { name version ${PROCESS_FIELDS} } }`,
        { id: process.id, input },
      );
    const bad = await update({ version: 1, name: 'Renamed', steps: [INVOICE_STEPS[0], { ...INVOICE_STEPS[1], minutesPerCase: -1 }] });
    expect(bad.errors?.[0].extensions.fields?.map((field) => field.path)).toEqual(['input.steps.1.minutesPerCase']);
    const saved = await update({ version: 1, name: 'Renamed', steps: [INVOICE_STEPS[1]] });
    expect(saved.data?.updateProcess).toMatchObject({ name: 'Renamed', version: 2 });
    expect(saved.data?.updateProcess.steps.map((step) => `${step.position}:${step.name}`)).toEqual([`1:${INVOICE_STEPS[1].name}`]);
    const fieldsOnly = await update({ version: 2, name: 'Renamed again' });
    expect(fieldsOnly.data?.updateProcess.steps).toHaveLength(1);
  });

  it('inserts, updates and deletes single steps, keeping positions contiguous', async () => {
    const process = await createProcess({ name: 'Single steps' });
    const inserted = await gql<{ createWorkflowStep: ProcessView }>(
      `mutation ($id: ID!, $input: AddWorkflowStepInput!) { createWorkflowStep(processId: $id, input: $input) { version ${PROCESS_FIELDS} } }`,
      { id: process.id, input: { version: 1, position: 1, step: { name: 'Open the inbox', minutesPerCase: 0.5, ruleBased: true, inputType: 'STRUCTURED_DIGITAL' } } },
    );
    const steps = inserted.data!.createWorkflowStep.steps;
    expect(steps.map((step) => `${step.position}:${step.name}`)).toEqual([
      '1:Open the inbox',
      '2:Download from KSeF',
      '3:Substantive check',
      '4:Post to the ledger',
    ]);

    const updated = await gql<{ updateWorkflowStep: ProcessView }>(
      `mutation ($id: ID!, $input: UpdateWorkflowStepInput!) { updateWorkflowStep(id: $id, input: $input) { version ${PROCESS_FIELDS} } }`,
      {
        id: steps[2].id,
        input: {
          version: 2,
          step: { name: 'Substantive check', minutesPerCase: 3, ruleBased: false, inputType: 'UNSTRUCTURED_DIGITAL', automatableOverride: true, automatableReason: 'Checklist agreed with the treasurer' },
        },
      },
    );
    expect(updated.data?.updateWorkflowStep.steps[2]).toMatchObject({ automatable: true, automatableReason: 'Checklist agreed with the treasurer' });

    const deleted = await gql<{ deleteWorkflowStep: ProcessView }>(
      `mutation ($id: ID!) { deleteWorkflowStep(id: $id, processVersion: 3) { version ${PROCESS_FIELDS} } }`,
      { id: steps[0].id },
    );
    expect(deleted.data?.deleteWorkflowStep.version).toBe(4);
    expect(deleted.data?.deleteWorkflowStep.steps.map((step) => step.position)).toEqual([1, 2, 3]);
  });

  it('filters by category, status, department and text, and paginates with a cursor', async () => {
    await createProcess({ name: 'Meter readings A', category: 'ENERGY_READINGS', status: 'PILOT', description: 'from the supplier portal' });
    await createProcess({ name: 'Meter readings B', category: 'ENERGY_READINGS', departmentId: null });
    const query = `query ($filter: ProcessFilterInput, $first: Int, $after: String) {
      processes(filter: $filter, first: $first, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    type Result = { processes: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

    const energy = await gql<Result>(query, { filter: { organizationId, category: 'ENERGY_READINGS' } });
    expect(energy.data?.processes.edges.map((edge) => edge.node.name)).toEqual(['Meter readings A', 'Meter readings B']);
    const pilot = await gql<Result>(query, { filter: { status: 'PILOT' } });
    expect(pilot.data?.processes.edges.map((edge) => edge.node.name)).toEqual(['Meter readings A']);
    const byText = await gql<Result>(query, { filter: { text: 'SUPPLIER' } });
    expect(byText.data?.processes.totalCount).toBe(1);
    const wildcard = await gql<Result>(query, { filter: { text: '%' } });
    expect(wildcard.data?.processes.totalCount).toBe(0);
    const byDepartment = await gql<Result>(query, { filter: { departmentId } });
    expect(byDepartment.data?.processes.edges.map((edge) => edge.node.name)).not.toContain('Meter readings B');

    const firstPage = await gql<Result>(query, { filter: { category: 'ENERGY_READINGS' }, first: 1 });
    expect(firstPage.data?.processes.pageInfo.hasNextPage).toBe(true);
    const secondPage = await gql<Result>(query, {
      filter: { category: 'ENERGY_READINGS' },
      first: 1,
      after: firstPage.data!.processes.pageInfo.endCursor,
    });
    expect(secondPage.data?.processes.edges.map((edge) => edge.node.name)).toEqual(['Meter readings B']);
    expect(secondPage.data?.processes.pageInfo.hasNextPage).toBe(false);
  });

  it('deletes a process with its steps, given the current version', async () => {
    const process = await createProcess({ name: 'To delete' });
    const stale = await gql('mutation ($id: ID!) { deleteProcess(id: $id, version: 7) { id } }', { id: process.id });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'version' }] });
    await gql('mutation ($id: ID!) { deleteProcess(id: $id, version: 1) { id } }', { id: process.id });
    const {
      rows: [row],
    } = await t.owner.query<{ count: string }>('SELECT count(*) FROM workflow_step WHERE process_id = $1', [process.id]);
    expect(row.count).toBe('0');
  });
});
