import { jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { Role } from '../../src/auth/domain/role.js';
import { seedDemo, startTestApp, type TestApp } from '../helpers/test-app.js';

describe('per-request DataLoaders', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t);
    const { rows } = await t.owner.query<{ id: string }>('SELECT id FROM organization');
    token = (await t.createUser([{ organizationId: rows[0].id, role: Role.MANAGER }])).token;
  });

  afterAll(async () => {
    await t.close();
  });

  it('resolve steps, departments and organizations of a whole page in a constant number of queries', async () => {
    const query = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const response = await t.graphql<{ processes: { edges: { node: { steps: unknown[] } }[] } }>(
        `{ processes(first: 50) { totalCount edges { node {
            name steps { name } department { name organization { name } } organization { name departments { name } }
        } } } }`,
        {},
        token,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.processes.edges.length).toBeGreaterThanOrEqual(12);
      // count + page + steps + departments + organizations + departments-by-organization, each
      // loader batch in its own transaction: BEGIN, set_config, query, COMMIT
      expect(query.mock.calls.length).toBeLessThanOrEqual(6 * 4);
    } finally {
      query.mockRestore();
    }
  });
});
