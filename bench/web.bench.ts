import sparticuzChromium from '@sparticuz/chromium';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { builtWebAppDir } from '../src/web/web-app.route.js';
import { launchChromium } from '../test/helpers/chromium.js';
import { startBenchEnvironment, type BenchEnvironment } from './bench-environment.js';

/**
 * Web app budgets, measured and printed (not asserted):
 * (a) JavaScript the first screen needs (the entry bundle and what it preloads; lazily loaded
 *     chunks such as the charts excluded), gzip level 6 as a server would send it; budget 200 kB;
 * (b) an office of 1 000 scored processes: the inventory's first page on screen in a real
 *     Chromium (from navigation start to the 20th row in the DOM, assets cached as on a second
 *     visit) against the same GraphQL request alone, sent from the same page, in the same run;
 *     budget: ratio at most 2.
 */
const PROCESSES = Number(process.env.BENCH_WEB_PROCESSES ?? 1_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 25);
const PAGE_ROWS = 20;

async function firstScreenBytes(): Promise<{ js: number; css: number; files: string[] }> {
  const root = builtWebAppDir();
  const html = await readFile(path.join(root, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((match) => match[1]);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]);
  const gzipped = async (files: string[]) => {
    let total = 0;
    for (const file of files) total += gzipSync(await readFile(path.join(root, file))).length;
    return total;
  };
  return { js: await gzipped(scripts), css: await gzipped(styles), files: [...scripts, ...styles] };
}

