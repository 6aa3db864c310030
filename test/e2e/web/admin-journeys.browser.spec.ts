import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { browserJourney } from '../../helpers/browser.js';

const ADMIN = DEMO_USERS.find((user) => user.role === Role.ADMIN)!;
const MANAGER = DEMO_USERS.find((user) => user.role === Role.MANAGER)!;

/** An administrator brings a new auditor in, grants a role, and reads the audit log. */
describe('web app: an administrator in a real browser', () => {
  const journey = browserJourney();

  it('invites a new auditor, who joins with the code and sees the claims', async () => {
    await journey.page.goto(`${journey.served.baseUrl}/admin/users`);
    await journey.page.getByLabel('E-mail').fill(ADMIN.email);
    await journey.page.getByLabel('Hasło').fill(ADMIN.password);
    await journey.page.getByRole('button', { name: 'Zaloguj się' }).click();
    await journey.page.getByRole('heading', { name: 'Użytkownicy i role' }).waitFor();
    await journey.expectAccessible('admin-users');

    await journey.page.locator('#invite-email').fill('nowa.audytorka@zielonogrod.example');
    await journey.page.locator('#invite-displayName').fill('Zofia Nowicka');
    await journey.page.locator('#invite-role').selectOption('AUDITOR');
    await journey.page.getByRole('button', { name: 'Utwórz zaproszenie' }).click();
    const code = (await journey.page.locator('[data-secret=invitation-code]').textContent())!;
    expect(code.length).toBeGreaterThan(20);
    await journey.page.getByRole('cell', { name: /nowa\.audytorka@zielonogrod\.example/ }).waitFor();
    await journey.expectAccessible('admin-users-invited');

    // The administrator grants a second role to a member, by keyboard-reachable controls.
    const managerRow = journey.page.locator('tbody tr', { hasText: MANAGER.email });
    await managerRow.locator('select').selectOption('AUDITOR');
    await managerRow.getByRole('button', { name: /Nadaj rolę/ }).click();
    await journey.page.getByText(/Nadano rolę audytor/).waitFor();
    await managerRow.getByRole('button', { name: 'Odbierz audytor – Piotr Kowalski (manager)' }).waitFor();

    await journey.page.getByRole('button', { name: 'Wyloguj się' }).click();
    await journey.page.goto(`${journey.served.baseUrl}/accept-invitation`);
    await journey.page.getByLabel('Kod zaproszenia').fill(code);
    await journey.page.getByLabel('Hasło').fill('bardzo-tajne-haslo-2026');
    await journey.expectAccessible('accept-invitation');
    await journey.page.getByRole('button', { name: 'Przyjmij zaproszenie' }).click();
    await journey.page.waitForURL(/\/processes$/);
    await expect(journey.page.locator('.account-roles').textContent()).resolves.toContain('audytor');
    await journey.page.getByRole('link', { name: 'Deklaracje dostawców' }).click();
    await journey.page.getByRole('table').waitFor();
    await journey.page.getByRole('link', { name: 'Zarejestruj deklarację' }).waitFor();
  });

  it('creates an API token shown once, and revokes it', async () => {
    await journey.page.getByRole('link', { name: 'Tokeny API' }).click();
    await journey.page.getByLabel('Nazwa').fill('import z EZD');
    await journey.page.getByRole('button', { name: 'Utwórz token' }).click();
    const token = (await journey.page.locator('[data-secret=api-token]').textContent())!;
    expect(token).toMatch(/^rpa_/);
    // The token works as its owner, until it is revoked.
    const me = await journey.served.graphql<{ me: { email: string } }>('{ me { email } }', {}, token);
    expect(me.data?.me.email).toBe('nowa.audytorka@zielonogrod.example');
    await journey.expectAccessible('tokens');
    await journey.page.getByRole('button', { name: 'Unieważnij import z EZD' }).click();
    await journey.page.getByText('Unieważniono token.').waitFor();
    expect((await journey.served.graphql('{ me { email } }', {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await journey.page.reload();
    await journey.page.getByText(/^unieważniony /).waitFor();
    expect(await journey.page.locator('[data-secret=api-token]').count()).toBe(0);
  });

  it('reads the audit log filtered by who and what', async () => {
    await journey.page.getByRole('button', { name: 'Wyloguj się' }).click();
    await journey.page.getByLabel('E-mail').fill(ADMIN.email);
    await journey.page.getByLabel('Hasło').fill(ADMIN.password);
    await journey.page.getByRole('button', { name: 'Zaloguj się' }).click();
    await journey.page.getByRole('link', { name: 'Dziennik audytu' }).click();
    await journey.page.getByRole('table').waitFor();
    await journey.page.getByLabel('Kto').selectOption({ label: 'Jan Zieliński (administrator)' });
    await journey.page.getByLabel('Co').selectOption('INSERT');
    await journey.page.getByRole('button', { name: 'Pokaż' }).click();
    await journey.page.waitForURL(/who=.*what=INSERT/);
    await journey.page.getByRole('cell', { name: 'membership' }).first().waitFor();
    for (const action of await journey.page.locator('tbody tr td:nth-child(3)').allTextContents()) expect(action).toBe('INSERT');
    await journey.expectAccessible('admin-audit');
    await journey.page.getByRole('button', { name: 'English' }).click();
    await journey.page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await journey.expectAccessible('admin-audit');
    await journey.page.goto(`${journey.served.baseUrl}/admin/users`);
    await journey.page.getByRole('heading', { name: 'Users and roles' }).waitFor();
    await journey.expectAccessible('admin-users');
    await journey.page.getByRole('button', { name: 'Polski' }).click();
  });
});
