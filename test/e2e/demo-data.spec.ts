import { seedDemoData } from '../../src/database/demo/seed.js';
import { ProcessCategory } from '../../src/processes/process.enums.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('demo dataset', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('loads one gmina with at least 12 processes covering every category, each with steps, once', async () => {
    expect(await seedDemoData(t.dataSource)).toBe('seeded');
    expect(await seedDemoData(t.dataSource)).toBe('skipped: database not empty');

    const response = await t.graphql<{
      organizations: { edges: { node: { kind: string; departments: unknown[] } }[] };
      processes: { totalCount: number; edges: { node: { category: string; steps: unknown[] } }[] };
    }>(`{
      organizations { edges { node { kind departments { name } } } }
      processes(first: 100) { totalCount edges { node { category steps { name } } } }
    }`);
    expect(response.data?.organizations.edges).toHaveLength(1);
    expect(response.data?.organizations.edges[0].node.kind).toBe('GMINA');
    expect(response.data?.processes.totalCount).toBeGreaterThanOrEqual(12);
    const categories = new Set(response.data?.processes.edges.map((edge) => edge.node.category));
    expect([...categories].sort()).toEqual(Object.values(ProcessCategory).sort());
    for (const edge of response.data!.processes.edges) expect(edge.node.steps.length).toBeGreaterThan(0);
  });
});
