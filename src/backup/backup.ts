import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, frame, type Manifest, TableDigest } from './archive.js';
import { appliedMigrations, quoted, schemaTables } from './schema-tables.js';

export interface BackupSummary {
  file: string;
  tables: Manifest['tables'];
  bytes: number;
}

/**
 * Writes every table of the database at `url` to `file`, as of one moment: one read-only
 * REPEATABLE READ transaction reads them all, so a server writing meanwhile is not waited for and
 * does not tear the archive. Each table streams through COPY, so memory stays flat in the
 * database's size. Written to a temporary file first and renamed: a failed backup leaves no file.
 */
export async function backupDatabase(url: string, file: string, createdAt = new Date()): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Row-level security lets the backup see every office, were it ever forced on the owner.
    await client.query("SELECT set_config('app.all_organizations', 'on', true)");
    const migrations = await appliedMigrations(client);
    const tables = await schemaTables(client);
    const frames = new PassThrough();
    const gzip = createGzip();
    let bytes = 0;
    gzip.on('data', (chunk: Buffer) => (bytes += chunk.length));
    const written = pipeline(frames, gzip, createWriteStream(partial, { mode: 0o600 }));
    const write = (chunk: Buffer) => (frames.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => frames.once('drain', () => resolve())));
    const manifest: Manifest = { tables: [] };
    try {
      await write(frame('H', { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt: createdAt.toISOString(), migrations }));
      for (const { table, columns } of tables) {
        await write(frame('T', { table, columns }));
        const digest = new TableDigest();
        const copy = client.query(copyTo(`COPY ${quoted(table)} (${columns.map(quoted).join(', ')}) TO STDOUT`));
        for await (const chunk of copy as AsyncIterable<Buffer>) {
          digest.add(chunk);
          await write(frame('D', chunk));
        }
        const end = digest.finish();
        manifest.tables.push({ table, ...end });
        await write(frame('E', end));
      }
      await write(frame('M', manifest));
    } finally {
      frames.end();
      await written;
    }
    await client.query('COMMIT');
    await rename(partial, file);
    return { file, tables: manifest.tables, bytes };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