async function seed(bench: BenchEnvironment): Promise<{ ownerId: string }> {
  const started = performance.now();
  const { rows: [organization] } = await bench.owner.query<{ id: string }>(
    "INSERT INTO organization (name, teryt_code, kind) VALUES ('Gmina Benchmark', '0000001', 'GMINA') RETURNING id",
  );
  await bench.owner.query(
    "INSERT INTO department (organization_id, name) SELECT $1, 'Wydział ' || i FROM generate_series(1, 12) AS i",
    [organization.id],
  );
  await bench.owner.query(
    `INSERT INTO process (organization_id, department_id, name, category, status, exception_rate, estimated_monthly_volume, estimated_handling_minutes, hourly_labour_cost)
     SELECT $1, d.ids[1 + (i % 12)], 'Proces ' || lpad(i::text, 4, '0'),
            (ARRAY['INVOICE_PROCESSING','CORRESPONDENCE','VEHICLE_REGISTRATION','TAX_PROCESSING','STATISTICAL_REPORTING','OTHER'])[1 + (i % 6)]::process_category,
            (ARRAY['DRAFT','ASSESSED','PILOT'])[1 + (i % 3)]::process_status, (i % 40) / 100.0, 50 + (i * 37) % 2000, 3 + (i % 30), 62
       FROM generate_series(1, $2) AS i, (SELECT array_agg(id ORDER BY name) AS ids FROM department WHERE organization_id = $1) AS d`,
    [organization.id, PROCESSES],
  );
  await bench.owner.query(
    `INSERT INTO workflow_step (organization_id, process_id, position, name, minutes_per_case, rule_based, input_type)
     SELECT p.organization_id, p.id, s, 'Krok ' || s, 1 + s, s % 3 <> 0,
            (ARRAY['STRUCTURED_DIGITAL','UNSTRUCTURED_DIGITAL','PAPER'])[1 + (s % 3)]::step_input_type
       FROM process p, generate_series(1, 4) AS s WHERE p.organization_id = $1`,
    [organization.id],
  );
  const users = await bench.owner.query<{ id: string; email: string }>(
    `INSERT INTO app_user (email, display_name, password_hash) VALUES
       ('owner@bench.example', 'Owner', 'x'), ('manager@bench.example', 'Manager', 'x') RETURNING id, email`,
  );
  const ownerId = users.rows.find((row) => row.email.startsWith('owner'))!.id;
  const managerId = users.rows.find((row) => row.email.startsWith('manager'))!.id;
  await bench.owner.query(
    "INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'PROCESS_OWNER'), ($1, $3, 'MANAGER')",
    [organization.id, ownerId, managerId],
  );
  // Real scores (Monte Carlo included) through the mutation that re-scores the organization.
  const response = await fetch(`${bench.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await bench.signToken(managerId)}` },
    body: JSON.stringify({
      query: `mutation($id: ID!) { setReadinessWeights(organizationId: $id, input: {
        stability: 1, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 1 }) { version } }`,
      variables: { id: organization.id },
    }),
  });
  const answer = (await response.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`scoring failed: ${JSON.stringify(answer.errors)}`);
  console.log(`seeded and scored ${PROCESSES} processes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ownerId };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const bytes = await firstScreenBytes();
  console.log(`first screen: ${bytes.files.join(', ')}`);
  const bench = await startBenchEnvironment();
  const browser = await launchChromium(await sparticuzChromium.executablePath(), sparticuzChromium.args);
  try {
    const { ownerId } = await seed(bench);
    const token = await bench.signToken(ownerId);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Signed in as the web app keeps it (this tab's sessionStorage), and a timestamp when the
    // first page's last row reaches the DOM. Init scripts are not subject to the page's CSP.
    const session = JSON.stringify({ token, expiresAt: new Date(Date.now() + 14 * 60_000).toISOString() });
    // Text, not a function: this Node-typed file has no DOM types.
    await context.addInitScript({
      content: `sessionStorage.setItem('rpa-readiness.session', ${JSON.stringify(session)});
        new MutationObserver((changes, observer) => {
          if (document.querySelectorAll('tbody tr').length >= ${PAGE_ROWS}) { window.rowsAt = performance.now(); observer.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
        new MutationObserver((changes, observer) => {
          if (document.querySelectorAll('.quadrant-chart__bubble').length >= ${PAGE_ROWS} && document.querySelectorAll('svg.npv-range-bar').length >= ${PAGE_ROWS}) {
            window.chartsAt = performance.now(); observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
        document.addEventListener('click', () => { window.clickAt = performance.now(); }, true);`,
    });
    const page = await context.newPage();
    let inventoryRequest: string | null = null;
    let rankingRequest: string | null = null;
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('query ProcessInventory')) inventoryRequest = body;
      if (request.url().endsWith('/graphql') && body?.includes('query CandidateRanking')) rankingRequest = body;
    });

    const screenTimes: number[] = [];
    for (let run = -3; run < RUNS; run += 1) {
      await page.goto(`${bench.baseUrl}/processes`);
      await page.locator('tbody tr').nth(PAGE_ROWS - 1).waitFor();
      const rowsAt = await page.evaluate<number>('window.rowsAt');
      if (run >= 0) screenTimes.push(rowsAt);
    }
    if (process.env.BENCH_WEB_TRACE) {
      console.log(await page.evaluate<string>(`JSON.stringify(performance.getEntries().concat([{entryType:'rows', name:'', startTime: window.rowsAt}]).map((e) => [e.entryType, e.name.slice(-40), Math.round(e.startTime), Math.round(e.responseEnd ?? e.duration)]))`));
    }
    // Within the app: from a click on the menu's inventory link (the app already loaded, signed in)
    // to the first page's last row in the DOM.
    const navigationTimes: number[] = [];
    for (let run = -3; run < RUNS; run += 1) {
      await page.goto(`${bench.baseUrl}/no-such-screen`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('nav a[href="/processes"]').click();
      await page.locator('tbody tr').nth(PAGE_ROWS - 1).waitFor();
      const elapsed = await page.evaluate<number>('window.rowsAt - window.clickAt');
      if (run >= 0) navigationTimes.push(elapsed);
    }
    if (!inventoryRequest) throw new Error('the inventory screen sent no ProcessInventory request');

    // The ranking with its charts (a range bar per row and the quadrant chart): from a click on
    // the menu's ranking link to every chart of the first page drawn; chart code loads on first use.
    const rankingTimes: number[] = [];
    for (let run = -3; run < RUNS; run += 1) {
      await page.goto(`${bench.baseUrl}/no-such-screen`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('nav a[href="/ranking"]').click();
      await page.locator('.quadrant-chart__bubble').nth(PAGE_ROWS - 1).waitFor();
      await page.locator('svg.npv-range-bar').nth(PAGE_ROWS - 1).waitFor();
      const elapsed = await page.evaluate<number>('window.chartsAt - window.clickAt');
      if (run >= 0) rankingTimes.push(elapsed);
    }
    if (!rankingRequest) throw new Error('the ranking screen sent no CandidateRanking request');

    /** The same request, sent alone from the same page. */
    const timeAlone = async (body: string): Promise<number[]> => {
      const times: number[] = [];
      for (let run = -3; run < RUNS; run += 1) {
        const elapsed = await page.evaluate(
          async ({ requestBody, authorization }) => {
            const started = performance.now();
            const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: requestBody });
            await response.json();
            return performance.now() - started;
          },
          { requestBody: body, authorization: `Bearer ${token}` },
        );
        if (run >= 0) times.push(elapsed);
      }
      return times;
    };
    const requestTimes = await timeAlone(inventoryRequest);
    const rankingAlone = median(await timeAlone(rankingRequest));
    const ranking = median(rankingTimes);
    const screen = median(screenTimes);
    const navigation = median(navigationTimes);
    const alone = median(requestTimes);
    console.log(`first screen JavaScript: ${(bytes.js / 1024).toFixed(1)} kB gzip (budget 200 kB), CSS ${(bytes.css / 1024).toFixed(1)} kB gzip`);
    console.log(`inventory of ${PROCESSES} processes, medians over ${RUNS} runs: the GraphQL request alone ${alone.toFixed(1)} ms;`);
    console.log(`  first page on screen after choosing it in the app ${navigation.toFixed(1)} ms (${(navigation / alone).toFixed(2)}x);`);
    console.log(`  first page on screen when the address is opened (page load, assets cached) ${screen.toFixed(1)} ms (${(screen / alone).toFixed(2)}x)`);
    console.log(`ranking, first page of ${PAGE_ROWS} with its charts: the GraphQL request alone ${rankingAlone.toFixed(1)} ms; drawn after choosing it in the app ${ranking.toFixed(1)} ms (${(ranking / rankingAlone).toFixed(2)}x)`);
    console.log(
      `BENCH web ranking_graphql_ms=${rankingAlone.toFixed(1)} ranking_charts_ms=${ranking.toFixed(1)} ranking_ratio=${(ranking / rankingAlone).toFixed(2)} (budget: ratio <= 2)`,
    );
    console.log(
      `BENCH web first_screen_js_gzip_kb=${(bytes.js / 1024).toFixed(1)} css_gzip_kb=${(bytes.css / 1024).toFixed(1)} graphql_ms=${alone.toFixed(1)} ` +
        `in_app_ms=${navigation.toFixed(1)} ratio=${(navigation / alone).toFixed(2)} page_load_ms=${screen.toFixed(1)} page_load_ratio=${(screen / alone).toFixed(2)} (budgets: js <= 200 kB, ratio <= 2)`,
    );
  } finally {
    await browser.close();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
