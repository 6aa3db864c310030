import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { DEMO_USERS } from '../src/database/demo/demo-users.js';
import { seedDemoData } from '../src/database/owner-context.js';
import { Role } from '../src/auth/domain/role.js';
import { percentile, runBench, startBenchEnvironment } from './bench-environment.js';

/**
 * Reports, measured and printed (not asserted), on the demo office (13 processes):
 * (a) time per report, one after another, for the verification report (PDF, CSV, XLSX) and the
 *     ranking report (PDF, CSV, XLSX), served by the application in this process (app.inject, no
 *     network), medians of RUNS; and the peak resident memory they add (the kernel's high-water
 *     mark, reset before each kind);
 * (b) a server in a process of its own serving 20 concurrent report requests (verification and
 *     ranking PDFs, alternating) while one client sends the ranking's GraphQL request in a loop:
 *     its latency meanwhile against its latency alone, same run; budget: at most 2x.
 */
const RUNS = Number(process.env.BENCH_REPORTS_RUNS ?? 20);
const CONCURRENT = 20;
const ROUNDS = Number(process.env.BENCH_REPORTS_ROUNDS ?? 5);

const RANKING_QUERY = `query CandidateRanking($organizationId: ID) {
  candidateRanking(organizationId: $organizationId, first: 20) {
    edges { node { rank processId processName quadrant automationPotential easeOfImplementation hoursSaved { p50 }
      npv { p10 p50 p90 } probabilityPositiveNpv evidenceGrade warnings explanation } }
  }
}`;

const median = (values: number[]) => percentile(values, 0.5);
const p95 = (values: number[]) => percentile(values, 0.95);

/** Resident memory now and its high-water mark since the last reset, in MB (Linux /proc). */
async function memory(): Promise<{ rss: number; peak: number }> {
  const status = await readFile('/proc/self/status', 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** Resets the high-water mark of resident memory to what is resident now. */
const resetPeak = () => writeFile('/proc/self/clear_refs', '5');

async function main(): Promise<void> {
  const bench = await startBenchEnvironment();
  try {
    await seedDemoData(bench.ownerUrl, { N: 1024, r: 8, p: 1 });
    // Demo accounts sign in only on the embedded demo database; this server is told DATABASE_URL.
    await bench.owner.query('UPDATE app_user SET demo = false');
    const auditorEmail = DEMO_USERS.find((user) => user.role === Role.AUDITOR)!.email;
    const { rows: [auditor] } = await bench.owner.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [auditorEmail]);
    const { rows: [verification] } = await bench.owner.query<{ id: string; organization_id: string; checks: number }>(
      `SELECT v.id, v.organization_id, (SELECT count(*)::int FROM claim_check c WHERE c.verification_id = v.id) AS checks
         FROM claim_verification v ORDER BY checks DESC, v.id LIMIT 1`,
    );
    const token = await bench.signToken(auditor.id);
    const authorization = `Bearer ${token}`;
    const reports = {
      'verification PDF': `/reports/verifications/${verification.id}.pdf?lang=pl`,
      'verification CSV': `/reports/verifications/${verification.id}.csv?lang=pl`,
      'verification XLSX': `/reports/verifications/${verification.id}.xlsx?lang=pl`,
      'ranking PDF': `/reports/ranking.pdf?organizationId=${verification.organization_id}&lang=pl`,
      'ranking CSV': `/reports/ranking.csv?organizationId=${verification.organization_id}&lang=pl`,
      'ranking XLSX': `/reports/ranking.xlsx?organizationId=${verification.organization_id}&lang=pl`,
    };

    // (a) One after another, in this process.
    const lines: string[] = [];
    const figures: string[] = [];
    for (const [name, url] of Object.entries(reports)) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = -2; run < RUNS; run += 1) {
        if (run === 0) await resetPeak();
        const started = performance.now();
        const response = await bench.app.inject({ method: 'GET', url, headers: { authorization } });
        const elapsed = performance.now() - started;
        if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.payload}`);
        bytes = response.rawPayload.length;
        if (run >= 0) times.push(elapsed);
      }
      const { rss, peak } = await memory();
      lines.push(`  ${name.padEnd(18)} ${median(times).toFixed(1).padStart(7)} ms median, p95 ${p95(times).toFixed(1).padStart(7)} ms; ${(bytes / 1024).toFixed(1)} kB; peak RSS ${peak.toFixed(0)} MB (+${(peak - rss).toFixed(1)} MB over resident after)`);
      figures.push(`${name.replace(' ', '_').toLowerCase()}_ms=${median(times).toFixed(1)}`);
    }
    console.log(`demo office: a verification of ${verification.checks} processes and the ranking; ${RUNS} runs each, in-process:`);
    for (const line of lines) console.log(line);

    // (b) A server of its own; GraphQL latency alone, then while 20 reports are being made.
    const server = await bench.serverProcess();
    const graphql = async () => {
      const started = performance.now();
      const response = await fetch(`${server}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: RANKING_QUERY, variables: { organizationId: verification.organization_id } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return performance.now() - started;
    };
    const aloneTimes = async () => {
      const times: number[] = [];
      for (let run = -5; run < 100; run += 1) {
        const elapsed = await graphql();
        if (run >= 0) times.push(elapsed);
      }
      return times;
    };
    const aloneBefore = await aloneTimes();
    const meanwhile: number[] = [];
    const reportTimes: number[] = [];
    const urls = [reports['verification PDF'], reports['ranking PDF']];
    for (let round = 0; round < ROUNDS; round += 1) {
      let running = CONCURRENT;
      const batch = Array.from({ length: CONCURRENT }, async (_, index) => {
        const started = performance.now();
        const response = await fetch(`${server}${urls[index % urls.length]}`, { headers: { authorization } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`report: ${response.status}`);
        reportTimes.push(performance.now() - started);
        running -= 1;
      });
      const probe = (async () => {
        while (running > 0) meanwhile.push(await graphql());
      })();
      await Promise.all([...batch, probe]);
    }
    // Alone before and after the reports (the server warms up meanwhile): the faster is the baseline.
    const aloneAfter = await aloneTimes();
    const alone = median(aloneAfter) < median(aloneBefore) ? aloneAfter : aloneBefore;
    const ratio = median(meanwhile) / median(alone);
    const ratio95 = p95(meanwhile) / p95(alone);
    console.log(
      `ranking GraphQL request alone (the faster of before and after: ${median(aloneBefore).toFixed(1)} / ${median(aloneAfter).toFixed(1)} ms): median ${median(alone).toFixed(1)} ms, p95 ${p95(alone).toFixed(1)} ms; ` +
        `while ${CONCURRENT} report PDFs are made (${ROUNDS} rounds, ${meanwhile.length} requests): median ${median(meanwhile).toFixed(1)} ms (${ratio.toFixed(2)}x), p95 ${p95(meanwhile).toFixed(1)} ms (${ratio95.toFixed(2)}x)`,
    );
    console.log(`  each of the ${CONCURRENT} concurrent reports took ${median(reportTimes).toFixed(0)} ms median, ${p95(reportTimes).toFixed(0)} ms p95, from request to last byte`);
    console.log(`BENCH reports ${figures.join(' ')} graphql_alone_ms=${median(alone).toFixed(1)} graphql_during_reports_ms=${median(meanwhile).toFixed(1)} ratio=${ratio.toFixed(2)} p95_ratio=${ratio95.toFixed(2)} (budget: ratio <= 2)`);
  } finally {
    await bench.close();
  }
}

runBench(main);
