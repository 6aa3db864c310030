import 'reflect-metadata';
import path from 'node:path';
import { backupDatabase } from './backup.js';
import { ownerDatabase } from './owner-database.js';

/** `npm run backup -- <file>`: every table, as of one moment, into one archive; the server may keep serving. */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) throw new Error('usage: npm run backup -- <file>   (e.g. npm run backup -- backups/office-2026-12-02.rpa-backup)');
  const database = await ownerDatabase(process.env);
  try {
    const started = Date.now();
    const summary = await backupDatabase(database.url, path.resolve(file));
    const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
    for (const table of summary.tables) console.log(`  ${table.table.padEnd(22)} ${String(table.rows).padStart(10)} rows  sha256 ${table.sha256}`);
    console.log(`backed up ${summary.tables.length} tables, ${rows} rows, into ${summary.file} (${(summary.bytes / 1024 / 1024).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
