import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from './database-connection.js';
import { createDataSource } from './data-source.js';
import { seedDemoData } from './demo/seed.js';

/** `npm run seed`: migrates, then loads the demo dataset if the database is empty. */
async function main(): Promise<void> {
  const database = await openDatabase(loadConfig());
  const dataSource = createDataSource(database.url);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    console.log(`demo data: ${await seedDemoData(dataSource)}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
