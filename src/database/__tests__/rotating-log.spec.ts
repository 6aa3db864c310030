import { mkdtemp, readFile, rm, stat, symlink, unlink } from 'node:fs/promises';
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

  it('loses the lines a full disk refuses without throwing, says so once, and notes the gap when it can write again', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'rpa-log-'));
    try {
      const file = path.join(root, 'postgresql.log');
      // Every write to /dev/full fails with ENOSPC, as on a full disk.
      await symlink('/dev/full', file);
      const losses: string[] = [];
      const log = new RotatingLog(file, 1000, (message) => losses.push(message));
      log.write('PANIC:  could not write to file "pg_wal/xlogtemp.1": No space left on device\n');
      log.write('LOG:  database system is shut down\n');
      expect(losses).toEqual([`PostgreSQL's log ${file} cannot be written (ENOSPC: no space left on device, write): its lines are lost until it can be`]);
      await unlink(file);
      log.write('LOG:  database system is ready to accept connections\n');
      expect(await readFile(file, 'utf8')).toBe(
        "[rpa-readiness: 112 bytes of PostgreSQL's output could not be written here (ENOSPC: no space left on device, write)]\nLOG:  database system is ready to accept connections\n",
      );
      expect(losses).toHaveLength(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
