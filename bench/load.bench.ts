import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile, runBench, startBenchEnvironment } from './bench-environment.js';
import { importWithCli, writeCaseRecordsCsv } from './case-records-file.js';
import { seedScoredOffice } from './scored-office.js';

/**
 * Graceful under load (loopback only, bounded): a server in a process of its own, an office of
 * 200 scored candidates; 20 clients read its ranking in a loop, first for IDLE_SECONDS alone, then
 * while the product's import command line streams a file of ROWS case records into one of its
 * processes. Printed: failed requests (budget 0), the reads' p99 under the import against their
 * p99 alone (budget 3x), and whether the import's figures are exact (n and the mean handling time
 * against the generator's own totals).
 */
const ROWS = Number(process.env.BENCH_LOAD_ROWS ?? 1_000_000);
const CLIENTS = 20;
const IDLE_SECONDS = Number(process.env.BENCH_LOAD_IDLE_SECONDS ?? 10);

const RANKING = `query LoadRanking($organizationId: ID) {
  candidateRanking(organizationId: $organizationId, first: 20) {
    edges { node { rank processName quadrant automationPotential easeOfImplementation hoursSaved { p50 } npv { p10 p50 p90 } probabilityPositiveNpv evidenceGrade warnings explanation } }
  }
}`;

interface Reads {
  latencies: number[];
  failures: string[];
}

/** CLIENTS clients reading the ranking back to back until `until` resolves. */
async function readWhile(url: string, token: string, organizationId: string, until: Promise<unknown>): Promise<Reads> {
  let stop = false;
  // Stops on either outcome; a failed import is the caller's to report.
  until.then(
    () => (stop = true),
    () => (stop = true),
  );
  const reads: Reads = { latencies: [], failures: [] };
  const body = JSON.stringify({ query: RANKING, variables: { organizationId } });
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (!stop) {
        const started = performance.now();
        try {
          const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
          const answer = (await response.json()) as { errors?: { message: string }[]; data?: { candidateRanking?: { edges: unknown[] } } };
          if (!response.ok || answer.errors || answer.data?.candidateRanking?.edges.length !== 20) reads.failures.push(`${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 200)}`);
          else reads.latencies.push(performance.now() - started);
        } catch (error) {
          reads.failures.push(String(error));
        }
      }
    }),
  );
  return reads;
}

async function main(): Promise<void> {
  const bench = await startBenchEnvironment();
  try {
    const file = path.join(bench.workDir, 'cases.csv');
    const { handlingHundredths } = await writeCaseRecordsCsv(file, ROWS);
    const office = await seedScoredOffice(bench, 1, 200);
    const { rows: [target] } = await bench.owner.query<{ process_id: string }>(
      'UPDATE process SET owner_user_id = $2 WHERE id = (SELECT id FROM process WHERE organization_id = $1 ORDER BY name LIMIT 1) RETURNING id AS process_id',
      [office.organizationId, office.ownerId],
    );
    const { rows: [period] } = await bench.owner.query<{ id: string }>(
      "INSERT INTO measurement_period (organization_id, process_id, kind, label, starts_on, ends_on) VALUES ($1, $2, 'BASELINE', '2025', '2025-01-01', '2025-12-31') RETURNING id",
      [office.organizationId, target.process_id],
    );
    const server = await bench.serverProcess();
    const reader = await bench.signToken(office.managerId);
    const owner = await bench.signToken(office.ownerId);

    // Warm-up (compiling the query, filling caches), not counted.
    await readWhile(server, reader, office.organizationId, new Promise((resolve) => setTimeout(resolve, 3000)));
    const idleEnd = new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idle = await readWhile(server, reader, office.organizationId, idleEnd);

    const imported = importWithCli(file, { processId: target.process_id, periodId: period.id, url: server, token: owner });
    const loaded = await readWhile(server, reader, office.organizationId, imported);
    const { seconds: importSeconds } = await imported;

    // The import's figures against the generator's own totals.
    const response = await fetch(`${server}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner}` },
      body: JSON.stringify({
        query: 'query ($p: ID!, $period: ID!) { baseline(processId: $p, periodId: $period) { touchTime { n mean } } }',
        variables: { p: target.process_id, period: period.id },
      }),
    });
    const { data } = (await response.json()) as { data: { baseline: { touchTime: { n: number; mean: number } } } };
    const exactMean = handlingHundredths / 100 / ROWS;
    const meanError = Math.abs(data.baseline.touchTime.mean - exactMean) / exactMean;
    const exact = data.baseline.touchTime.n === ROWS && meanError < 1e-12;

    const idleP99 = percentile(idle.latencies, 0.99);
    const loadedP99 = percentile(loaded.latencies, 0.99);
    console.log(`${CLIENTS} clients reading the ranking of 200 candidates:`);
    console.log(`  alone for ${IDLE_SECONDS} s: ${idle.latencies.length} reads, p50 ${percentile(idle.latencies, 0.5).toFixed(1)} ms, p99 ${idleP99.toFixed(1)} ms, ${idle.failures.length} failed`);
    console.log(
      `  while ${ROWS} case records were imported (${importSeconds.toFixed(1)} s): ${loaded.latencies.length} reads, p50 ${percentile(loaded.latencies, 0.5).toFixed(1)} ms, p99 ${loadedP99.toFixed(1)} ms (${(loadedP99 / idleP99).toFixed(2)}x alone), ${loaded.failures.length} failed`,
    );
    for (const failure of [...idle.failures, ...loaded.failures].slice(0, 3)) console.log(`  failed: ${failure}`);
    console.log(`  the import: n ${data.baseline.touchTime.n} of ${ROWS}; mean handling ${data.baseline.touchTime.mean} min against ${exactMean} exactly (relative error ${meanError.toExponential(1)})`);
    console.log(
      `BENCH load clients=${CLIENTS} rows=${ROWS} idle_p99_ms=${idleP99.toFixed(1)} import_p99_ms=${loadedP99.toFixed(1)} p99_ratio=${(loadedP99 / idleP99).toFixed(2)} failed=${idle.failures.length + loaded.failures.length} import_s=${importSeconds.toFixed(1)} exact=${exact} (budgets: failed = 0, p99_ratio <= 3, exact)`,
    );
    // Failed requests and inexact figures are faults, not speeds: the bench fails on them.
    if (idle.failures.length + loaded.failures.length > 0 || !exact) throw new Error("requests failed or the import's figures are not exact (see above)");
  } finally {
    await bench.close();
  }
}

runBench(main);
