import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { reportConnectionErrors } from './connection-errors.js';

/** The database role every application connection uses (created by the migrations). */
export const APP_ROLE = 'rpa_app';

/**
 * Gives rpa_app a login with the given password (a random one by default) and returns the
 * application's connection string: the owner's URL with rpa_app's credentials. Row-level
 * security applies to rpa_app, never to the owner.
 */
export async function enableAppLogin(
  ownerDataSource: DataSource,
  ownerUrl: string,
  password: string = randomBytes(24).toString('base64url'),
): Promise<string> {
  await setAppRolePassword(ownerDataSource, password);
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** rpa_app may log in, with this password (run as an owner allowed to manage the role). */
export async function setAppRolePassword(ownerDataSource: DataSource, password: string): Promise<void> {
  await ownerDataSource.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${pg.escapeLiteral(password)}`);
}

export class ApplicationLoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApplicationLoginError';
  }
}

interface LoginFacts {
  login: string;
  member: boolean;
  superuser: boolean;
  bypassRls: boolean;
}

/**
 * Connects once as the application would and proves that row-level security applies to it:
 * a login that is rpa_app or its member, neither superuser nor BYPASSRLS. Every refusal names
 * the cause, so a wrong APP_DATABASE_URL stops the start instead of the first request.
 */
export async function checkApplicationLogin(appUrl: string): Promise<void> {
  const login = decodeURIComponent(new URL(appUrl).username);
  const client = new pg.Client({ connectionString: appUrl, connectionTimeoutMillis: 10_000 });
  reportConnectionErrors(client, () => undefined);
  let facts: LoginFacts;
  try {
    await client.connect();
    const { rows } = await client.query<LoginFacts>(
      `SELECT current_user AS login, pg_has_role(current_user, $1, 'MEMBER') AS member,
              rolsuper AS superuser, rolbypassrls AS "bypassRls"
         FROM pg_roles WHERE rolname = current_user`,
      [APP_ROLE],
    );
    facts = rows[0];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApplicationLoginError(`the application cannot connect as ${login}: ${reason}; check APP_DATABASE_URL (its password, host and the server's pg_hba.conf)`);
  } finally {
    await client.end().catch(() => undefined);
  }
  if (facts.superuser || facts.bypassRls) {
    throw new ApplicationLoginError(
      `the application's login ${facts.login} is ${facts.superuser ? 'a superuser' : 'BYPASSRLS'}, so row-level security would not separate offices: use ${APP_ROLE} or a plain member of it in APP_DATABASE_URL`,
    );
  }
  if (!facts.member) {
    throw new ApplicationLoginError(`the application's login ${facts.login} is not a member of ${APP_ROLE}: GRANT ${APP_ROLE} TO ${facts.login}; or connect as ${APP_ROLE}`);
  }
}
