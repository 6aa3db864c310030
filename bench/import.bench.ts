import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { runBench, startBenchEnvironment } from './bench-environment.js';
import { importWithCli, writeCaseRecordsCsv } from './case-records-file.js';

/**
 * Import throughput against raw COPY, measured in the same run on the same embedded
 * PostgreSQL: (a) raw `COPY ... FROM STDIN` of the file into a bare table with the same
 * columns; (b) the product's own path end to end: HTTP upload, streaming validation, COPY,
 * baseline refresh and commit. Prints one BENCH line at the end.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
async function main(): Promise<void> {
  const bench = await startBenchEnvironment();
  try {
    const file = path.join(bench.workDir, 'cases.csv');
    await writeCaseRecordsCsv(file, ROWS);
    const megabytes = (await stat(file)).size / 1e6;
    console.log(`generated ${ROWS} case records (${megabytes.toFixed(1)} MB)`);

    // Setup as owner: an organization, its process owner, a process and a period.
    const { rows: [organization] } = await bench.owner.query<{ id: string }>(
      "INSERT INTO organization (name, teryt_code, kind) VALUES ('Bench', '1465011', 'GMINA') RETURNING id",
    );
    const { rows: [user] } = await bench.owner.query<{ id: string }>(
      "INSERT INTO app_user (email, display_name, password_hash) VALUES ('bench@example.org', 'Bench', 'x') RETURNING id",
    );
    await bench.owner.query("INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'PROCESS_OWNER')", [organization.id, user.id]);
    const { rows: [process_] } = await bench.owner.query<{ id: string }>(
      "INSERT INTO process (organization_id, name, category, owner_user_id) VALUES ($1, 'Invoices', 'INVOICE_PROCESSING', $2) RETURNING id",
      [organization.id, user.id],
    );
    const { rows: [period] } = await bench.owner.query<{ id: string }>(
      "INSERT INTO measurement_period (organization_id, process_id, kind, label, starts_on, ends_on) VALUES ($1, $2, 'BASELINE', '2025', '2025-01-01', '2025-12-31') RETURNING id",
      [organization.id, process_.id],
    );
    const token = await bench.signToken(user.id);
    process.env.NO_COLOR = '1';

    // (a) raw COPY into a bare table with the same columns.
    await bench.owner.query(
      `CREATE TABLE bench_raw_case (case_ref text, received_at timestamptz, started_at timestamptz, completed_at timestamptz,
         handling_minutes numeric(12,2), errors integer, rework integer, channel text)`,
    );
    const client = await bench.owner.connect();
    const rawStarted = performance.now();
    try {
      await pipeline(createReadStream(file), client.query(copyFrom('COPY bench_raw_case FROM STDIN (FORMAT csv, HEADER true)')));
    } finally {
      client.release();
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;

    // (b) the product's own command line, in its own process (as an office would run it),
    // streaming the file to the server's upload endpoint: validation, COPY, baseline refresh
    // and commit included.
    const rssBefore = process.resourceUsage().maxRSS;
    const { output, seconds: productSeconds } = await importWithCli(file, { processId: process_.id, periodId: period.id, url: bench.baseUrl, token });
    const { rows: [summary] } = await bench.owner.query<{ rows: number; refresh: number }>(
      "SELECT (after->>'rows')::int AS rows FROM audit_log WHERE action = 'IMPORT' ORDER BY id DESC LIMIT 1",
    );
    if (summary.rows !== ROWS) throw new Error(`imported ${summary.rows} rows, expected ${ROWS}`);
    const refreshSeconds = Number(/baseline refresh ([\d.]+) s/.exec(output)?.[1] ?? Number.NaN);

    const rawRate = ROWS / rawSeconds;
    const productRate = ROWS / productSeconds;
    // The server runs in this process: its peak resident memory during the import.
    const peakRssMb = Math.max(rssBefore, process.resourceUsage().maxRSS) / 1024;
    console.log(output.trim());
    console.log(`raw COPY:       ${rawSeconds.toFixed(2)} s, ${Math.round(rawRate)} rows/s`);
    console.log(`product import: ${productSeconds.toFixed(2)} s, ${Math.round(productRate)} rows/s (baseline refresh ${refreshSeconds.toFixed(2)} s)`);
    console.log(
      `BENCH import ratio=${(productRate / rawRate).toFixed(3)} rows_per_s=${Math.round(productRate)} raw_rows_per_s=${Math.round(rawRate)} refresh_s=${refreshSeconds.toFixed(2)} peak_rss_mb=${Math.round(peakRssMb)}`,
    );
  } finally {
    await bench.close();
  }
}

runBench(main);
