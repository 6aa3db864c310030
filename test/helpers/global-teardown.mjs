import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  await globalThis.__RPA_TEST_POSTGRES__?.stop();
  if (process.env.TEST_POSTGRES_ROOT) {
    await rm(process.env.TEST_POSTGRES_ROOT, { recursive: true, force: true });
  }
}
