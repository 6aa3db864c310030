import type { Browser, Page } from 'playwright-core';
import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { axeViolations, launchBrowser, screenshots, type ServedApp, startServedApp } from '../../helpers/browser.js';

const ADMIN = DEMO_USERS.find((user) => user.role === Role.ADMIN)!;
const MANAGER = DEMO_USERS.find((user) => user.role === Role.MANAGER)!;

/** An administrator brings a new auditor in, grants a role, and reads the audit log. */
describe('web app: an administrator in a real browser', () => {
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

  it('invites a new auditor, who joins with the code and sees the claims', async () => {
    await page.goto(`${served.baseUrl}/admin/users`);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Hasło').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('heading', { name: 'Użytkownicy i role' }).waitFor();
    await expectAccessible('admin-users');

    await page.locator('#invite-email').fill('nowa.audytorka@zielonogrod.example');
    await page.locator('#invite-displayName').fill('Zofia Nowicka');
    await page.locator('#invite-role').selectOption('AUDITOR');
    await page.getByRole('button', { name: 'Utwórz zaproszenie' }).click();
    const code = (await page.locator('[data-secret=invitation-code]').textContent())!;
    expect(code.length).toBeGreaterThan(20);
    await page.getByRole('cell', { name: /nowa\.audytorka@zielonogrod\.example/ }).waitFor();
    await expectAccessible('admin-users-invited');

    // The administrator grants a second role to a member, by keyboard-reachable controls.
    const managerRow = page.locator('tbody tr', { hasText: MANAGER.email });
    await managerRow.locator('select').selectOption('AUDITOR');
    await managerRow.getByRole('button', { name: /Nadaj rolę/ }).click();
    await page.getByText(/Nadano rolę audytor/).waitFor();
    await managerRow.getByRole('button', { name: 'Odbierz audytor – Piotr Kowalski (manager)' }).waitFor();

    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await page.goto(`${served.baseUrl}/accept-invitation`);
    await page.getByLabel('Kod zaproszenia').fill(code);
    await page.getByLabel('Hasło').fill('bardzo-tajne-haslo-2026');
    await expectAccessible('accept-invitation');
    await page.getByRole('button', { name: 'Przyjmij zaproszenie' }).click();
    await page.waitForURL(/\/processes$/);
    await expect(page.locator('.account-roles').textContent()).resolves.toContain('audytor');
    await page.getByRole('link', { name: 'Deklaracje dostawców' }).click();
    await page.getByRole('table').waitFor();
    await page.getByRole('link', { name: 'Zarejestruj deklarację' }).waitFor();
  });

  it('creates an API token shown once, and revokes it', async () => {
    await page.getByRole('link', { name: 'Tokeny API' }).click();
    await page.getByLabel('Nazwa').fill('import z EZD');
    await page.getByRole('button', { name: 'Utwórz token' }).click();
    const token = (await page.locator('[data-secret=api-token]').textContent())!;
    expect(token).toMatch(/^rpa_/);
    // The token works as its owner, until it is revoked.
    const me = await served.graphql<{ me: { email: string } }>('{ me { email } }', {}, token);
    expect(me.data?.me.email).toBe('nowa.audytorka@zielonogrod.example');
    await expectAccessible('tokens');
    await page.getByRole('button', { name: 'Unieważnij import z EZD' }).click();
    await page.getByText('Unieważniono token.').waitFor();
    expect((await served.graphql('{ me { email } }', {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await page.reload();
    await page.getByText(/^unieważniony /).waitFor();
    expect(await page.locator('[data-secret=api-token]').count()).toBe(0);
  });

  it('reads the audit log filtered by who and what', async () => {
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Hasło').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('link', { name: 'Dziennik audytu' }).click();
    await page.getByRole('table').waitFor();
    await page.getByLabel('Kto').selectOption({ label: 'Jan Zieliński (administrator)' });
    await page.getByLabel('Co').selectOption('INSERT');
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await page.waitForURL(/who=.*what=INSERT/);
    await page.getByRole('cell', { name: 'membership' }).first().waitFor();
    for (const action of await page.locator('tbody tr td:nth-child(3)').allTextContents()) expect(action).toBe('INSERT');
    await expectAccessible('admin-audit');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await expectAccessible('admin-audit');
    await page.goto(`${served.baseUrl}/admin/users`);
    await page.getByRole('heading', { name: 'Users and roles' }).waitFor();
    await expectAccessible('admin-users');
    await page.getByRole('button', { name: 'Polski' }).click();
  });
});
