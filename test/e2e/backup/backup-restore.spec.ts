import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { gzipSync } from 'node:zlib';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, DamagedArchiveError, frame, MAX_FRAME_BYTES } from '../../../src/backup/archive.js';
import { backupDatabase } from '../../../src/backup/backup.js';
import { restoreDatabase, RestoreRefusedError } from '../../../src/backup/restore.js';
import { schemaTables } from '../../../src/backup/schema-tables.js';
import { MIGRATIONS_TABLE } from '../../../src/database/owner-rights.js';
import { Role } from '../../../src/auth/domain/role.js';
import { createMeasurementFixture, upload } from '../../helpers/measurement-fixture.js';
import { createEmptyDatabase, type TestDatabase } from '../../helpers/test-database.js';
import { demoTokens, seedDemo, startTestApp, type TestApp } from '../../helpers/test-app.js';

const VERIFY = `mutation ($id: ID!) { verifyClaim(claimId: $id) { checks { processName exPost { verdict estimate lower upper baselineSampleSize afterSampleSize } exAnte { verdict boundP10 boundP50 boundP90 } } } }`;

/** The 5 header bytes of a frame declaring `length`, with no body after them. */
function declaring(kind: string, length: number): Buffer {
  const head = Buffer.alloc(5);
  head.write(kind, 0, 'latin1');
  head.writeUInt32BE(length, 1);
  return head;
}

/**
 * Writes `bytes` into the named pipe `fifo` until its reader closes it; resolves to how many
 * bytes the reader left the writer to write (the pipe's buffer and the reader's read-ahead
 * included), so a test sees how much of an "archive file" a reader consumed.
 */
async function offer(fifo: string, bytes: Buffer): Promise<number> {
  const pipe = await open(fifo, 'w');
  let written = 0;
  try {
    while (written < bytes.length) written += (await pipe.write(bytes, written, Math.min(64 * 1024, bytes.length - written))).bytesWritten;
  } catch (error) {
    // The reader closed the pipe: what it read is what was written up to now.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  } finally {
    await pipe.close();
  }
  return written;
}

