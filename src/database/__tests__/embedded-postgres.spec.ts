import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../../test/helpers/free-port.js';
import { startEmbeddedPostgres } from '../embedded-postgres.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  it('creates the cluster on first start and keeps its data across a restart', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'rpa-embedded-'));
    await chmod(root, 0o755);
    const options = { clusterDir: path.join(root, 'data', 'pg'), port: await freePort(), databaseName: 'app' };
    try {
      const first = await startEmbeddedPostgres(options);
      await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
      await first.stop();

      const second = await startEmbeddedPostgres(options);
      try {
        expect(await query<{ value: string }>(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'survives' }]);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
