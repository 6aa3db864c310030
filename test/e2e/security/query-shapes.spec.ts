import { getIntrospectionQuery } from 'graphql';
import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** n fragments, each spreading the previous one twice: naive expansion does 2^n work. */
function doublingFragments(n: number): string {
  const fragments = ['fragment F0 on Organization { id name }'];
  for (let i = 1; i < n; i += 1) fragments.push(`fragment F${i} on Organization { ...F${i - 1} ...F${i - 1} }`);
  return `{ organizations(first: 1) { edges { node { ...F${n - 1} } } } }\n${fragments.join('\n')}`;
}

describe('abusive query shapes', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    const organizationId = await t.createOrganization('Gmina', '1465011');
    token = (await t.createUser([{ organizationId, role: Role.MANAGER }])).token;
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses 30 fragments that each spread the previous one twice (2^30 fields unfolded) at once', async () => {
    const response = await t.graphql(doublingFragments(30), {}, token);
    expect(response.errors?.[0].extensions.code).toBe('QUERY_TOO_LARGE');
    expect(response.errors?.[0].message).toMatch(/unfolded, an operation selects 1073741827 fields; at most 5000/);
    const anonymous = await t.graphql(doublingFragments(30));
    expect(anonymous.errors?.[0].extensions.code).toBe('QUERY_TOO_LARGE');
    expect(anonymous.errors?.[0].message).toBe('the document has 31 operations and fragments; at most 8 are allowed before signing in');
  });

  it('gives a caller without credentials the small budget of signing in, checked before validation', async () => {
    // The attack's shape: 490 sibling fields in 9 KB, refused by its size before any rule walks it.
    const siblings = `{ ${Array.from({ length: 490 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    const anonymous = await t.graphql(siblings);
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors?.[0].extensions.code).toBe('QUERY_TOO_LARGE');
    expect(anonymous.errors?.[0].message).toMatch(/before signing in$/);
    const wide = `{ ${'__typename '.repeat(200)}}`;
    expect((await t.graphql(wide)).errors?.[0].message).toBe('the document selects 200 fields; at most 120 are allowed before signing in');
    // Signed in, the same document is within the usual bounds; a forged token is not signed in.
    expect((await t.graphql(wide, {}, token)).errors).toBeUndefined();
    expect((await t.graphql(wide, {}, `${token.slice(0, -4)}AAAA`)).errors?.[0].message).toMatch(/before signing in$/);
    // Signing in and reading the schema (the IDE does so before a token is pasted) fit the budget.
    const signIn = await t.graphql('mutation { login(input: {email: "nobody@example.org", password: "wrong password"}) { accessToken } }');
    expect(signIn.errors?.[0].extensions.code).not.toBe('QUERY_TOO_LARGE');
    expect((await t.graphql(getIntrospectionQuery())).errors?.[0].extensions.code).not.toBe('QUERY_TOO_LARGE');
  });

  it('refuses a deeply nested literal or selection as a parse error, never a stack overflow', async () => {
    for (const query of [
      `{ organizations(first: 1) { totalCount } __typename @include(if: ${'['.repeat(3000)}true${']'.repeat(3000)}) }`,
      `{ processes(filter: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}) { totalCount } }`,
      `${'{ organization '.repeat(3000)}{ id }${' }'.repeat(3000)}`,
    ]) {
      for (const caller of [token, undefined]) {
        const response = await t.graphql(query, {}, caller);
        expect(response.status).toBe(400);
        expect(response.errors?.[0]).toMatchObject({ message: 'the document nests brackets more than 64 deep; send a flatter query', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
      }
    }
    // Brackets in strings and comments are text, not nesting.
    const quoted = await t.graphql(`# ${'['.repeat(100)}\n{ organizations(first: 1) { totalCount } }`, {}, token);
    expect(quoted.errors).toBeUndefined();
  });

  it('answers fragments spread many times within the bound, interpreted and compiled', async () => {
    // 2^11 = 2048 fields unfolded; Mercurius compiles (JIT) a document once it has seen it twice.
    for (let round = 0; round < 3; round += 1) {
      const response = await t.graphql<{ organizations: { edges: { node: { name: string } }[] } }>(doublingFragments(11), {}, token);
      expect(response.errors).toBeUndefined();
      expect(response.data?.organizations.edges[0].node.name).toBe('Gmina');
    }
  });

  it('bounds what a document may contain before any rule runs', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: organizations(first: 1) { totalCount }`).join(' ');
    const tooManyAliases = await t.graphql(`{ ${aliases} }`, {}, token);
    expect(tooManyAliases.status).toBe(400);
    expect(tooManyAliases.errors?.[0].extensions.code).toBe('QUERY_TOO_LARGE');
    expect(tooManyAliases.errors?.[0].message).toMatch(/31 aliases; at most 30/);

    const tokens = await t.graphql(`{ organizations(first: 1) { totalCount ${'__typename '.repeat(10_001)} } }`, {}, token);
    expect(tokens.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_LARGE' } });
    expect(tokens.errors?.[0].message).toMatch(/more than 10000 tokens/);

    const fields = Array.from({ length: 60 }, (_, i) => `fragment G${i} on Organization { ${'id '.repeat(20)} }`).join('\n');
    const tooManyFields = await t.graphql(`{ organizations(first: 1) { edges { node { ...G0 } } } }\n${fields}`, {}, token);
    expect(tooManyFields.errors?.[0].extensions.code).toBe('QUERY_TOO_LARGE');
  });

  it('costs expensive fields by the work they do, however they are aliased', async () => {
    const portfolios = Array.from({ length: 11 }, (_, i) => `p${i}: portfolioSummary(top: 50) { draws }`).join(' ');
    const response = await t.graphql(`{ ${portfolios} }`, {}, token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 11 * (500 + 1) });
    const asVariable = await t.graphql('query ($top: Int!) { portfolioSummary(top: $top) { draws } }', { top: 5 }, token);
    expect(asVariable.errors).toBeUndefined();
  });

  it('answers a request that is not a GraphQL document with a parse error, never an internal one', async () => {
    for (const query of [5, '5', '{"kind":"Document","definitions":5}', '[]', true]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${token}` },
        payload: { query },
      });
      expect(response.statusCode).toBe(400);
      const codes = response.json<{ errors: { extensions: { code: string } }[] }>().errors.map((error) => error.extensions.code);
      expect(codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    }
  });
});
