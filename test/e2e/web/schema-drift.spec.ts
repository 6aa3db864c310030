import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const WEB_ROOT = path.resolve('web');
const GENERATED = path.join(WEB_ROOT, 'src/gql');
const CODEGEN_BIN = path.resolve('node_modules/@graphql-codegen/cli/cjs/bin.js');

/**
 * The web app's operation types are generated from `web/schema.graphql` (`npm run web:codegen`).
 * This test fails when the server's schema and that file, or the file and the committed
 * generated types, drift apart. `WRITE_WEB_SCHEMA=1 npm test -- schema-drift` rewrites the
 * schema file from the server.
 */
describe('web app schema and generated types', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('web/schema.graphql is the server schema', async () => {
    const printed = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    const file = path.join(WEB_ROOT, 'schema.graphql');
    if (process.env.WRITE_WEB_SCHEMA === '1') await writeFile(file, printed);
    expect(await readFile(file, 'utf8')).toBe(printed);
  });

  it('the committed generated types are what codegen makes of the schema and the operations', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'rpa-codegen-'));
    try {
      await promisify(execFile)(process.execPath, [CODEGEN_BIN, '--config', 'codegen.config.mjs', '--silent'], {
        cwd: WEB_ROOT,
        env: { ...process.env, NODE_OPTIONS: '', CODEGEN_OUT: `${scratch}/` },
      });
      const fresh = (await readdir(scratch)).sort();
      expect((await readdir(GENERATED)).sort()).toEqual(fresh);
      for (const name of fresh) {
        const committed = await readFile(path.join(GENERATED, name), 'utf8');
        expect({ name, committed }).toEqual({ name, committed: await readFile(path.join(scratch, name), 'utf8') });
      }
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 60000);
});