/** Every table's row count and a fingerprint of its content, independent of row order. */
async function fingerprints(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = [...(await schemaTables(client)).map(({ table }) => table), MIGRATIONS_TABLE];
    const result: Record<string, string> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ n: string; md5: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS md5 FROM "${table}" t`,
      );
      result[table] = `${rows[0].n} ${rows[0].md5}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('npm run backup and restore: a consistent archive, restored all or nothing', () => {
  let t: TestApp;
  let directory: string;
  let archive: string;
  let claimId: string;
  let auditor: string;
  let before: Record<string, string>;
  const spare: TestDatabase[] = [];

  beforeAll(async () => {
    t = await startTestApp({ IMPORTS_PER_MINUTE: '1000' }, { embedded: true });
    await seedDemo(t);
    // Every kind of data: the demo (inventory, case records, monthly totals, claims, verifications,
    // scores, audit log) and a real event log.
    const f = await createMeasurementFixture(t, '1465031');
    const imported = await upload(t, { periodId: await f.createPeriod() }, await readFile('../shared/data/roadtraffic100traces.xes'), f.owner.token);
    expect(imported.status).toBe(200);
    auditor = (await demoTokens(t, [Role.AUDITOR]))[Role.AUDITOR]!;
    const claims = await t.graphql<{ claims: { edges: { node: { id: string; statement: string } }[] } }>('{ claims(first: 10) { edges { node { id statement } } } }', {}, auditor);
    claimId = claims.data!.claims.edges.find((edge) => edge.node.statement === '-50% handling time')!.node.id;
    directory = await mkdtemp(path.join(os.tmpdir(), 'rpa-backup-'));
    archive = path.join(directory, 'office.rpa-backup');
    before = await fingerprints(t.database.url);
  });

  afterAll(async () => {
    await t?.close();
    for (const database of spare) await database.drop();
    await rm(directory, { recursive: true, force: true });
  });

  it('backs up every table with its row count and checksum, while the server keeps serving', async () => {
    const [summary] = await Promise.all([
      backupDatabase(t.database.url, archive),
      // Served meanwhile; the archive is of one moment all the same.
      t.graphql('{ claims(first: 1) { edges { node { id } } } }', {}, auditor),
    ]);
    const counts = Object.fromEntries(summary.tables.map((entry) => [entry.table, entry.rows]));
    for (const [table, fingerprint] of Object.entries(before)) {
      if (table !== MIGRATIONS_TABLE) expect({ table, rows: counts[table] }).toEqual({ table, rows: Number(fingerprint.split(' ')[0]) });
    }
    expect(counts.log_event).toBe(390);
    expect(counts.case_record).toBeGreaterThan(1000);
    expect(counts.claim_check).toBeGreaterThan(0);
    expect(counts.audit_log).toBeGreaterThan(0);
    for (const entry of summary.tables) expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads every table at one moment: writes committed meanwhile land whole or not at all', async () => {
    // A writer renames an office and one of its departments together, in one transaction each
    // time; an archive read table by table at different moments would pair different names.
    const { rows: [pair] } = await t.owner.query<{ organization: string; department: string }>(
      'SELECT o.id AS organization, d.id AS department FROM organization o JOIN department d ON d.organization_id = o.id ORDER BY o.name, d.name LIMIT 1',
    );
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        const client = await t.owner.connect();
        try {
          await client.query('BEGIN');
          await client.query("UPDATE organization SET name = 'Gmina ' || $2 WHERE id = $1", [pair.organization, writes]);
          await client.query("UPDATE department SET name = 'Wydział ' || $2 WHERE id = $1", [pair.department, writes]);
          await client.query('COMMIT');
          writes += 1;
        } finally {
          client.release();
        }
      }
    })();
    const file = path.join(directory, 'while-writing.rpa-backup');
    try {
      // Once a pair of renames has landed: before, the archive would hold both original names,
      // which do not pair up either (a busy machine started the backup first now and then).
      while (writes === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await backupDatabase(t.database.url, file);
    } finally {
      writing = false;
      await writer;
    }
    expect(writes).toBeGreaterThan(0);
    const target = await createEmptyDatabase();
    spare.push(target);
    await restoreDatabase(target.url, file);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const { rows: [names] } = await client.query<{ organization: string; department: string }>(
      'SELECT (SELECT name FROM organization WHERE id = $1) AS organization, (SELECT name FROM department WHERE id = $2) AS department',
      [pair.organization, pair.department],
    );
    await client.end();
    expect(names.organization.replace('Gmina ', '')).toBe(names.department.replace('Wydział ', ''));
    // The writer's renames are undone for the tests after this one.
    await restoreDatabase(t.database.url, archive, { replace: true });
  });

  it('restores into an empty database with every table equal, the migration state included', async () => {
    const target = await createEmptyDatabase();
    spare.push(target);
    await restoreDatabase(target.url, archive);
    expect(await fingerprints(target.url)).toEqual(before);
  });

  it('refuses a database holding data unless told, then replaces it; a verification re-run gives the same numbers', async () => {
    const first = await t.graphql(VERIFY, { id: claimId }, auditor);
    expect(first.errors).toBeUndefined();
    const afterFirst = await fingerprints(t.database.url);
    await expect(restoreDatabase(t.database.url, archive)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreDatabase(t.database.url, archive)).rejects.toThrow(/already holds data.*--replace.*nothing was written/);
    expect(await fingerprints(t.database.url)).toEqual(afterFirst);

    await restoreDatabase(t.database.url, archive, { replace: true });
    expect(await fingerprints(t.database.url)).toEqual(before);
    const again = await t.graphql(VERIFY, { id: claimId }, auditor);
    expect(again.data).toEqual(first.data);
  });

  it('refuses an archive of another schema or with frames out of order before changing anything, and never hangs', async () => {
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    const organization = (await schemaTables(client)).find(({ table }) => table === 'organization')!;
    await client.end();
    const header = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt: '2026-01-01T00:00:00.000Z', migrations: MIGRATIONS.map((migration) => migration.name) };
    const archives: [string, Buffer[], RegExp][] = [
      ['older schema', [frame('H', { ...header, migrations: header.migrations.slice(0, 3) })], /not this version's.*nothing was written/],
      ['newer format', [frame('H', { ...header, version: ARCHIVE_VERSION + 1 })], /format version.*nothing was written/],
      ['two tables at once', [frame('H', header), frame('T', organization), frame('T', organization)], /does not end before the next begins/],
      ['manifest inside a table', [frame('H', header), frame('T', organization), frame('M', { tables: [] })], /manifest comes before/],
      ['ends inside a table', [frame('H', header), frame('T', organization), frame('D', Buffer.from(''))], /ends inside table organization/],
      // PostgreSQL refuses the first rows while more are still coming: those are not sent.
      ['rows refused', [frame('H', header), frame('T', organization), frame('D', Buffer.from('not a row\n')), ...Array.from({ length: 256 }, () => frame('D', Buffer.alloc(16 * 1024, 'x')))], /the rows of organization do not read back/],
      ['frame over the limit', [frame('H', header), frame('T', organization), declaring('D', 0xffffffff), Buffer.alloc(64 * 1024)], /frame 3 \(at byte \d+ of the unpacked archive\) declares 4294967295 bytes, more than the \d+ a frame may hold/],
    ];
    for (const [name, frames, message] of archives) {
      const file = path.join(directory, `${name}.rpa-backup`);
      await writeFile(file, gzipSync(Buffer.concat(frames)));
      const target = await createEmptyDatabase();
      spare.push(target);
      const error = await restoreDatabase(target.url, file).then(() => null, (caught: unknown) => caught);
      expect(`${name}: ${(error as Error | null)?.message}`).toMatch(new RegExp(`^${name}: .*${message.source}`));
      const left = Object.entries(await fingerprints(target.url).catch(() => ({}))).filter(([table, fingerprint]) => table !== MIGRATIONS_TABLE && !fingerprint.startsWith('0 '));
      expect({ name, left }).toEqual({ name, left: [] });
    }
    // Refused before migrating: the database of another schema's archive is still empty.
    const untouched = await createEmptyDatabase();
    spare.push(untouched);
    await writeFile(path.join(directory, 'old.rpa-backup'), gzipSync(frame('H', { ...header, migrations: ['Old1'] })));
    await expect(restoreDatabase(untouched.url, path.join(directory, 'old.rpa-backup'))).rejects.toThrow(RestoreRefusedError);
    const probe = new pg.Client({ connectionString: untouched.url });
    await probe.connect();
    expect(await schemaTables(probe)).toEqual([]);
    await probe.end();
  });

  it('refuses a frame declaring 4 GiB as it reads the declaration, not after reading on', async () => {
    // A named pipe stands in for the archive file, so the test sees how much of it restore reads.
    const fifo = path.join(directory, 'declares-4-GiB.rpa-backup');
    execFileSync('mkfifo', [fifo]);
    // Random bytes do not compress: the 4 MiB after the declaration are 4 MiB of the file too.
    const bytes = gzipSync(Buffer.concat([declaring('H', 0xffffffff), randomBytes(4 * 1024 * 1024)]));
    const target = await createEmptyDatabase();
    spare.push(target);
    const offered = offer(fifo, bytes);
    const error = await restoreDatabase(target.url, fifo).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(DamagedArchiveError);
    expect((error as Error).message).toBe(
      `the archive is damaged or not a backup of rpa-readiness: frame 1 (at byte 0 of the unpacked archive) declares 4294967295 bytes, more than the ${MAX_FRAME_BYTES} a frame may hold; nothing was written`,
    );
    // What a pipe buffer and a read-ahead hold (a few hundred KiB), not the file to its end.
    expect(await offered).toBeLessThan(bytes.length / 4);
  });

  it('refuses a damaged or cut archive with a message, and writes nothing', async () => {
    const bytes = await readFile(archive);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] ^= 0xff;
    const cases: [string, Buffer][] = [
      ['flipped', flipped],
      ['cut', bytes.subarray(0, Math.floor(bytes.length * 0.7))],
      ['not a backup', Buffer.from('hello, this is not an archive')],
    ];
    for (const [name, content] of cases) {
      const file = path.join(directory, `${name}.rpa-backup`);
      await writeFile(file, content);
      const target = await createEmptyDatabase();
      spare.push(target);
      const error = await restoreDatabase(target.url, file).then(() => null, (caught: unknown) => caught);
      expect({ name, damaged: error instanceof DamagedArchiveError }).toEqual({ name, damaged: true });
      expect((error as Error).message).toMatch(/damaged.*nothing was written/);
      // Empty tables, or no schema at all when the header already gave it away.
      const left = Object.entries(await fingerprints(target.url).catch(() => ({}))).filter(([table, fingerprint]) => table !== MIGRATIONS_TABLE && !fingerprint.startsWith('0 '));
      expect({ name, left }).toEqual({ name, left: [] });
    }
  });
});
