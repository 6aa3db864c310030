import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { reportConnectionErrors } from '../database/connection-errors.js';
import { ErrorCode } from '../common/errors/domain-error.js';
import { mapPostgresError } from '../common/errors/postgres-error.mapper.js';
import { to as copyTo } from 'pg-copy-streams';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, frame, type Manifest, TableDigest } from './archive.js';
import { appliedMigrations, quoted, schemaTables, type TableColumns } from './schema-tables.js';

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
/** The archive's frames, each table's rows read through COPY as the file takes them. */
async function* archiveFrames(client: pg.Client, migrations: string[], tables: TableColumns[], createdAt: Date, manifest: Manifest): AsyncGenerator<Buffer> {
  yield frame('H', { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt: createdAt.toISOString(), migrations });
  for (const { table, columns } of tables) {
    yield frame('T', { table, columns });
    const digest = new TableDigest();
    const copy = client.query(copyTo(`COPY ${quoted(table)} (${columns.map(quoted).join(', ')}) TO STDOUT`));
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      digest.add(chunk);
      yield frame('D', chunk);
    }
    const end = digest.finish();
    manifest.tables.push({ table, ...end });
    yield frame('E', end);
  }
  yield frame('M', manifest);
}

export async function backupDatabase(url: string, file: string, createdAt = new Date()): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  // A server that goes away mid-backup fails the running query, or (between queries) the
  // client itself; its 'error' must not end the process before the partial file is removed.
  let lost: Error | undefined;
  reportConnectionErrors(client, (error) => (lost = error));
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Row-level security lets the backup see every office, were it ever forced on the owner.
    await client.query("SELECT set_config('app.all_organizations', 'on', true)");
    const migrations = await appliedMigrations(client);
    const tables = await schemaTables(client);
    const manifest: Manifest = { tables: [] };
    // One pipeline: a failing file (no folder, a full disk) stops the reading, and the reverse.
    await pipeline(archiveFrames(client, migrations, tables, createdAt, manifest), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await client.query('COMMIT');
    await rename(partial, file);
    return { file, tables: manifest.tables, bytes: (await stat(file)).size };
  } catch (error) {
    await rm(partial, { force: true });
    const cause = lost ?? (mapPostgresError(error)?.code === ErrorCode.SERVICE_UNAVAILABLE && error instanceof Error ? error : undefined);
    throw cause ? new Error(`the connection to the database was lost during the backup (${cause.message}); no file was written`) : error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
