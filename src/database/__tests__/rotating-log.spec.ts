import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RotatingLog } from '../rotating-log.js';

describe('RotatingLog', () => {
  it('keeps at most two files of at most its size, the newest lines in the file itself', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'rpa-log-'));
    try {
      const file = path.join(root, 'postgresql.log');
      const log = new RotatingLog(file, 100);
      for (let line = 0; line < 50; line += 1) log.write(`line ${String(line).padStart(2, '0')} of the log\n`);
      expect((await stat(file)).size).toBeLessThanOrEqual(100);
      expect((await stat(`${file}.1`)).size).toBeLessThanOrEqual(100);
      expect(await readFile(file, 'utf8')).toMatch(/line 49 of the log\n$/);
      // A new writer continues the file where the last one left it.
      const again = new RotatingLog(file, 100);
      again.write('x'.repeat(60));
      expect((await stat(file)).size).toBeLessThanOrEqual(100);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
