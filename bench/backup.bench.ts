import { spawn } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { to as copyTo } from 'pg-copy-streams';
import { runBench, startBenchEnvironment } from './bench-environment.js';

/**
 * Backup and restore of a database holding ROWS case records (1 M by default), each by the
 * product's own command line in a process of its own (as an office runs it): time, archive size
 * and the process's peak resident memory (flat in the database's size: the rows stream through);
 * against raw `COPY case_record TO STDOUT` of the same rows, measured in the same run.
 */
const ROWS = Number(process.env.BENCH_BACKUP_ROWS ?? 1_000_000);

/** Runs a command line to its end; its peak resident memory (the kernel's high-water mark) in MB. */
async function runMeasured(script: string, args: string[], env: Record<string, string>): Promise<{ seconds: number; peakMb: number; output: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakKb = 0;
  const sampler = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, 'utf8').then(
      (status) => (peakKb = Math.max(peakKb, Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0))),
      () => undefined,
    );
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${path.basename(script)} failed: ${output}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, output };
}

async function main(): Promise<void> {
  const bench = await startBenchEnvironment();
  const archive = path.join(bench.workDir, 'bench.rpa-backup');
  try {
    const seeded = performance.now();
    const { rows: [organization] } = await bench.owner.query<{ id: string }>("INSERT INTO organization (name, teryt_code, kind) VALUES ('Bench', '1465011', 'GMINA') RETURNING id");
    const { rows: [process_] } = await bench.owner.query<{ id: string }>("INSERT INTO process (organization_id, name, category) VALUES ($1, 'Invoices', 'INVOICE_PROCESSING') RETURNING id", [organization.id]);
    const { rows: [period] } = await bench.owner.query<{ id: string }>(
      "INSERT INTO measurement_period (organization_id, process_id, kind, label, starts_on, ends_on) VALUES ($1, $2, 'BASELINE', '2025', '2025-01-01', '2025-12-31') RETURNING id",
      [organization.id, process_.id],
    );
    const { rows: [record] } = await bench.owner.query<{ id: string }>(
      "INSERT INTO measurement_import (organization_id, period_id, grade, format, row_count) VALUES ($1, $2, 'CASE_SAMPLE', 'csv', $3) RETURNING id",
      [organization.id, period.id, ROWS],
    );
    await bench.owner.query(
      `INSERT INTO case_record (organization_id, period_id, import_id, line, case_ref, received_at, completed_at, handling_minutes, errors, channel)
       SELECT $1, $2, $3, i + 1, 'FV/' || i, timestamptz '2025-01-01' + i * interval '30 seconds', timestamptz '2025-01-01' + i * interval '30 seconds' + interval '2 hours',
              round((3 + (i % 97) / 7.0)::numeric, 2), i % 13 / 12, CASE WHEN i % 3 = 0 THEN 'e-mail' ELSE 'paper' END
         FROM generate_series(1, $4) AS i`,
      [organization.id, period.id, record.id, ROWS],
    );
    console.log(`seeded ${ROWS} case records in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    // Raw: the same rows out of PostgreSQL and thrown away.
    const client = await bench.owner.connect();
    const rawStarted = performance.now();
    try {
      await pipeline(client.query(copyTo('COPY case_record TO STDOUT')), new Writable({ write: (_chunk, _encoding, done) => done() }));
    } finally {
      client.release();
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;

    const cli = (name: string) => path.join(import.meta.dirname, '..', 'src', 'backup', `${name}.cli.js`);
    const backup = await runMeasured(cli('backup'), [archive], { DATABASE_URL: bench.ownerUrl });
    const size = (await stat(archive)).size / 1024 / 1024;
    await bench.owner.query('CREATE DATABASE bench_restored');
    const restoredUrl = bench.ownerUrl.replace(/\/[^/?]+(\?|$)/, '/bench_restored$1');
    const restore = await runMeasured(cli('restore'), [archive], { DATABASE_URL: restoredUrl });

    console.log(`raw COPY of ${ROWS} case records out of PostgreSQL: ${rawSeconds.toFixed(2)} s`);
    console.log(`npm run backup: ${backup.seconds.toFixed(2)} s (${(backup.seconds / rawSeconds).toFixed(2)}x raw), archive ${size.toFixed(1)} MB, peak RSS ${backup.peakMb.toFixed(0)} MB`);
    console.log(`npm run restore: ${restore.seconds.toFixed(2)} s with migrations and every checksum, peak RSS ${restore.peakMb.toFixed(0)} MB`);
    console.log(
      `BENCH backup rows=${ROWS} raw_copy_s=${rawSeconds.toFixed(2)} backup_s=${backup.seconds.toFixed(2)} archive_mb=${size.toFixed(1)} backup_peak_rss_mb=${backup.peakMb.toFixed(0)} restore_s=${restore.seconds.toFixed(2)} restore_peak_rss_mb=${restore.peakMb.toFixed(0)}`,
    );
  } finally {
    await rm(archive, { force: true });
    await bench.close();
  }
}

runBench(main);
