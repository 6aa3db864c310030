import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { Role } from '../../../src/auth/domain/role.js';
import { seedDemo, startTestApp, type TestApp } from '../../helpers/test-app.js';

interface DemoClaim {
  statement: string;
  verifications: { checks: { processName: string; exAnte: { verdict: string }; exPost: { verdict: string; estimate: number | null; explanation: string } }[] }[];
}

describe('demo: the template petition checked against the gmina', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { embedded: true });
    await seedDemo(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers one query with the five claims, some supported and some not, each with its reason', async () => {
    const auditor = DEMO_USERS.find((user) => user.role === Role.AUDITOR)!;
    const login = await t.graphql<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }',
      { email: auditor.email, password: auditor.password },
    );
    const response = await t.graphql<{ claims: { edges: { node: DemoClaim }[] } }>(
      `{ claims(first: 5) { edges { node { statement verifications { checks { processName exAnte { verdict }
          exPost { verdict estimate explanation } } } } } } }`,
      {},
      login.data!.login.accessToken,
    );
    expect(response.errors).toBeUndefined();
    const pilot = Object.fromEntries(
      response.data!.claims.edges.map(({ node }) => {
        const check = node.verifications[0].checks.find((c) => c.processName === 'Incoming invoice registration and posting')!;
        return [node.statement, check.exPost];
      }),
    );
    // True effects of the generated pilot: handling -55%, errors -60%, reaction -20%, service hours +50%.
    expect(pilot['-50% handling time'].verdict).toBe('SUPPORTED');
    expect(pilot['-80% error rate'].verdict).toBe('CONTRADICTED');
    expect(pilot['-40% reaction time'].verdict).toBe('CONTRADICTED');
    expect(pilot['+24% availability'].verdict).toBe('SUPPORTED');
    expect(pilot['-50% handling time'].estimate).toBeCloseTo(0.55, 1);
    expect(pilot['-40% reaction time'].explanation).toMatch(/falls short of the promised 40%/);
    expect(['SUPPORTED', 'CONTRADICTED', 'INCONCLUSIVE']).toContain(pilot['-30% cost per case'].verdict);
    // Processes without a pilot get a plausibility verdict and no after-pilot test.
    const others = response.data!.claims.edges[0].node.verifications[0].checks.filter((c) => c.processName !== 'Incoming invoice registration and posting');
    expect(others.length).toBeGreaterThanOrEqual(11);
    expect(others.every((c) => c.exPost.verdict === 'INSUFFICIENT_DATA')).toBe(true);
  });
});
