import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../../../src/app/create-app.js';
import { Role } from '../../../src/auth/domain/role.js';
import { backupDatabase } from '../../../src/backup/backup.js';
import { restoreDatabase } from '../../../src/backup/restore.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { bootstrapDatabase } from '../../../src/database/owner-context.js';
import { OwnerRightsError } from '../../../src/database/owner-rights.js';
import { freePort } from '../../helpers/free-port.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * The README's move from the demo PC onto the oldest PostgreSQL this machine kind has (15; the
 * embedded one is 18): the rights an ordinary database owner lacks there are named before
 * anything is written, the remedies work as printed, and the office's own account signs in.
 */
const POSTGRES_15_BIN = '/usr/lib/postgresql/15/bin';
const cannotRun = existsSync(path.join(POSTGRES_15_BIN, 'initdb')) ? undefined : `PostgreSQL 15 is not installed at ${POSTGRES_15_BIN}`;
if (cannotRun) console.warn(`move-to-postgres-15.spec: cannot run: ${cannotRun}`);
const describeWhenInstalled = cannotRun ? describe.skip : describe;

const OWNER_PASSWORD = 'owner-password-on-15';
const APP_PASSWORD = 'app-password-made-by-the-dba';

/** Runs a PostgreSQL program as the postgres user when this is root (initdb refuses root). */
function runAsClusterUser(program: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const command = root ? 'runuser' : path.join(POSTGRES_15_BIN, program);
  const argv = root ? ['-u', 'postgres', '--', path.join(POSTGRES_15_BIN, program), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
}

describeWhenInstalled(`the move to PostgreSQL 15${cannotRun ? ` (cannot run: ${cannotRun})` : ''}`, () => {
  let source: TestApp;
  let directory: string;
  let archive: string;
  let port: number;
  let superuser: pg.Pool;
  let account: { email: string; password: string };
  const url = (user: string, password: string, database: string) => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;

  /** The first column of a query's rows, run as the superuser in the given database. */
  async function valuesIn(database: string, sql: string): Promise<unknown[]> {
    const client = new pg.Client({ host: directory, port, user: 'postgres', database });
    await client.connect();
    try {
      const { rows } = await client.query<{ value: unknown }>(sql);
      return rows.map((row) => row.value);
    } finally {
      await client.end();
    }
  }
  const tablesIn = (database: string) => valuesIn(database, "SELECT tablename AS value FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");

  async function roleNames(): Promise<string[]> {
    const { rows } = await superuser.query<{ name: string }>("SELECT rolname AS name FROM pg_roles WHERE rolname LIKE 'rpa_%' ORDER BY 1");
    return rows.map((row) => row.name);
  }

  beforeAll(async () => {
    source = await startTestApp();
    const office = await source.createOrganization('Gmina Przeprowadzka', '0201011');
    const user = await source.createUser([{ organizationId: office, role: Role.ADMIN }]);
    account = { email: user.email, password: user.password };
    directory = await mkdtemp(path.join(os.tmpdir(), 'rpa-move-15-'));
    archive = path.join(directory, 'office.rpa-backup');
    await backupDatabase(source.database.url, archive);

    const cluster = path.join(directory, 'pg15');
    await chmod(directory, 0o755);
    if (process.getuid?.() === 0) {
      const { uid, gid } = postgresUser();
      await chown(directory, uid, gid);
    }
    runAsClusterUser('initdb', ['-D', cluster, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync']);
    port = await freePort();
    runAsClusterUser('pg_ctl', ['-D', cluster, '-w', '-l', path.join(directory, 'pg15.log'), '-o', `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    // The superuser over the local socket (trusted); everyone else over TCP with a password.
    superuser = new pg.Pool({ host: directory, port, user: 'postgres', database: 'postgres', max: 1 });
  }, 120_000);

  afterAll(async () => {
    await superuser?.end();
    if (directory && existsSync(path.join(directory, 'pg15'))) {
      runAsClusterUser('pg_ctl', ['-D', path.join(directory, 'pg15'), '-m', 'immediate', 'stop']);
    }
    await source?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('names what an ordinary owner lacks before writing anything, and the printed remedies make the move work', async () => {
    // Step 2 as an administrator reads it: a database and its owner, nothing more.
    await superuser.query(`CREATE ROLE rpa LOGIN PASSWORD '${OWNER_PASSWORD}'`);
    await superuser.query('CREATE DATABASE rpa_readiness OWNER rpa');
    const ownerUrl = url('rpa', OWNER_PASSWORD, 'rpa_readiness');

    const refused = await restoreDatabase(ownerUrl, archive).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(OwnerRightsError);
    const message = (refused as OwnerRightsError).message;
    expect(message).toContain('nothing was changed');
    expect(message).toContain('rpa may not create the role rpa_app: ALTER ROLE "rpa" CREATEROLE;');
    expect(message).toContain('rpa may not create the role rpa_importer (BYPASSRLS needs a superuser before PostgreSQL 16)');
    expect(await tablesIn('rpa_readiness')).toEqual([]);
    expect(await roleNames()).toEqual([]);

    // CREATEROLE alone is not enough on 15: the BYPASSRLS role still needs the superuser.
    await superuser.query('ALTER ROLE rpa CREATEROLE');
    const stillRefused = await restoreDatabase(ownerUrl, archive).then(() => undefined, (error: unknown) => error);
    expect((stillRefused as OwnerRightsError).missing).toEqual([
      'rpa may not create the role rpa_importer (BYPASSRLS needs a superuser before PostgreSQL 16): CREATE ROLE rpa_importer NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE; GRANT rpa_importer TO "rpa" WITH ADMIN OPTION;',
    ]);
    await superuser.query('ALTER ROLE rpa NOCREATEROLE');

    // The README's SQL for a server whose owner may not manage roles, run once by a superuser.
    await superuser.query(`CREATE ROLE rpa_app LOGIN PASSWORD '${APP_PASSWORD}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`);
    await superuser.query('CREATE ROLE rpa_importer NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE');
    await superuser.query('GRANT rpa_importer TO rpa WITH ADMIN OPTION');
    const restored = await restoreDatabase(ownerUrl, archive);
    expect(restored.tables.length).toBeGreaterThan(20);

    // Without APP_DATABASE_URL the owner would have to give rpa_app a login it may not give.
    const withoutAppUrl = loadConfig({ DATABASE_URL: ownerUrl, JWT_SECRET: 'moved-secret-moved-secret-moved-secret-0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const refusedStart = await bootstrapDatabase(withoutAppUrl, ownerUrl).then(() => undefined, (error: unknown) => error);
    expect((refusedStart as OwnerRightsError).missing).toEqual([
      `rpa may not give rpa_app its login: set APP_DATABASE_URL=postgres://rpa_app:<its password>@<host>:<port>/rpa_readiness after a superuser ran ALTER ROLE rpa_app LOGIN PASSWORD '<a long password>';`,
    ]);

    const wrongPassword = loadConfig({ DATABASE_URL: ownerUrl, JWT_SECRET: 'moved-secret-moved-secret-moved-secret-0', APP_DATABASE_URL: url('rpa_app', 'not-the-password', 'rpa_readiness') });
    await expect(bootstrapDatabase(wrongPassword, ownerUrl)).rejects.toThrow(/^the application cannot connect as rpa_app: password authentication failed/);

    const config = loadConfig({
      DATABASE_URL: ownerUrl,
      APP_DATABASE_URL: url('rpa_app', APP_PASSWORD, 'rpa_readiness'),
      JWT_SECRET: 'moved-secret-moved-secret-moved-secret-0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    });
    const report = await bootstrapDatabase(config, ownerUrl);
    expect(report.migrationsApplied).toEqual([]);
    const app = await createApp(config, report.appUrl);
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: account } },
      });
      expect(response.json<{ data: { login: { accessToken: string } } }>().data.login.accessToken).toMatch(/^ey/);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('leaves nothing behind when a migration fails halfway: no table, no migration recorded, no role', async () => {
    await superuser.query('DROP DATABASE IF EXISTS rpa_readiness');
    await superuser.query('DROP ROLE IF EXISTS rpa_app, rpa_importer, rpa');
    await superuser.query(`CREATE ROLE owner15 LOGIN SUPERUSER PASSWORD '${OWNER_PASSWORD}'`);
    await superuser.query('CREATE DATABASE halfway OWNER owner15');
    // A table a later migration creates, already there: that migration fails.
    const halfway = new pg.Client({ connectionString: url('owner15', OWNER_PASSWORD, 'halfway') });
    await halfway.connect();
    await halfway.query('CREATE TABLE vendor_claim (id int)');
    await halfway.end();

    const config = loadConfig({ DATABASE_URL: url('owner15', OWNER_PASSWORD, 'halfway'), JWT_SECRET: 'moved-secret-moved-secret-moved-secret-0' });
    await expect(bootstrapDatabase(config, url('owner15', OWNER_PASSWORD, 'halfway'))).rejects.toThrow('relation "vendor_claim" already exists');
    const tables = await tablesIn('halfway');
    expect(tables.filter((table) => table !== 'schema_migration')).toEqual(['vendor_claim']);
    // TypeORM creates its bookkeeping table before the migrations' transaction: it may stay, empty.
    if (tables.includes('schema_migration')) expect(await valuesIn('halfway', 'SELECT count(*)::int AS value FROM schema_migration')).toEqual([0]);
    expect(await roleNames()).toEqual([]);
  }, 120_000);
});

function postgresUser(): { uid: number; gid: number } {
  const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (result.status !== 0 || group.status !== 0) throw new Error('running as root, but there is no postgres user to run PostgreSQL 15 as');
  return { uid: Number(result.stdout.trim()), gid: Number(group.stdout.trim()) };
}
