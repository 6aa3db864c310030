import { jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { seedDemoData } from '../../src/database/demo/seed.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('per-request DataLoaders', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
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
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.processes.edges.length).toBeGreaterThanOrEqual(12);
      // count + page + steps + departments + organizations + departments-by-organization
      expect(query.mock.calls.length).toBeLessThanOrEqual(6);
    } finally {
      query.mockRestore();
    }
  });
});
