import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { bootstrapDatabase } from './owner-context.js';
import { openDatabase } from './database-connection.js';

/** `npm run seed`: migrates, then loads the demo dataset if the database is empty. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, SEED_DEMO: 'true' });
  const database = await openDatabase(config);
  try {
    const report = await bootstrapDatabase(config, database.url);
    console.log(`demo data: ${report.demo}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
