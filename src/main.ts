import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createApp } from './app/create-app.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { openDatabase } from './database/database-connection.js';
import { seedDemoData } from './database/demo/seed.js';

const FIRST_QUERY = '{ processes(first: 3) { edges { node { name category steps { name minutesPerCase } } } } }';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const database = await openDatabase(config);
  const app = await createApp(config, database.url);
  const log = app.getHttpAdapter().getInstance().log;
  const dataSource = app.get(DataSource);

  const applied = await dataSource.runMigrations({ transaction: 'each' });
  log.info({ applied: applied.map((migration) => migration.name) }, `migrations: ${applied.length} applied`);
  if (config.seedDemo) {
    log.info({ demo: await seedDemoData(dataSource) }, 'demo data');
  }

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
  console.log(
    `\nrpa-readiness API: ${base}/graphql` +
      (config.graphiql ? `\nGraphQL IDE:       ${base}/graphiql` : '') +
      `\nTry: curl -s ${base}/graphql -H 'content-type: application/json' \\\n  -d '${JSON.stringify({ query: FIRST_QUERY })}'\n`,
  );
}

main().catch((error: unknown) => {
  console.error('rpa-readiness failed to start:', error);
  process.exit(1);
});
