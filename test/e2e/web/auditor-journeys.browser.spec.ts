import type { Browser, Page } from 'playwright-core';
import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { axeViolations, launchBrowser, screenshots, type ServedApp, startServedApp } from '../../helpers/browser.js';

const AUDITOR = DEMO_USERS.find((user) => user.role === Role.AUDITOR)!;
const OWNER = DEMO_USERS.find((user) => user.role === Role.PROCESS_OWNER)!;

/** An auditor registers a vendor's promise, verifies it and reads the verdict; an owner only reads. */
describe('web app: an auditor in a real browser', () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    served = await startServedApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function expectAccessible(name: string) {
    expect({ screen: name, violations: await axeViolations(page) }).toEqual({ screen: name, violations: [] });
    await screenshots(page, name);
  }

  async function signIn(user: { email: string; password: string }, address: string) {
    await page.goto(`${served.baseUrl}${address}`);
    await page.getByLabel('E-mail').fill(user.email);
    await page.getByLabel('Hasło').fill(user.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
  }

  it('registers "-50% handling time" quoting the petition, verifies it and reads SUPPORTED on the invoice process with its interval', async () => {
    await signIn(AUDITOR, '/claims');
    await page.getByRole('table').waitFor();
    await expectAccessible('claims');
    await page.getByRole('link', { name: 'Zarejestruj deklarację' }).click();
    await page.waitForURL(/\/claims\/new$/);
    await page.getByRole('button', { name: 'Zarejestruj', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await expectAccessible('claim-new-errors');

    await page.getByLabel('Dostawca').fill('Dostawca RPA (petycja)');
    await page.getByLabel('Cytat ze źródła').fill('Czas obsługi krótszy o 50%.');
    await page.getByLabel('Tytuł dokumentu').fill('Petycja w sprawie automatyzacji procesów');
    await page.getByLabel('Obiecana zmiana (%)').fill('50');
    await page.getByLabel('Zakres').selectOption('PROCESS');
    await page.getByLabel('Proces', { exact: true }).selectOption({ label: 'Incoming invoice registration and posting' });
    await page.getByRole('button', { name: 'Zarejestruj', exact: true }).click();
    await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    await page.getByText('jeszcze nie zweryfikowana').first().waitFor();

    await page.getByRole('button', { name: 'Zweryfikuj' }).click();
    await page.getByText('Zweryfikowano; wynik jest poniżej i w historii weryfikacji.').waitFor();
    const check = page.locator('article.check[data-process="Incoming invoice registration and posting"]');
    await check.waitFor();
    await expect(check.locator('.badge').first().textContent()).resolves.toBe('potwierdzona');
    await expect(check.locator('[data-figure=estimate]').textContent()).resolves.toMatch(/^\d+(,\d)?% \(95% przedział ufności: \d+(,\d)?% – \d+(,\d)?%\)$/);
    // One measured dot per process with an estimate on the forest plot.
    await page.locator('.forest-plot svg circle').first().waitFor();
    expect(await page.locator('.forest-plot svg circle').count()).toBe(await page.locator('article.check [data-figure=estimate]').count());
    await expectAccessible('claim');
    await page.reload();
    await page.locator('article.check').first().waitFor();
    expect(await page.locator('section[aria-labelledby=history-heading] tbody tr').count()).toBe(1);
  });

  it('shows a process owner the claims without the register and verify actions', async () => {
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await signIn(OWNER, '/claims');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('link', { name: 'Zarejestruj deklarację' }).count()).toBe(0);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Historia weryfikacji' }).waitFor();
    expect(await page.getByRole('button', { name: 'Zweryfikuj' }).count()).toBe(0);
    await page.goto(`${served.baseUrl}/claims/new`);
    await page.getByText('Twoja rola nie pozwala na tę czynność.').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${served.baseUrl}/claims`);
    await page.getByRole('table').waitFor();
    await expectAccessible('claims');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Verification history' }).waitFor();
    await expectAccessible('claim');
    await page.getByRole('button', { name: 'Polski' }).click();
  });
});
