import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { backupDatabase } from '../../../src/backup/backup.js';
import { createMigratedDatabase, type TestDatabase } from '../../helpers/test-database.js';

describe('a backup whose database goes away midway', () => {
  let database: TestDatabase;
  let owner: pg.Pool;
  let directory: string;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    owner = new pg.Pool({ connectionString: database.url, max: 2 });
    // Enough rows that the backup is still reading when its connection is ended.
    await owner.query("CREATE TABLE zz_filler AS SELECT g, repeat(md5(g::text), 8) AS padding FROM generate_series(1, 300000) g");
    directory = await mkdtemp(path.join(os.tmpdir(), 'rpa-backup-cut-'));
  });

  afterAll(async () => {
    await owner.end();
    await database.drop();
    await rm(directory, { recursive: true, force: true });
  });

  it('fails with the reason and leaves no file, not even a partial one', async () => {
    const file = path.join(directory, 'cut.rpa-backup');
    const running = backupDatabase(database.url, file);
    const outcome = running.then(
      () => 'finished',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    // Ends the backup's connection (as a restart of the server would) once it is reading.
    let ended = 0;
    for (let tries = 0; tries < 2000 && ended === 0; tries += 1) {
      ended = (
        await owner.query<{ ended: number }>(
          `SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE '%COPY%'`,
        )
      ).rows[0].ended;
    }
    expect(ended).toBe(1);
    // Ended mid-query or between queries, the same sentence.
    expect(await outcome).toMatch(/^the connection to the database was lost during the backup \(.+\); no file was written$/);
    expect(await readdir(directory)).toEqual([]);
  });
});
