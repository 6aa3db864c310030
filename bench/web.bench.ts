import sparticuzChromium from '@sparticuz/chromium';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { builtWebAppDir } from '../src/web/web-app.route.js';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/helpers/chromium.js';
import { type BenchEnvironment, percentile, runBench, startBenchEnvironment } from './bench-environment.js';
import { seedScoredOffice } from './scored-office.js';

/**
 * Web app budgets, measured and printed (not asserted), in a real Chromium against the real
 * server, each screen against the same GraphQL request sent alone from the same page, same run:
 * (a) JavaScript the first screen needs (the entry bundle and what it preloads; lazily loaded
 *     chunks such as the charts excluded), gzip level 6 as a server would send it; budget 200 kB;
 * (b) an office of 1 000 scored processes: the inventory's first page on screen (after choosing
 *     it in the app, and when its address is opened with assets cached); budget: ratio at most 2;
 * (c) an office of 100 candidates: the ranking's first page with its charts (a range bar per row
 *     and the quadrant chart) after choosing it in the app, the chart code loaded on first use in
 *     that page load; budget: ratio at most 2. The same for the office of 1 000, for comparison.
 * Every run opens a fresh page, so the code runs cold as on a user's first visit to the screen.
 * The server runs in a process of its own, as in production (Playwright's driver shares the
 * bench's event loop); browser, server and database still share this machine's cores.
 */
const PROCESSES = Number(process.env.BENCH_WEB_PROCESSES ?? 1_000);
const CANDIDATES = Number(process.env.BENCH_WEB_CANDIDATES ?? 100);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 25);
const PAGE_ROWS = 20;
/** How long the pointer rests on a link before the click when a person's choosing is imitated. */
const REST_MS = 300;

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

/**
 * A signed-in tab (as the web app keeps it: this tab's sessionStorage) with its screens' milestones.
 * Contexts stay open until the browser closes: the single-process Chromium does not survive closing one.
 */
async function signedInPage(browser: Browser, token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const session = JSON.stringify({ token, expiresAt: new Date(Date.now() + 14 * 60_000).toISOString() });
  // The milestones are promises the bench awaits: Playwright's own waiting polls the DOM on the
  // page's main thread, which would be counted against the app. Text, not a function: this
  // Node-typed file has no DOM types. Init scripts are not subject to the page's CSP.
  await context.addInitScript({
    content: `sessionStorage.setItem('rpa-readiness.session', ${JSON.stringify(session)});
      const milestone = (reached) => new Promise((resolve) => {
        new MutationObserver((changes, observer) => {
          if (reached()) { observer.disconnect(); resolve(performance.now()); }
        }).observe(document, { childList: true, subtree: true });
      });
      window.rowsDrawn = milestone(() => document.querySelectorAll('tbody tr').length >= ${PAGE_ROWS});
      window.chartsDrawn = milestone(() => document.querySelectorAll('.quadrant-chart__bubble').length >= ${PAGE_ROWS} && document.querySelectorAll('svg.npv-range-bar').length >= ${PAGE_ROWS});
      document.addEventListener('click', () => { window.clickAt = performance.now(); }, true);`,
  });
  return context.newPage();
}

/** The body of the first request to /graphql whose text contains `operation`, once the page sent it. */
function capturedRequest(page: Page, operation: string): () => string {
  let body: string | null = null;
  page.on('request', (request) => {
    const sent = request.postData();
    if (body === null && request.url().endsWith('/graphql') && sent?.includes(`query ${operation}`)) body = sent;
  });
  return () => {
    if (body === null) throw new Error(`the screen sent no ${operation} request`);
    return body;
  };
}

/**
 * Median milliseconds from a click on the menu's link to `milestone`, each run on a freshly loaded
 * page. Playwright's click moves the pointer onto the link just before pressing; with `restFirst`
 * the pointer rests on the link for REST_MS first, as a person's does before choosing.
 */
