import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp, type TestUser } from '../../helpers/test-app.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }';

describe('password spraying from one address', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '5', FAILED_LOGINS_PER_ADDRESS_PER_MINUTE: '4' });
    const organizationId = await t.createOrganization('Gmina', '1465011');
    user = await t.createUser([{ organizationId, role: Role.MANAGER }]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('slows failed sign-ins across many e-mails from one address, then every sign-in from it', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await t.graphql(LOGIN, { email: `sprayed-${i}@test.example`, password: 'Summer2026!' });
      codes.push(response.errors?.[0].extensions.code ?? 'OK');
    }
    // Each e-mail was tried once: the per-e-mail limit alone would never have stopped this.
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    const correct = await t.graphql(LOGIN, { email: user.email, password: user.password });
    expect(correct.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(correct.errors?.[0].message).toMatch(/too many sign-in attempts; retry in \d+ s/);
  });
});
