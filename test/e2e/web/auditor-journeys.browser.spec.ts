import { readFile } from 'node:fs/promises';
import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { browserJourney } from '../../helpers/browser.js';

const AUDITOR = DEMO_USERS.find((user) => user.role === Role.AUDITOR)!;
const OWNER = DEMO_USERS.find((user) => user.role === Role.PROCESS_OWNER)!;

/** An auditor registers a vendor's promise, verifies it and reads the verdict; an owner only reads. */
describe('web app: an auditor in a real browser', () => {
  const journey = browserJourney();

  it('registers "-50% handling time" quoting the petition, verifies it and reads SUPPORTED on the invoice process with its interval', async () => {
    await journey.signIn(AUDITOR, '/claims');
    await journey.page.getByRole('table').waitFor();
    await journey.expectAccessible('claims');
    await journey.page.getByRole('link', { name: 'Zarejestruj deklarację' }).click();
    await journey.page.waitForURL(/\/claims\/new$/);
    await journey.page.getByRole('button', { name: 'Zarejestruj', exact: true }).click();
    await journey.page.locator('.error-summary').waitFor();
    await journey.expectAccessible('claim-new-errors');

    await journey.page.getByLabel('Dostawca').fill('Dostawca RPA (petycja)');
    await journey.page.getByLabel('Cytat ze źródła').fill('Czas obsługi krótszy o 50%.');
    await journey.page.getByLabel('Tytuł dokumentu').fill('Petycja w sprawie automatyzacji procesów');
    await journey.page.getByLabel('Obiecana zmiana (%)').fill('50');
    await journey.page.getByLabel('Zakres').selectOption('PROCESS');
    await journey.page.getByLabel('Proces', { exact: true }).selectOption({ label: 'Incoming invoice registration and posting' });
    await journey.page.getByRole('button', { name: 'Zarejestruj', exact: true }).click();
    await journey.page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    await journey.page.getByText('jeszcze nie zweryfikowana').first().waitFor();

    await journey.page.getByRole('button', { name: 'Zweryfikuj' }).click();
    await journey.page.getByText('Zweryfikowano; wynik jest poniżej i w historii weryfikacji.').waitFor();
    const check = journey.page.locator('article.check[data-process="Incoming invoice registration and posting"]');
    await check.waitFor();
    await expect(check.locator('.badge').first().textContent()).resolves.toBe('potwierdzona');
    await expect(check.locator('[data-figure=estimate]').textContent()).resolves.toMatch(/^\d+(,\d)?% \(95% przedział ufności: \d+(,\d)?% – \d+(,\d)?%\)$/);
    // One measured dot per process with an estimate on the forest plot.
    await journey.page.locator('.forest-plot svg circle').first().waitFor();
    expect(await journey.page.locator('.forest-plot svg circle').count()).toBe(await journey.page.locator('article.check [data-figure=estimate]').count());
    await journey.expectAccessible('claim');
    // The verification as a PDF to file, fetched with the tab's session.
    const [report] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Pobierz raport PDF' }).click()]);
    expect(report.suggestedFilename()).toMatch(/^verification-[0-9a-f-]{36}-pl\.pdf$/);
    expect((await readFile(await report.path())).subarray(0, 5).toString()).toBe('%PDF-');
    await journey.page.getByText(`Pobrano plik ${report.suggestedFilename()}.`).waitFor();
    await journey.page.reload();
    await journey.page.locator('article.check').first().waitFor();
    expect(await journey.page.locator('section[aria-labelledby=history-heading] tbody tr').count()).toBe(1);
  });

  it('shows a process owner the claims without the register and verify actions', async () => {
    await journey.page.getByRole('button', { name: 'Wyloguj się' }).click();
    await journey.signIn(OWNER, '/claims');
    await journey.page.getByRole('table').waitFor();
    expect(await journey.page.getByRole('link', { name: 'Zarejestruj deklarację' }).count()).toBe(0);
    await journey.page.getByRole('table').getByRole('link').first().click();
    await journey.page.getByRole('heading', { name: 'Historia weryfikacji' }).waitFor();
    expect(await journey.page.getByRole('button', { name: 'Zweryfikuj' }).count()).toBe(0);
    await journey.page.goto(`${journey.served.baseUrl}/claims/new`);
    await journey.page.getByText('Twoja rola nie pozwala na tę czynność.').waitFor();
    await journey.page.getByRole('button', { name: 'English' }).click();
    await journey.page.goto(`${journey.served.baseUrl}/claims`);
    await journey.page.getByRole('table').waitFor();
    await journey.expectAccessible('claims');
    await journey.page.getByRole('table').getByRole('link').first().click();
    await journey.page.getByRole('heading', { name: 'Verification history' }).waitFor();
    await journey.expectAccessible('claim');
    await journey.page.getByRole('button', { name: 'Polski' }).click();
  });
});
