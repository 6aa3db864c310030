import { DEMO_USERS } from '../../src/database/demo/demo-users.js';
import { seedDemoData } from '../../src/database/owner-context.js';
import { ProcessCategory } from '../../src/processes/domain/process.enums.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('demo dataset', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Demo accounts sign in only in the embedded demo mode.
    t = await startTestApp({}, { embedded: true });
  });

  afterAll(async () => {
    await t.close();
  });

  it('loads one gmina with at least 12 processes covering every category, each with steps, once', async () => {
    expect(await seedDemoData(t.database.url)).toBe('seeded');
    expect(await seedDemoData(t.database.url)).toBe('skipped: database not empty');
    const login = await t.graphql<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }',
      { email: DEMO_USERS[0].email, password: DEMO_USERS[0].password },
    );
    const token = login.data!.login.accessToken;

    const response = await t.graphql<{
      organizations: { edges: { node: { kind: string; departments: unknown[] } }[] };
      processes: { totalCount: number; edges: { node: { category: string; steps: unknown[] } }[] };
    }>(`{
      organizations { edges { node { kind departments { name } } } }
      processes(first: 100) { totalCount edges { node { category steps { name } } } }
    }`, {}, token);
    expect(response.data?.organizations.edges).toHaveLength(1);
    expect(response.data?.organizations.edges[0].node.kind).toBe('GMINA');
    expect(response.data?.processes.totalCount).toBeGreaterThanOrEqual(12);
    const categories = new Set(response.data?.processes.edges.map((edge) => edge.node.category));
    expect([...categories].sort()).toEqual(Object.values(ProcessCategory).sort());
    for (const edge of response.data!.processes.edges) expect(edge.node.steps.length).toBeGreaterThan(0);

    const invoices = await t.graphql<{ processes: { edges: { node: { baselines: { grade: string; cases: number; annualVolume: number; touchTime: { mean: number; ciLower: number; ciUpper: number }; errorRate: { rate: number } }[] } }[] } }>(
      '{ processes(filter: {category: INVOICE_PROCESSING}) { edges { node { baselines { grade cases annualVolume touchTime { mean ciLower ciUpper } errorRate { rate } } } } } }',
      {},
      token,
    );
    const [baseline] = invoices.data!.processes.edges[0].node.baselines;
    expect(baseline).toMatchObject({ grade: 'CASE_SAMPLE', cases: 22_000 });
    expect(baseline.annualVolume).toBeGreaterThan(21_000);
    expect(baseline.touchTime.mean).toBeGreaterThan(9);
    expect(baseline.touchTime.mean).toBeLessThan(11);
    expect(baseline.touchTime.ciLower).toBeLessThan(baseline.touchTime.mean);
    expect(baseline.errorRate.rate).toBeGreaterThan(0.03);
    expect(baseline.errorRate.rate).toBeLessThan(0.05);
  });
});
