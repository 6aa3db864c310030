import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import pg, { DatabaseError } from 'pg';
import { reportConnectionErrors } from '../database/connection-errors.js';
import { from as copyFrom } from 'pg-copy-streams';
import { createDataSource } from '../database/data-source.js';
import { migrateAsOwner } from '../database/owner-rights.js';
import { MIGRATIONS } from '../../migrations/index.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveHeader,
  DamagedArchiveError,
  type Manifest,
  parseFrame,
  readFrames,
  type TableEnd,
  TableDigest,
  type TableStart,
} from './archive.js';
import { quoted, schemaTables } from './schema-tables.js';

export class RestoreRefusedError extends Error {
  constructor(reason: string) {
    super(`${reason}; nothing was written`);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreSummary {
  tables: Manifest['tables'];
}

/** The archive's header, read on its own before anything is changed. */
async function readHeader(file: string): Promise<ArchiveHeader> {
  const gunzipped = createGunzip();
  pipeline(createReadStream(file), gunzipped).catch(() => undefined);
  try {
    for await (const { kind, body } of readFrames(gunzipped as AsyncIterable<Buffer>)) {
      if (kind !== 'H') break;
      const header = parseFrame<Partial<ArchiveHeader>>(body, 'header');
      if (header.format !== ARCHIVE_FORMAT) throw new DamagedArchiveError('its header names another format');
      if (header.version !== ARCHIVE_VERSION) throw new RestoreRefusedError(`the archive is of format version ${header.version}, this version reads ${ARCHIVE_VERSION}`);
      if (!Array.isArray(header.migrations) || !header.migrations.every((name) => typeof name === 'string')) throw new DamagedArchiveError('its header lists no schema');
      return header as ArchiveHeader;
    }
  } catch (error) {
    throw asDamage(error, undefined);
  } finally {
    gunzipped.destroy();
  }
  throw new DamagedArchiveError('it does not start with its header');
}

/** What a failure while reading the archive means for the person restoring it. */
function asDamage(error: unknown, table: string | undefined): unknown {
  const code = (error as { code?: unknown }).code;
  // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR): a damaged or cut gzip stream.
  if (typeof code === 'string' && code.startsWith('Z_')) return new DamagedArchiveError(`its compressed stream is broken (${(error as Error).message})`);
  // PostgreSQL refusing rows of a table whose columns match: the bytes were damaged.
  if (table && error instanceof DatabaseError) return new DamagedArchiveError(`the rows of ${table} do not read back (${error.message})`);
  return error;
}

/** A table being loaded through COPY; `refused`: PostgreSQL's error, once it has refused the rows. */
interface TableLoad {
  start: TableStart;
  digest: TableDigest;
  copy: Writable;
  done: Promise<void>;
  refused?: Error;
}

/** The migrations this version of the code applies, by name, in order. */
const codeMigrations = () => MIGRATIONS.map((migration) => migration.name);

/**
 * Restores `file` into the database at `url`, all or nothing. Refused before anything changes:
 * an archive of another schema version, and a database holding data unless `replace`. An empty
 * database is migrated first; then every table is loaded in one transaction whose rows and
 * SHA-256 per table must equal the archive's, or nothing stays. Triggers (audit, append-only)
 * are off while the rows go back as they were; foreign keys stay checked.
 */
export async function restoreDatabase(url: string, file: string, options: { replace?: boolean } = {}): Promise<RestoreSummary> {
  const header = await readHeader(file);
  if (header.migrations.join('\n') !== codeMigrations().join('\n')) {
    throw new RestoreRefusedError(
      `the archive's schema (${header.migrations.length} migrations, the last ${header.migrations.at(-1)}) is not this version's (${codeMigrations().length}, the last ${codeMigrations().at(-1)}): restore with the version that made it, then upgrade`,
    );
  }
  const client = new pg.Client({ connectionString: url });
  // A server that goes away mid-restore fails the running statement (and the transaction).
  reportConnectionErrors(client, () => undefined);
  await client.connect();
  let current: TableLoad | undefined;
  /** Ends a COPY in progress, so that the connection can roll back (a refused one has ended). */
  const abortCopy = () => {
    if (!current) return;
    if (current.refused === undefined) current.copy.destroy();
    current = undefined;
  };
  try {
    const holding = await tablesHoldingData(client);
    if (holding.length > 0 && !options.replace) {
      throw new RestoreRefusedError(`the database already holds data (${holding.join(', ')}): restore into an empty database, or pass --replace to replace everything in it`);
    }
    const migrator = createDataSource(url);
    await migrator.initialize();
    try {
      await migrateAsOwner(migrator, { givingAppLogin: false });
    } finally {
      await migrator.destroy();
    }
    const schema = await schemaTables(client);
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.all_organizations', 'on', true)");
    for (const { table } of schema) await client.query(`ALTER TABLE ${quoted(table)} DISABLE TRIGGER USER`);
    if (holding.length > 0) await client.query(`TRUNCATE ${schema.map(({ table }) => quoted(table)).join(', ')}`);

    const restored: Manifest['tables'] = [];
    let manifest: Manifest | undefined;
    const gunzipped = createGunzip();
    // Errors reach the loop below through the gunzip stream, which pipeline destroys with them.
    pipeline(createReadStream(file), gunzipped).catch(() => undefined);
    try {
      for await (const { kind, body } of readFrames(gunzipped as AsyncIterable<Buffer>)) {
        if (manifest) throw new DamagedArchiveError('it goes on after its manifest');
        if (kind === 'H') {
          if (restored.length > 0 || current) throw new DamagedArchiveError('it has a second header');
        } else if (kind === 'T') {
          if (current) throw new DamagedArchiveError(`table ${current.start.table} does not end before the next begins`);
          const start = parseFrame<TableStart>(body, 'table header');
          const target = schema.find(({ table }) => table === start.table);
          if (!target || !Array.isArray(start.columns) || target.columns.join() !== start.columns.join()) throw new DamagedArchiveError(`its table ${start.table} does not match the schema`);
          const copy = client.query(copyFrom(`COPY ${quoted(start.table)} (${start.columns.map(quoted).join(', ')}) FROM STDIN`));
          const done = new Promise<void>((resolve, reject) => copy.on('finish', resolve).on('error', reject));
          const loading: TableLoad = { start, digest: new TableDigest(), copy, done };
          // PostgreSQL may refuse the rows before `done` is awaited (at the table's end): not an
          // unhandled rejection, but recorded, since the COPY stream then has no connection to write to.
          done.catch((error: Error) => {
            loading.refused = error;
          });
          current = loading;
        } else if (kind === 'D') {
          if (!current) throw new DamagedArchiveError('rows come before their table');
          if (current.refused !== undefined) throw current.refused;
          current.digest.add(body);
          // The server may refuse the rows meanwhile: then `done` fails and no drain comes.
          if (!current.copy.write(body)) await Promise.race([new Promise((resolve) => current!.copy.once('drain', resolve)), current.done]);
        } else if (kind === 'E') {
          if (!current) throw new DamagedArchiveError('a table ends before it starts');
          const { start, digest, copy, done } = current;
          copy.end();
          await done;
          current = undefined;
          const expected = parseFrame<TableEnd>(body, 'table end');
          const found = digest.finish();
          if (found.rows !== expected.rows || found.sha256 !== expected.sha256) {
            throw new DamagedArchiveError(`table ${start.table} has ${found.rows} rows with SHA-256 ${found.sha256.slice(0, 12)}…, its record says ${expected.rows} and ${expected.sha256.slice(0, 12)}…`);
          }
          restored.push({ table: start.table, ...found });
        } else {
          if (current) throw new DamagedArchiveError(`its manifest comes before table ${current.start.table} ends`);
          manifest = parseFrame<Manifest>(body, 'manifest');
        }
      }
    } catch (error) {
      throw asDamage(error, current?.start.table);
    }
    if (current) throw new DamagedArchiveError(`it ends inside table ${current.start.table}`);
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
    abortCopy();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The schema's tables holding rows (none, or no schema yet, in an empty database). */
async function tablesHoldingData(client: pg.Client): Promise<string[]> {
  const holding: string[] = [];
  for (const { table } of await schemaTables(client)) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoted(table)}) AS any`);
    if (rows[0].any) holding.push(table);
  }
  return holding;
}
