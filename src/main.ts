import 'reflect-metadata';
import { createApp } from './app/create-app.js';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { withJwtSecret } from './config/jwt-secret.js';
import { bootstrapDatabase } from './database/database-bootstrap.js';
import { openDatabase } from './database/database-connection.js';
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

async function main(): Promise<void> {
  const config = await readConfig();
  const database = await openDatabase(config);
  const report = await bootstrapDatabase(config, database.url);
  const app = await createApp(config, report.appUrl);
  const log = app.getHttpAdapter().getInstance().log;
  log.info({ applied: report.migrationsApplied }, `migrations: ${report.migrationsApplied.length} applied`);
  if (report.demo) log.info({ demo: report.demo }, 'demo data');
  if (report.processesScored > 0) log.info({ processes: report.processesScored }, 'automation scores computed');
  if (report.adminMissing) log.warn(report.adminMissing);
  if (report.createdAdmin) log.info({ email: report.createdAdmin.email }, 'platform administrator created');

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
      graphql: `${base}/graphql`,
      graphiql: config.graphiql ? `${base}/graphiql` : 'disabled (GRAPHIQL=true enables it)',
      database: database.embedded ? `embedded PostgreSQL under ${config.dataDir}/pg` : 'DATABASE_URL',
    },
    'rpa-readiness is ready',
  );
  const lines = [`\nrpa-readiness API: ${base}/graphql`];
  if (config.graphiql) lines.push(`GraphQL IDE:       ${base}/graphiql`);
  if (report.createdAdmin?.password) {
    lines.push(
      `\nPlatform administrator created (shown once, change it by creating your own admin):`,
      `  ${report.createdAdmin.email} / ${report.createdAdmin.password}`,
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

main().catch((error: unknown) => {
  console.error('rpa-readiness failed to start:', error);
  process.exit(1);
});
