import type { Browser, Page } from 'playwright-core';
import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { launchBrowser } from '../../helpers/browser.js';
import { freePort } from '../../helpers/free-port.js';
import { seedDemo, startTestApp, type TestApp } from '../../helpers/test-app.js';

const OWNER = DEMO_USERS.find((user) => user.role === Role.PROCESS_OWNER)!;

/** Everything in the page origin's localStorage, as one string (read through Playwright, not the page's scripts). */
const LOCAL_STORAGE = 'JSON.stringify(Object.entries(localStorage))';

/**
 * The GraphQL IDE in a real Chromium, served as in the demo (IDE and introspection on): it runs
 * under the web app's content security policy, and a bearer token typed into its headers never
 * reaches localStorage, where every script of the origin could read it later.
 */
describe('GraphiQL in a real browser', () => {
  let served: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  /** Console errors and uncaught errors of the page: a blocked font or script shows here. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    served = await startTestApp({ INTROSPECTION: 'true' }, { embedded: true });
    await seedDemo(served);
    const port = await freePort();
    await served.app.listen(port, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${port}`;
    browser = await launchBrowser();
    page = await browser.newPage();
    // Shorter than jest's own timeout, so a failed wait says what it waited for.
    page.setDefaultTimeout(8000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('loads under the security policy, runs a query with a typed bearer header, and keeps the header in memory only', async () => {
    // The IDE loads the schema as it starts (introspection); typing before it has is not what a user does.
    const schemaLoaded = page.waitForResponse((answer) => answer.url().endsWith('/graphql') && answer.request().postData()!.includes('IntrospectionQuery'));
    const response = await page.goto(`${baseUrl}/graphiql`);
    await schemaLoaded;
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();

    const login = await served.graphql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: OWNER.email, password: OWNER.password },
    });
    const token = login.data!.login.accessToken;
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').click();
    await page.keyboard.press('ControlOrMeta+A');
    // insertText, not type: the editor would close each typed bracket and quote itself.
    await page.keyboard.insertText(`{"Authorization": "Bearer ${token}"}`);
    // The example's second operation, as its instructions say.
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.getByRole('menuitem', { name: 'Processes' }).click();
    // A count, not an UNAUTHENTICATED error: the typed header was sent.
    await page.locator('.result-window').getByText(/"totalCount": \d+/).waitFor();
    // Running a query adds it, headers included, to GraphiQL's history: in memory too.
    expect(await page.evaluate<string>(LOCAL_STORAGE)).not.toContain('Bearer');

    await page.reload();
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    const stored = await page.evaluate<string>(LOCAL_STORAGE);
    expect(stored).not.toContain('Bearer');
    expect(stored).not.toContain('graphiql:');
    await page.getByRole('button', { name: 'Headers' }).click();
    await expect(page.locator('.graphiql-editor-tool').textContent()).resolves.not.toContain(token);
    // The IDE's scripts, styles and fonts all loaded under the policy.
    expect(pageErrors).toEqual([]);
  });
});
