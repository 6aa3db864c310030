import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createApp } from './app/create-app.js';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { withJwtSecret } from './config/jwt-secret.js';
import { bootstrapDatabase } from './database/owner-context.js';
import { openDatabase } from './database/database-connection.js';
import { ApplicationLoginError } from './database/app-role.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { OwnerRightsError } from './database/owner-rights.js';
import { DEMO_USERS } from './database/demo/demo-users.js';

const LOGIN = 'mutation { login(input: {email: "owner@zielonogrod.example", password: "demo-owner-2026"}) { accessToken } }';
const FIRST_QUERY = '{ processes(first: 3) { edges { node { name category steps { name minutesPerCase } } } } }';

async function readConfig(): Promise<AppConfig> {
  try {
    return await withJwtSecret(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The configuration in force, for the failure message. */
let startedWith: AppConfig | undefined;

/** Warned, not refused: an older Node mostly works, but the dependencies promise nothing for it. */
function warnIfNodeIsOlderThanEngines(): void {
  const engines = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;
  const [minimum, running] = [/(\d+)\.(\d+)/.exec(engines)!.slice(1), process.versions.node.split('.')].map(([major, minor]) => Number(major) * 1000 + Number(minor));
  if (running < minimum) console.warn(`rpa-readiness: Node ${process.version} is older than package.json's engines (${engines}) declare: upgrade Node`);
}

async function main(): Promise<void> {
  warnIfNodeIsOlderThanEngines();
  const config = await readConfig();
  startedWith = config;
  const database = await openDatabase(
    config,
    (notice) => console.log(`rpa-readiness: ${notice}`),
    // Without its database the server is no use: exit non-zero, so that a supervisor
    // (systemd, Docker's restart policy) starts it again.
    (failure) => {
      console.error(`rpa-readiness: ${failure}; stopping`);
      process.exit(1);
    },
  );
  const report = await bootstrapDatabase(config, database.url);
  // A full disk is answered with where to free space: the cluster's real directory, known now.
  const app = await createApp({ ...config, database: { ...config.database, disk: database.disk } }, report.appUrl);
  const log = app.getHttpAdapter().getInstance().log;
  log.info({ applied: report.migrationsApplied }, `migrations: ${report.migrationsApplied.length} applied`);
  if (report.demo) log.info({ demo: report.demo }, 'demo data');
  if (report.processesScored > 0) log.info({ processes: report.processesScored }, 'automation scores computed');
  if (report.adminMissing) log.warn(report.adminMissing);
  if (report.createdAdmin) log.info({ email: report.createdAdmin.email, passwordFile: report.createdAdmin.passwordFile }, 'platform administrator created');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info(
    {
      web: `${base}/`,
      graphql: `${base}/graphql`,
      graphiql: config.graphiql ? `${base}/graphiql` : 'disabled (GRAPHIQL=true enables it)',
      database: database.disk.clusterDir ? `embedded PostgreSQL in ${database.disk.clusterDir}` : 'DATABASE_URL',
    },
    'rpa-readiness is ready',
  );
  const lines = [`\nrpa-readiness web app: ${base}/`, `GraphQL API:          ${base}/graphql`];
  if (config.graphiql) lines.push(`GraphQL IDE:          ${base}/graphiql`);
  if (report.createdAdmin?.password) {
    lines.push(
      `\nPlatform administrator created (change it by creating your own admin):`,
      `  ${report.createdAdmin.email} / ${report.createdAdmin.password}`,
      `  (also kept, readable by you only, in ${report.createdAdmin.passwordFile}; delete that file once it is safe elsewhere)`,
    );
  }
  if (config.embedded) {
    lines.push('\nDemo accounts (embedded demo mode only):');
    for (const user of DEMO_USERS) lines.push(`  ${user.role.padEnd(13)} ${user.email} / ${user.password}`);
    lines.push(
      '\nTry: sign in, then send the token:',
      `  curl -s ${base}/graphql -H 'content-type: application/json' -d '${JSON.stringify({ query: LOGIN })}'`,
      `  curl -s ${base}/graphql -H 'content-type: application/json' -H 'authorization: Bearer <accessToken>' \\`,
      `    -d '${JSON.stringify({ query: FIRST_QUERY })}'\n`,
    );
  }
  console.log(lines.join('\n'));
}

/** One sentence with the cause and the remedy; a stack only for what nobody foresaw. */
function startFailure(error: unknown, config: { port?: number }): string {
  const foreseen = [EmbeddedPostgresError, ConfigError, OwnerRightsError, ApplicationLoginError];
  if (error instanceof Error && foreseen.some((kind) => error instanceof kind)) return error.message;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  if (code === 'EADDRINUSE') {
    return `port ${config.port ?? '(PORT)'} for the web server is taken by another program (a second rpa-readiness?): stop it, or set PORT to a free port`;
  }
  if (code === 'EACCES' && typeof error === 'object' && error !== null && 'path' in error) {
    return `permission denied on ${String(error.path)}: run from a folder your user owns, or set DATA_DIR to one`;
  }
  if (error instanceof Error) return error.stack ?? error.message;
  return `an unexpected failure: ${JSON.stringify(error) ?? String(error)}`;
}

main().catch((error: unknown) => {
  console.error(`rpa-readiness failed to start: ${startFailure(error, { port: startedWith?.port })}`);
  process.exit(1);
});
