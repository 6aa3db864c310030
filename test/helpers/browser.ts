import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { freePort } from './free-port.js';
import { seedDemo, startTestApp, type TestApp } from './test-app.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOT_DIR = path.resolve('test-output/screens');

export interface ServedApp extends TestApp {
  baseUrl: string;
}

/** The real server on a real socket (a browser needs one), on its own database with the demo data. */
export async function startServedApp(): Promise<ServedApp> {
  const t = await startTestApp({}, { embedded: true });
  await seedDemo(t);
  const port = await freePort();
  await t.app.listen(port, '127.0.0.1');
  return Object.assign(t, { baseUrl: `http://127.0.0.1:${port}` });
}

/** A real Chromium, or a failure that says why (browser tests never skip). */
export async function launchBrowser(): Promise<Browser> {
  if (process.env.TEST_WEB_BUILD_ERROR) throw new Error(process.env.TEST_WEB_BUILD_ERROR);
  const executablePath = process.env.TEST_CHROMIUM_PATH;
  if (!executablePath) throw new Error(process.env.TEST_CHROMIUM_ERROR ?? 'no Chromium: the jest global setup did not unpack @sparticuz/chromium');
  const args = JSON.parse(process.env.TEST_CHROMIUM_ARGS ?? '[]') as string[];
  try {
    return await launchChromium(executablePath, args);
  } catch (error) {
    throw new Error(`Chromium at ${executablePath} did not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns its violations, readable. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's content security policy does not govern.
  await page.evaluate(AXE_SOURCE);
  // A string, so this Node-typed file needs no DOM types: it runs in the page.
  const violations = await page.evaluate<AxeViolation[]>(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Screenshots of the screen at desktop and phone size, into the ignored test-output folder; and
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide the page itself never scrolls sideways (tables
 * scroll within their own region).
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const language = await page.evaluate<string>('document.documentElement.lang');
  const original = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const pageWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  if (pageWidth > 320) throw new Error(`${name} (${language}) is ${pageWidth} px wide at a 320 px viewport: it must reflow`);
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${language}-${width}x${height}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Polls a condition read through Playwright (the page's CSP forbids evaluating strings in it). */
export async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What a browser journey works with; filled in before its first test runs. */
export interface BrowserJourney {
  served: ServedApp;
  context: BrowserContext;
  page: Page;
  /** axe finds nothing, the page reflows at 320 px, and screenshots are written. */
  expectAccessible: (name: string) => Promise<void>;
  /** Opens `address` and signs in there with the sign-in form. */
  signIn: (user: { email: string; password: string }, address: string) => Promise<void>;
  /** An access token for the API, for checking what the screens show against it. */
  apiToken: (user: { email: string; password: string }) => Promise<string>;
}

/**
 * The set-up every browser journey shares: the served app with demo data, Chromium, one page in
 * Polish whose errors fail the test they happen in (refused requests the journeys provoke are
 * logged by Chromium as resource errors, and are allowed).
 */
export function browserJourney(): BrowserJourney {
  const journey = {} as BrowserJourney;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    journey.served = await startServedApp();
    browser = await launchBrowser();
    journey.context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'pl-PL' });
    journey.page = await journey.context.newPage();
    // Shorter than jest's own timeout, so a failed wait says what it waited for.
    journey.page.setDefaultTimeout(8000);
    journey.page.on('pageerror', (error) => pageErrors.push(error.message));
    journey.page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await journey.served?.close();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  journey.expectAccessible = async (name) => {
    expect({ screen: name, violations: await axeViolations(journey.page) }).toEqual({ screen: name, violations: [] });
    await screenshots(journey.page, name);
  };
  journey.signIn = async (user, address) => {
    await journey.page.goto(`${journey.served.baseUrl}${address}`);
    await journey.page.getByLabel('E-mail').fill(user.email);
    await journey.page.getByLabel('Hasło').fill(user.password);
    await journey.page.getByRole('button', { name: 'Zaloguj się' }).click();
  };
  journey.apiToken = async (user) => {
    const login = await journey.served.graphql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: user.email, password: user.password },
    });
    return login.data!.login.accessToken;
  };
  return journey;
}
