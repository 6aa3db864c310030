import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/app-config.js';
import { ADMIN_PASSWORD_FILE } from '../../../src/database/database-bootstrap.js';
import { bootstrapDatabase } from '../../../src/database/owner-context.js';
import { createMigratedDatabase, type TestDatabase } from '../../helpers/test-database.js';

describe('the first platform administrator of an embedded start', () => {
  let database: TestDatabase;
  let dataDir: string;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'rpa-admin-'));
  });

  afterAll(async () => {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the generated password in an owner-only file of the data directory, once', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    const report = await bootstrapDatabase(config, database.url);
    const file = path.join(dataDir, ADMIN_PASSWORD_FILE);
    expect(report.createdAdmin).toEqual({ email: 'platform-admin@localhost', password: expect.any(String) as string, passwordFile: file });
    expect(await readFile(file, 'utf8')).toBe(`platform-admin@localhost ${report.createdAdmin!.password!}\n`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await bootstrapDatabase(config, database.url)).createdAdmin).toBeUndefined();
  });
});
