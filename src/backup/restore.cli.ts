import 'reflect-metadata';
import path from 'node:path';
import { ownerDatabase } from './owner-database.js';
import { restoreDatabase } from './restore.js';

/** `npm run restore -- <file> [--replace]`: an archive back into an empty database (or, told so, over one). */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('-'));
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--replace');
  if (!file || unknown.length > 0) throw new Error('usage: npm run restore -- <file> [--replace]   (--replace: replace everything in a database that holds data)');
  const database = await ownerDatabase(process.env);
  try {
    if (database.serverRunning) throw new Error('the server is running on this data directory: stop it first, then restore, then start it again; nothing was written');
    const started = Date.now();
    const summary = await restoreDatabase(database.url, path.resolve(file), { replace: args.includes('--replace') });
    const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`restored ${summary.tables.length} tables, ${rows} rows, every checksum verified, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