async function afterChoosing(page: Page, baseUrl: string, href: string, milestone: string, restFirst = false): Promise<number> {
  const times: number[] = [];
  for (let run = -3; run < RUNS; run += 1) {
    await page.goto(`${baseUrl}/no-such-screen`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const link = page.locator(`nav a[href="${href}"]`);
    if (restFirst) {
      await link.hover();
      await page.waitForTimeout(REST_MS);
    }
    await link.click();
    const elapsed = await page.evaluate<number>(`window.${milestone}.then((at) => at - window.clickAt)`);
    if (run >= 0) times.push(elapsed);
  }
  if (process.env.BENCH_WEB_TRACE) {
    // What the last run waited for: [kind, name, start, end] in ms after the click.
    console.log(
      href,
      await page.evaluate<string>(
        `window.${milestone}.then((at) => JSON.stringify(performance.getEntries().filter((e) => e.startTime >= window.clickAt).map((e) => [e.entryType, e.name.slice(-40), Math.round(e.startTime - window.clickAt), Math.round((e.responseEnd ?? (e.startTime + e.duration)) - window.clickAt)]).concat([['${milestone}', '', Math.round(at - window.clickAt)]])))`,
      ),
    );
  }
  return percentile(times, 0.5);
}

/** Median milliseconds of the same request sent alone from the same page. */
async function requestAlone(page: Page, body: string, token: string): Promise<number> {
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
  return percentile(times, 0.5);
}

/**
 * The ranking with its charts in an office of `candidates` candidates: [drawn after the click,
 * drawn after the click when the pointer rested on the link first, the request alone].
 */
async function rankingTimes(browser: Browser, bench: BenchEnvironment, baseUrl: string, ownerId: string): Promise<[number, number, number]> {
  const token = await bench.signToken(ownerId);
  const page = await signedInPage(browser, token);
  const request = capturedRequest(page, 'CandidateRanking');
  const screen = await afterChoosing(page, baseUrl, '/ranking', 'chartsDrawn');
  const rested = await afterChoosing(page, baseUrl, '/ranking', 'chartsDrawn', true);
  const alone = await requestAlone(page, request(), token);
  return [screen, rested, alone];
}

async function main(): Promise<void> {
  const bytes = await firstScreenBytes();
  console.log(`first screen: ${bytes.files.join(', ')}`);
  const bench = await startBenchEnvironment();
  const browser = await launchChromium(await sparticuzChromium.executablePath(), sparticuzChromium.args);
  try {
    const large = await seedScoredOffice(bench, 1, PROCESSES);
    const small = await seedScoredOffice(bench, 2, CANDIDATES);
    const baseUrl = await bench.serverProcess();
    const token = await bench.signToken(large.ownerId);
    const page = await signedInPage(browser, token);
    const inventoryRequest = capturedRequest(page, 'ProcessInventory');

    // Page load: from navigation start to the first page's last row in the DOM, assets cached.
    const loadTimes: number[] = [];
    for (let run = -3; run < RUNS; run += 1) {
      await page.goto(`${baseUrl}/processes`);
      const rowsAt = await page.evaluate<number>('window.rowsDrawn');
      if (run >= 0) loadTimes.push(rowsAt);
    }
    const pageLoad = percentile(loadTimes, 0.5);
    const navigation = await afterChoosing(page, baseUrl, '/processes', 'rowsDrawn');
    const alone = await requestAlone(page, inventoryRequest(), token);
    const [ranking, rankingRested, rankingAlone] = await rankingTimes(browser, bench, baseUrl, small.ownerId);
    const [largeRanking, largeRankingRested, largeRankingAlone] = await rankingTimes(browser, bench, baseUrl, large.ownerId);

    console.log(`first screen JavaScript: ${(bytes.js / 1024).toFixed(1)} kB gzip (budget 200 kB), CSS ${(bytes.css / 1024).toFixed(1)} kB gzip`);
    console.log(`inventory of ${PROCESSES} processes, medians over ${RUNS} runs: the GraphQL request alone ${alone.toFixed(1)} ms;`);
    console.log(`  first page on screen after choosing it in the app ${navigation.toFixed(1)} ms (${(navigation / alone).toFixed(2)}x);`);
    console.log(`  first page on screen when the address is opened (page load, assets cached) ${pageLoad.toFixed(1)} ms (${(pageLoad / alone).toFixed(2)}x)`);
    console.log(
      `ranking of ${CANDIDATES} candidates, first page of ${PAGE_ROWS} with its charts: the GraphQL request alone ${rankingAlone.toFixed(1)} ms; ` +
        `drawn after choosing it in the app ${ranking.toFixed(1)} ms (${(ranking / rankingAlone).toFixed(2)}x);`,
    );
    console.log(
      `  the same with the pointer resting on the link ${REST_MS} ms before the click (its data asked for meanwhile): ${rankingRested.toFixed(1)} ms (${(rankingRested / rankingAlone).toFixed(2)}x)`,
    );
    console.log(
      `ranking of ${PROCESSES} candidates, the same: request alone ${largeRankingAlone.toFixed(1)} ms; drawn ${largeRanking.toFixed(1)} ms (${(largeRanking / largeRankingAlone).toFixed(2)}x); ` +
        `pointer resting first ${largeRankingRested.toFixed(1)} ms (${(largeRankingRested / largeRankingAlone).toFixed(2)}x)`,
    );
    console.log(
      `BENCH web ranking_candidates=${CANDIDATES} ranking_graphql_ms=${rankingAlone.toFixed(1)} ranking_charts_ms=${ranking.toFixed(1)} ranking_ratio=${(ranking / rankingAlone).toFixed(2)} ` +
        `ranking_rested_ratio=${(rankingRested / rankingAlone).toFixed(2)} ranking_${PROCESSES}_ratio=${(largeRanking / largeRankingAlone).toFixed(2)} (budget: ratio <= 2)`,
    );
    console.log(
      `BENCH web first_screen_js_gzip_kb=${(bytes.js / 1024).toFixed(1)} css_gzip_kb=${(bytes.css / 1024).toFixed(1)} graphql_ms=${alone.toFixed(1)} ` +
        `in_app_ms=${navigation.toFixed(1)} ratio=${(navigation / alone).toFixed(2)} page_load_ms=${pageLoad.toFixed(1)} page_load_ratio=${(pageLoad / alone).toFixed(2)} (budgets: js <= 200 kB, ratio <= 2)`,
    );
  } finally {
    await browser.close();
    await bench.close();
  }
}

runBench(main);
