import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { AccessTokenService } from '../../src/auth/access-token.service.js';
import { hashPassword } from '../../src/auth/domain/password-hasher.js';
import type { Role } from '../../src/auth/domain/role.js';
import { createApp } from '../../src/app/create-app.js';
import { type AppConfig, loadConfig } from '../../src/config/app-config.js';
import { enableAppLogin } from '../../src/database/app-role.js';
import { createDataSource } from '../../src/database/data-source.js';
import { seedDemoData } from '../../src/database/owner-context.js';
import { DEMO_USERS } from '../../src/database/demo/demo-users.js';
import { createMigratedDatabase, type TestDatabase } from './test-database.js';

/** Cheap scrypt for test accounts: the production cost is exercised by the login tests. */
export const TEST_PASSWORD_COST = { N: 1024, r: 8, p: 1 };
/** Fixed so that test files starting apps in parallel do not rotate each other's password. */
const TEST_APP_PASSWORD = 'rpa-app-test-password';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; fields?: { path: string; message: string }[]; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: GraphQLError[];
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  /** A connection as the schema owner: row-level security does not apply to it. */
  owner: pg.Pool;
  /** The application's own database URL (role rpa_app, row-level security applies). */
  appUrl: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Creates a user (directly, as owner) with the given roles, and signs a token for them. */
  createUser(memberships: { organizationId: string; role: Role }[], options?: { platformAdmin?: boolean }): Promise<TestUser>;
  /** Creates an organization directly, as owner. */
  createOrganization(name: string, terytCode: string): Promise<string>;
  close(): Promise<void>;
}

let userCounter = 0;

/** The real application on its own migrated database, connected as rpa_app, driven through inject. */
export async function startTestApp(
  env: Record<string, string> = {},
  overrides: Partial<AppConfig> = {},
): Promise<TestApp> {
  const database = await createMigratedDatabase();
  const ownerSource = createDataSource(database.url);
  await ownerSource.initialize();
  const appUrl = await enableAppLogin(ownerSource, database.url, TEST_APP_PASSWORD);
  await ownerSource.destroy();

  const loaded = loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    GRAPHIQL: 'true',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    FAILED_LOGINS_PER_ADDRESS_PER_MINUTE: '1000',
    ...env,
    DATABASE_URL: database.url,
  });
  const config = { ...loaded, ...overrides };
  const app = await createApp(config, appUrl);
  const owner = new pg.Pool({ connectionString: database.url, max: 2 });
  const tokens = app.get(AccessTokenService);

  return {
    app,
    database,
    owner,
    appUrl,
    async graphql<T>(query: string, variables?: Record<string, unknown>, token?: string) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        payload: { query, variables },
      });
      const body = response.json<Omit<GraphQLResponse<T>, 'status'>>();
      return { status: response.statusCode, ...body };
    },
    async createUser(memberships, options = {}) {
      userCounter += 1;
      const email = `user${userCounter}-${Date.now()}@test.example`;
      const password = `password-${userCounter}-long`;
      const { rows } = await owner.query<{ id: string }>(
        'INSERT INTO app_user (email, display_name, password_hash, platform_admin) VALUES ($1, $2, $3, $4) RETURNING id',
        [email, email, await hashPassword(password, TEST_PASSWORD_COST), options.platformAdmin ?? false],
      );
      const id = rows[0].id;
      for (const membership of memberships) {
        await owner.query('INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, $3)', [
          membership.organizationId,
          id,
          membership.role,
        ]);
      }
      return { id, email, password, token: (await tokens.sign(id)).token };
    },
    async createOrganization(name, terytCode) {
      const { rows } = await owner.query<{ id: string }>(
        "INSERT INTO organization (name, teryt_code, kind) VALUES ($1, $2, 'GMINA') RETURNING id",
        [name, terytCode],
      );
      return rows[0].id;
    },
    async close() {
      await app.close();
      await owner.end();
      await database.drop();
    },
  };
}

/** The demo gmina's data in a test app's database, passwords hashed at the tests' cost. */
/** Signs in the demo's user of each role (as the demo's README lists them); their tokens by role. */
export async function demoTokens(t: TestApp, roles: readonly Role[]): Promise<Partial<Record<Role, string>>> {
  const tokens: Partial<Record<Role, string>> = {};
  for (const user of DEMO_USERS.filter((candidate) => roles.includes(candidate.role))) {
    const login = await t.graphql<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }',
      { email: user.email, password: user.password },
    );
    tokens[user.role] = login.data!.login.accessToken;
  }
  return tokens;
}

export async function seedDemo(t: TestApp): Promise<void> {
  await seedDemoData(t.database.url, TEST_PASSWORD_COST);
}
