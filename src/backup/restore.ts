import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import pg, { DatabaseError } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createDataSource } from '../database/data-source.js';
import {
  ARCHIVE_FORMAT,
  type ArchiveHeader,
  DamagedArchiveError,
  type Manifest,
  parseFrame,
  readFrames,
  type TableEnd,
  TableDigest,
  type TableStart,
} from './archive.js';
import { appliedMigrations, quoted, schemaTables } from './schema-tables.js';

export class RestoreRefusedError extends Error {
  constructor(reason: string) {
    super(`${reason}; nothing was written`);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreSummary {
  tables: Manifest['tables'];
}

/**
 * Restores `file` into the database at `url`, all or nothing: migrates an empty database first,
 * refuses one holding data unless `replace`, and loads every table in one transaction whose
 * rows and SHA-256 per table must equal the archive's, or nothing stays. Triggers (audit,
 * append-only) are off while the rows go back as they were, foreign keys stay checked.
 */
export async function restoreDatabase(url: string, file: string, options: { replace?: boolean } = {}): Promise<RestoreSummary> {
  const migrator = createDataSource(url);
  await migrator.initialize();
  try {
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await migrator.destroy();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schema = await schemaTables(client);
    const migrations = await appliedMigrations(client);
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.all_organizations', 'on', true)");
    const holding = [];
    for (const { table } of schema) {
      const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoted(table)}) AS any`);
      if (rows[0].any) holding.push(table);
    }
    if (holding.length > 0 && !options.replace) {
      throw new RestoreRefusedError(`the database already holds data (${holding.join(', ')}): restore into an empty database, or pass --replace to replace everything in it`);
    }
    for (const { table } of schema) await client.query(`ALTER TABLE ${quoted(table)} DISABLE TRIGGER USER`);
    if (holding.length > 0) await client.query(`TRUNCATE ${schema.map(({ table }) => quoted(table)).join(', ')}`);

    const restored: Manifest['tables'] = [];
    let header: ArchiveHeader | undefined;
    let manifest: Manifest | undefined;
    let current: { start: TableStart; digest: TableDigest; copy: Writable; done: Promise<void> } | undefined;
    const gunzipped = createGunzip();
    // Errors reach the loop below through the gunzip stream, which pipeline destroys with them.
    pipeline(createReadStream(file), gunzipped).catch(() => undefined);
    const frames = readFrames(gunzipped as AsyncIterable<Buffer>);
    try {
      for await (const { kind, body } of frames) {
        if (!header && kind !== 'H') throw new DamagedArchiveError('it does not start with its header');
        if (manifest) throw new DamagedArchiveError('it goes on after its manifest');
        if (kind === 'H') {
          header = parseFrame<ArchiveHeader>(body, 'header');
          if (header.format !== ARCHIVE_FORMAT) throw new DamagedArchiveError('its header names another format');
          if (header.migrations.join('\n') !== migrations.join('\n')) {
            throw new RestoreRefusedError(
              `the archive's schema (${header.migrations.length} migrations, the last ${header.migrations.at(-1)}) is not this version's (${migrations.length}, the last ${migrations.at(-1)}): restore with the version that made it, then upgrade`,
            );
          }
        } else if (kind === 'T') {
          const start = parseFrame<TableStart>(body, 'table header');
          const target = schema.find(({ table }) => table === start.table);
          if (!target || target.columns.join() !== start.columns.join()) throw new DamagedArchiveError(`its table ${start.table} does not match the schema`);
          const copy = client.query(copyFrom(`COPY ${quoted(start.table)} (${start.columns.map(quoted).join(', ')}) FROM STDIN`));
          const done = new Promise<void>((resolve, reject) => copy.on('finish', resolve).on('error', reject));
          current = { start, digest: new TableDigest(), copy, done };
        } else if (kind === 'D') {
          if (!current) throw new DamagedArchiveError('rows come before their table');
          current.digest.add(body);
          // The server may refuse the rows meanwhile: then `done` fails and no drain comes.
          if (!current.copy.write(body)) await Promise.race([new Promise((resolve) => current!.copy.once('drain', resolve)), current.done]);
        } else if (kind === 'E') {
          if (!current) throw new DamagedArchiveError('a table ends before it starts');
          current.copy.end();
          await current.done;
          const expected = parseFrame<TableEnd>(body, 'table end');
          const found = current.digest.finish();
          if (found.rows !== expected.rows || found.sha256 !== expected.sha256) {
            throw new DamagedArchiveError(`table ${current.start.table} has ${found.rows} rows with SHA-256 ${found.sha256.slice(0, 12)}…, its record says ${expected.rows} and ${expected.sha256.slice(0, 12)}…`);
          }
          restored.push({ table: current.start.table, ...found });
          current = undefined;
        } else {
          manifest = parseFrame<Manifest>(body, 'manifest');
        }
      }
    } catch (error) {
      const table = current?.start.table;
      if (current) {
        current.done.catch(() => undefined);
        current.copy.destroy();
      }
      const code = (error as { code?: unknown }).code;
      // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR): a damaged or cut gzip stream.
      if (typeof code === 'string' && code.startsWith('Z_')) throw new DamagedArchiveError(`its compressed stream is broken (${(error as Error).message})`);
      // PostgreSQL refusing rows of a table whose columns match: the bytes were damaged.
      if (table && error instanceof DatabaseError) throw new DamagedArchiveError(`the rows of ${table} do not read back (${error.message})`);
      throw error;
    }
    if (!manifest) throw new DamagedArchiveError('it ends before its manifest');
    if (JSON.stringify(manifest.tables) !== JSON.stringify(restored)) throw new DamagedArchiveError('its manifest does not match its tables');
    const missing = schema.filter(({ table }) => !restored.some((entry) => entry.table === table));
    if (missing.length > 0) throw new DamagedArchiveError(`it lacks the tables ${missing.map(({ table }) => table).join(', ')}`);
    for (const { table } of schema) await client.query(`ALTER TABLE ${quoted(table)} ENABLE TRIGGER USER`);
    // Identity columns continue after the restored rows.
    const identities = await client.query<{ table: string; column: string }>(
      "SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'",
    );
    for (const { table, column } of identities.rows) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quoted(column)}) FROM ${quoted(table)}), 0) + 1, false)`, [table, column]);
    }
    await client.query('COMMIT');
    return { tables: restored };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
