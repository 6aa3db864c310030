import { Role } from '../../src/auth/domain/role.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ORGANIZATION_FIELDS = 'id name terytCode kind population currency';

describe('organizations and departments over GraphQL', () => {
  let t: TestApp;
  let admin: string;
  const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    t.graphql<T>(query, variables, admin);

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.createUser([], { platformAdmin: true })).token;
  });

  afterAll(async () => {
    await t.close();
  });

  async function organizationCount(): Promise<number> {
    const { rows: [row] } = await t.owner.query<{ count: string }>('SELECT count(*) FROM organization');
    return Number(row.count);
  }

  async function createOrganization(terytCode: string, name = `Gmina ${terytCode}`) {
    const response = await gql<{ createOrganization: { id: string; currency: string } }>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
      { input: { name, terytCode, kind: 'GMINA', population: 48000 } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createOrganization;
  }

  it('creates an organization with PLN as the default currency and reads it back', async () => {
    const created = await createOrganization('0261011', 'Jelenia Góra (test)');
    expect(created.currency).toBe('PLN');

    const read = await gql<{ organization: { name: string; terytCode: string } }>(
      `query ($id: ID!) { organization(id: $id) { ${ORGANIZATION_FIELDS} departments { name } } }`,
      { id: created.id },
    );
    expect(read.data?.organization).toMatchObject({ name: 'Jelenia Góra (test)', terytCode: '0261011' });
  });

  it.each([
    ['12ab', 'input.terytCode'],
    ['123456', 'input.terytCode'],
    ['9961011', 'input.terytCode'],
  ])('refuses TERYT %j with BAD_USER_INPUT on %s and writes nothing', async (terytCode, path) => {
    const before = await organizationCount();
    const response = await gql(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: 'Bad', terytCode, kind: 'GMINA' } },
    );
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions.fields).toEqual([
      { path, message: 'TERYT code must be 7 digits starting with a voivodeship code 02..32 (even), e.g. 1465011' },
    ]);
    expect(await organizationCount()).toBe(before);
  });

  it('refuses an empty name and a negative population, naming both fields', async () => {
    const response = await gql(
      'mutation { createOrganization(input: {name: "   ", terytCode: "1465011", kind: GMINA, population: -1}) { id } }',
    );
    expect(response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.name', message: 'name must not be empty' },
        { path: 'input.population', message: 'population must be a whole number of at least 0' },
      ],
    });
  });

  it('refuses an unknown kind before any resolver runs', async () => {
    const response = await gql(
      'mutation { createOrganization(input: {name: "X", terytCode: "1465011", kind: CITY}) { id } }',
    );
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('"CITY" does not exist in "OrganizationKind"');
  });

  it('refuses a second organization with the same TERYT code with CONFLICT', async () => {
    await createOrganization('2462011');
    const response = await gql(
      'mutation { createOrganization(input: {name: "Copy", terytCode: "2462011", kind: POWIAT}) { id } }',
    );
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'input.terytCode' }],
    });
  });

  it('updates only the fields given, and an unknown id is NOT_FOUND', async () => {
    const created = await createOrganization('3064011');
    const updated = await gql<{ updateOrganization: { name: string; population: number | null; terytCode: string } }>(
      `mutation ($id: ID!) { updateOrganization(id: $id, input: {name: "Renamed", population: null}) { ${ORGANIZATION_FIELDS} } }`,
      { id: created.id },
    );
    expect(updated.data?.updateOrganization).toMatchObject({ name: 'Renamed', population: null, terytCode: '3064011' });

    const missing = await gql(
      'mutation { updateOrganization(id: "00000000-0000-4000-8000-000000000000", input: {name: "X"}) { id } }',
    );
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('paginates organizations by name with a bounded page size', async () => {
    await createOrganization('1261011', 'A first');
    await createOrganization('1262011', 'B second');
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof gql<{ organizations: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>>> =
        await gql(
          'query ($after: String) { organizations(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
      seen.push(...page.data!.organizations.edges.map((edge) => edge.node.name));
      after = page.data!.organizations.pageInfo.hasNextPage ? page.data!.organizations.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toHaveLength(await organizationCount());
    expect(pages).toBe(Math.ceil(seen.length / 2));

    const tooMany = await gql('{ organizations(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0].extensions.fields).toEqual([
      { path: 'first', message: 'first must be between 1 and 100' },
    ]);
    const badCursor = await gql('{ organizations(after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('manages departments and refuses deleting one that still has processes', async () => {
    const organization = await createOrganization('0861011');
    const department = await gql<{ createDepartment: { id: string; organization: { id: string } } }>(
      'mutation ($org: ID!) { createDepartment(input: {organizationId: $org, name: "Wydział Finansowy"}) { id name organization { id } } }',
      { org: organization.id },
    );
    expect(department.data?.createDepartment.organization.id).toBe(organization.id);
    const departmentId = department.data!.createDepartment.id;

    const duplicate = await gql(
      'mutation ($org: ID!) { createDepartment(input: {organizationId: $org, name: "Wydział Finansowy"}) { id } }',
      { org: organization.id },
    );
    expect(duplicate.errors?.[0].extensions.code).toBe('CONFLICT');

    const renamed = await gql<{ updateDepartment: { name: string } }>(
      'mutation ($id: ID!) { updateDepartment(id: $id, input: {name: "Wydział Budżetu"}) { name } }',
      { id: departmentId },
    );
    expect(renamed.data?.updateDepartment.name).toBe('Wydział Budżetu');

    const processOwner = await t.createUser([{ organizationId: organization.id, role: Role.PROCESS_OWNER }]);
    const created = await t.graphql(
      'mutation ($org: ID!, $dep: ID!) { createProcess(input: {organizationId: $org, departmentId: $dep, name: "Budget", category: OTHER}) { id } }',
      { org: organization.id, dep: departmentId },
      processOwner.token,
    );
    expect(created.errors).toBeUndefined();
    const refused = await gql('mutation ($id: ID!) { deleteDepartment(id: $id) { id } }', { id: departmentId });
    expect(refused.errors?.[0].extensions.code).toBe('CONFLICT');
    const refusedOrganization = await gql('mutation ($id: ID!) { deleteOrganization(id: $id) { id } }', {
      id: organization.id,
    });
    expect(refusedOrganization.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('deletes an organization without processes, with its departments', async () => {
    const organization = await createOrganization('1067011');
    await gql('mutation ($org: ID!) { createDepartment(input: {organizationId: $org, name: "Kancelaria"}) { id } }', {
      org: organization.id,
    });
    const deleted = await gql<{ deleteOrganization: { id: string } }>(
      'mutation ($id: ID!) { deleteOrganization(id: $id) { id } }',
      { id: organization.id },
    );
    expect(deleted.data?.deleteOrganization.id).toBe(organization.id);
    const again = await gql('query ($id: ID!) { organization(id: $id) { id } }', { id: organization.id });
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
