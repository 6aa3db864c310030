import 'reflect-metadata';
import { ownerDatabase } from '../backup/owner-database.js';
import { createDataSource } from '../database/data-source.js';
import { runAdminCommand } from './admin-commands.js';

/** `npm run admin -- <command> ...`: on the embedded database (beside a running server or not) or DATABASE_URL. */
async function main(): Promise<void> {
  const database = await ownerDatabase(process.env);
  try {
    const owner = createDataSource(database.url);
    await owner.initialize();
    try {
      const outcome = await runAdminCommand(owner, process.argv.slice(2));
      for (const line of outcome.lines) console.log(line);
    } finally {
      await owner.destroy();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
