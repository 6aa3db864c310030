import { getIntrospectionQuery } from 'graphql';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Role } from '../../../src/auth/domain/role.js';
import { createMeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

describe('a hardened GraphQL endpoint', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ MAX_QUERY_DEPTH: '6', MAX_QUERY_COST: '2000', STATEMENT_TIMEOUT_MS: '1500', IMPORTS_PER_MINUTE: '2' });
    const organizationId = await t.createOrganization('Gmina', '1465011');
    token = (await t.createUser([{ organizationId, role: Role.MANAGER }])).token;
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses a query nested deeper than the limit', async () => {
    const response = await t.graphql(
      '{ processes(first: 1) { edges { node { organization { departments { organization { departments { name } } } } } } } }',
      {},
      token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 8, maxDepth: 6 });
    expect(response.data ?? null).toBeNull();
  });

  it('refuses a query whose estimated cost exceeds the limit, and names both', async () => {
    const response = await t.graphql(
      '{ processes(first: 100) { edges { node { name description steps { name systems minutesPerCase inputType } } } } }',
      {},
      token,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 2000 });
    expect(response.errors?.[0].message).toContain('exceeds the limit of 2000');
  });

  it('accepts an ordinary query under both limits', async () => {
    const response = await t.graphql('{ processes(first: 20) { edges { node { name steps { name } } } } }', {}, token);
    expect(response.errors).toBeUndefined();
  });

  it('hides the schema from introspection unless enabled', async () => {
    const hidden = await t.graphql('{ __schema { types { name } } }', {}, token);
    expect(hidden.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(hidden.errors?.[0].message).toMatch(/introspection/i);

    const open = await startTestApp({ INTROSPECTION: 'true' });
    try {
      const shown = await open.graphql<{ __schema: { types: unknown[] } }>('{ __schema { types { name } } }');
      expect(shown.data?.__schema.types.length).toBeGreaterThan(10);
      // The full query an IDE sends is 15 levels deep: the depth limit must not refuse it.
      const full = await open.graphql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
      expect(full.errors).toBeUndefined();
      expect(full.data?.__schema.types.length).toBeGreaterThan(10);
    } finally {
      await open.close();
    }
  });

  it('refuses a form-encoded POST (CSRF) and an oversized body', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'query=mutation{login(input:{email:"a",password:"b"}){accessToken}}',
    });
    expect(form.statusCode).toBe(415);

    const huge = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: JSON.stringify({ query: `{ processes { totalCount } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(huge.statusCode).toBe(413);
  });

  it('refuses a cursor that was not issued by the API', async () => {
    const forged = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
    const response = await t.graphql('query ($after: String) { processes(after: $after) { totalCount } }', { after: forged }, token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
  });

  it('bounds every statement of the application connections', async () => {
    const [setting] = await t.app.get(DataSource).query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    expect(setting.statement_timeout).toBe('1500ms');
    await expect(t.app.get(DataSource).query('SELECT pg_sleep(3)')).rejects.toThrow(/statement timeout/);
  });

  it('rate-limits imports per user', async () => {
    const fixture = await createMeasurementFixture(t, '1262011');
    const periodId = await fixture.createPeriod();
    const csv = (n: number) => `case_ref,handling_minutes\nA-${n},5\n`;
    expect((await upload(t, { periodId }, csv(1), fixture.owner.token)).status).toBe(200);
    expect((await upload(t, { periodId }, csv(2), fixture.owner.token)).status).toBe(200);
    const limited = await upload(t, { periodId }, csv(3), fixture.owner.token);
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    // One limit for every way in: GraphQL batches count against the same budget.
    const batch = await t.graphql(
      'mutation ($period: ID!) { importCaseRecords(input: {periodId: $period, records: [{caseRef: "A-4", handlingMinutes: 5}]}) { rows } }',
      { period: periodId },
      fixture.owner.token,
    );
    expect(batch.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('gives an upload longer than the statement timeout the import timeout instead', async () => {
    const fixture = await createMeasurementFixture(t, '1263011');
    const periodId = await fixture.createPeriod();
    // 3 s of slowly arriving rows, against a statement timeout of 1.5 s.
    const slowBody = Readable.from(
      (async function* () {
        yield Buffer.from('case_ref,handling_minutes\n');
        for (let i = 0; i < 6; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          yield Buffer.from(`S-${i},5\n`);
        }
      })(),
    );
    const response = await t.app.inject({
      method: 'POST',
      url: `/imports?periodId=${periodId}`,
      headers: { authorization: `Bearer ${fixture.owner.token}`, 'content-type': 'text/csv' },
      payload: slowBody,
    });
    expect(response.json()).toMatchObject({ rows: 6 });
  });
});
