import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { axeViolations, launchBrowser, screenshots, type ServedApp, startServedApp, waitUntil } from '../../helpers/browser.js';

const ROAD_TRAFFIC = path.resolve('../shared/data/roadtraffic100traces.xes');
const OWNER = DEMO_USERS.find((user) => user.role === Role.PROCESS_OWNER)!;
const MANAGER = DEMO_USERS.find((user) => user.role === Role.MANAGER)!;

/**
 * The process owner's journeys in a real Chromium against the real server and PostgreSQL:
 * sign in, create a process with steps, measure it, import a real event log and a broken file,
 * in Polish and in English, each screen checked by axe and photographed.
 */
describe('web app: a process owner in a real browser', () => {
  let served: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let processUrl: string;
  let periodUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    served = await startServedApp();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'pl-PL' });
    page = await context.newPage();
    // Shorter than jest's own timeout, so a failed wait says what it waited for.
    page.setDefaultTimeout(8000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Refusals the journeys provoke (a broken file's 400) are logged by Chromium as resource
    // errors; anything else written as an error is a defect.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  afterEach(() => {
    const errors = pageErrors.splice(0);
    expect(errors).toEqual([]);
  });

  async function expectAccessible(name: string) {
    expect({ screen: name, violations: await axeViolations(page) }).toEqual({ screen: name, violations: [] });
    await screenshots(page, name);
  }

  it('sends an anonymous visitor to sign-in in Polish, signs in by keyboard alone and returns to the address asked for', async () => {
    await page.goto(`${served.baseUrl}/processes?category=INVOICE_PROCESSING`);
    await page.waitForURL(/\/sign-in\?next=/);
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Logowanie');
    await expectAccessible('sign-in');

    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Wpisz adres e-mail');
    await page.getByLabel('E-mail').focus();
    await page.keyboard.type(OWNER.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(OWNER.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${served.baseUrl}/processes?category=INVOICE_PROCESSING`);
    await page.getByRole('link', { name: /Incoming invoice registration/ }).waitFor();
    await expect(page.locator('.account-roles').textContent()).resolves.toContain('właściciel procesu');
  });

  it('lists the inventory with filters in the address, and pages', async () => {
    await page.goto(`${served.baseUrl}/processes`);
    await page.getByRole('table').waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
    await page.getByLabel('Szukaj w nazwie lub opisie').fill('invoice');
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await page.waitForURL(/q=invoice/);
    await waitUntil(async () => (await page.locator('tbody tr').count()) < 12, 'the search narrows the list');
    await page.getByRole('link', { name: /Incoming invoice registration/ }).waitFor();
    await page.getByLabel('Wydział').selectOption({ label: 'Wydział Finansowo-Księgowy' });
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await page.waitForURL(/department=/);
    await waitUntil(async () => (await page.locator('tbody tr').count()) === 1, 'one process is left');
    // The filtered address survives a reload.
    await page.reload();
    await page.getByRole('link', { name: /Incoming invoice registration/ }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await expectAccessible('processes');
  });

  it('creates a process with three steps, shows the server refusal at the field, and saves once fixed', async () => {
    await page.goto(`${served.baseUrl}/processes`);
    await page.getByRole('link', { name: 'Dodaj proces' }).click();
    await page.waitForURL(/\/processes\/new$/);
    await page.getByLabel('Nazwa procesu').fill('Wydawanie zaświadczeń o zameldowaniu');
    await page.getByLabel('Kategoria').selectOption('CORRESPONDENCE');
    for (let index = 0; index < 3; index += 1) await page.getByRole('button', { name: 'Dodaj krok' }).click();
    const steps = [
      { name: 'Przyjęcie wniosku z ePUAP', minutes: '3', inputType: 'STRUCTURED_DIGITAL', ruleBased: true },
      { name: '', minutes: '6,5', inputType: 'PAPER', ruleBased: false },
      { name: 'Wysyłka zaświadczenia', minutes: '2', inputType: 'STRUCTURED_DIGITAL', ruleBased: true },
    ];
    for (const [index, step] of steps.entries()) {
      await page.locator(`#step-${index}-name`).fill(step.name);
      await page.locator(`#step-${index}-minutesPerCase`).fill(step.minutes);
      await page.locator(`#step-${index}-inputType`).selectOption(step.inputType);
      if (step.ruleBased) await page.locator(`#step-${index}-ruleBased`).check();
    }
    // The automatable share follows the steps as typed: 5 of 11.5 minutes.
    await expect(page.locator('.automatable-share').textContent()).resolves.toContain('43,5%');

    await page.getByRole('button', { name: 'Zapisz' }).click();
    const fieldError = page.locator('#step-1-name-error');
    await fieldError.waitFor();
    await expect(fieldError.textContent()).resolves.toMatch(/name/);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Popraw błędy w formularzu');
    expect(await page.locator('#step-1-name').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('process-new-errors');

    // The summary links to the field; the keyboard lands there.
    await page.locator('.error-summary a').first().click();
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('step-1-name');
    await page.keyboard.type('Sprawdzenie w rejestrze mieszkańców');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText('Dodano proces.').waitFor();
    await page.waitForURL(/\/processes\/[0-9a-f-]{36}$/);
    processUrl = page.url();
    expect(await page.locator('#step-1-name').inputValue()).toBe('Sprawdzenie w rejestrze mieszkańców');
    await expectAccessible('process-edit');
  });

  it('reorders steps with the keyboard and keeps the new order after saving and reloading', async () => {
    await page.locator('#step-2-up').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#step-1-name').inputValue()).toBe('Wysyłka zaświadczenia');
    await expect(page.locator('[role=status]').filter({ hasText: 'pozycji 2' }).count()).resolves.toBe(1);
    // And by mouse: the first step's handle dragged onto the last step (both on screen at once:
    // a drag that scrolls the page between press and release starts from the wrong element).
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.locator('.step .drag-handle').first().dragTo(page.locator('.step legend').last());
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('#step-2-name').inputValue()).toBe('Przyjęcie wniosku z ePUAP');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText('Zapisano.').waitFor();
    await page.reload();
    await page.locator('#step-1-name').waitFor();
    const names = await page.locator('.step input[id$="-name"]').evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));
    expect(names).toEqual(['Wysyłka zaświadczenia', 'Sprawdzenie w rejestrze mieszkańców', 'Przyjęcie wniosku z ePUAP']);
  });

  it('says when someone else changed the process meanwhile, and keeps what was typed', async () => {
    const login = await served.graphql<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: OWNER.email, password: OWNER.password } },
    );
    const processId = processUrl.split('/').pop()!;
    const current = await served.graphql<{ process: { version: number } }>('query ($id: ID!) { process(id: $id) { version } }', { id: processId }, login.data!.login.accessToken);
    await served.graphql(
      'mutation ($id: ID!, $input: UpdateProcessInput!) { updateProcess(id: $id, input: $input) { version } }',
      { id: processId, input: { version: current.data!.process.version, ownerContact: 'inny@zielonogrod.example' } },
      login.data!.login.accessToken,
    );
    await page.getByLabel('Opis').fill('Opis wpisany w przeglądarce');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText(/Ktoś inny zmienił ten proces/).waitFor();
    expect(await page.getByLabel('Opis').inputValue()).toBe('Opis wpisany w przeglądarce');
    await expectAccessible('process-conflict');
    await page.getByRole('button', { name: 'Wczytaj aktualną wersję' }).click();
    await waitUntil(async () => (await page.getByLabel('Kontakt do właściciela procesu').inputValue()) === 'inny@zielonogrod.example', 'the current version is shown');
  });

  it('opens a BASELINE period, imports the real road-traffic log with a moving progress bar, and reads 100 cases and a 253-day median lead time', async () => {
    await page.getByRole('link', { name: 'Dodaj okres pomiaru' }).click();
    await page.waitForURL(/\/periods\/new$/);
    await page.getByLabel('Rodzaj okresu').selectOption('BASELINE');
    await page.getByLabel('Nazwa okresu').fill('Mandaty 2000–2013');
    await page.getByLabel('Pierwszy dzień').fill('2000-01-01');
    await page.getByLabel('Ostatni dzień').fill('2013-12-31');
    await expectAccessible('period-new');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.waitForURL(/\/periods\/[0-9a-f-]{36}$/);
    periodUrl = page.url();
    await page.getByText('W tym okresie nie ma jeszcze importów.').waitFor();

    await page.locator('#import-file').setInputFiles(ROAD_TRAFFIC);
    await page.getByText('Wybrany plik: roadtraffic100traces.xes', { exact: false }).waitFor();
    await expect(page.locator('#import-format').inputValue()).resolves.toBe('XES');
    // Slow the upload down so the progress bar can be seen moving (218 kB at 64 kB/s).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 64 * 1024 });
    await page.getByRole('button', { name: 'Importuj' }).click();
    const seen = new Set<number>();
    const progress = page.locator('#import-progress');
    await progress.waitFor();
    while (!(await page.getByText(/Zaimportowano:/).count())) {
      const value = Number(await progress.getAttribute('value'));
      const max = Number(await progress.getAttribute('max'));
      if (value > 0 && value < max) seen.add(value);
      await page.waitForTimeout(100);
    }
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(seen.size).toBeGreaterThanOrEqual(2);
    await expect(page.getByText(/Zaimportowano:/).textContent()).resolves.toMatch(/390 wierszy, 100 spraw/);

    await page.locator('[data-figure=cases]').waitFor();
    await expect(page.locator('[data-figure=cases]').textContent()).resolves.toBe('100');
    await expect(page.locator('[data-figure="figures.leadTime"] [data-figure=median]').textContent()).resolves.toMatch(/^253(,0)? dni$/);
    await expectAccessible('period-figures');
  });

  it('refuses a broken file with its line number and leaves the period unchanged', async () => {
    const broken = ['case_ref,handling_minutes', 'A-1,5', 'A-2,minus pięć', 'A-3,4'].join('\n');
    await page.locator('#import-file').setInputFiles({ name: 'zepsuty.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await page.getByText('Wybrany plik: zepsuty.csv', { exact: false }).waitFor();
    await expect(page.locator('#import-format').inputValue()).resolves.toBe('CASE_CSV');
    await page.getByRole('button', { name: 'Importuj' }).click();
    const errors = page.locator('.import-errors');
    await errors.waitFor();
    await expect(errors.textContent()).resolves.toContain('Nie zaimportowano pliku. Okres pozostał bez zmian.');
    await expect(errors.locator('li').first().textContent()).resolves.toMatch(/^Wiersz 3, kolumna handling_minutes: /);
    await expectAccessible('period-import-error');
    await page.reload();
    await page.locator('[data-figure=cases]').waitFor();
    await expect(page.locator('[data-figure=cases]').textContent()).resolves.toBe('100');
    expect(await page.locator('section[aria-labelledby=history-heading] tbody tr').count()).toBe(1);
  });

  it('shows the same screen in English after the switch, remembered across a reload', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Measurement period: Mandaty 2000–2013');
    await page.reload();
    await page.getByRole('heading', { name: 'Baseline figures' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('[data-figure="figures.leadTime"] [data-figure=median]').textContent()).resolves.toMatch(/^253(\.0)? days$/);
    await expectAccessible('period-figures');
    await page.goto(processUrl);
    await page.getByRole('heading', { name: /^Process: / }).waitFor();
    await expectAccessible('process-edit');
    await page.goto(`${served.baseUrl}/processes`);
    await page.getByRole('table').waitFor();
    await expectAccessible('processes');
    await page.goto(`${served.baseUrl}/processes/new`);
    await page.getByRole('heading', { name: 'New process' }).waitFor();
    await expectAccessible('process-new');
    await page.goto(`${served.baseUrl}/no-such-screen`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible('not-found');
    await page.getByRole('button', { name: 'Przełącz na język polski' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
  });

  it('offers a column mapping for a CSV whose header does not match, with standard event-log names mapped automatically', async () => {
    await page.goto(periodUrl);
    await page.locator('#import-file').waitFor();
    const csv = ['Sprawa;Czynność;time:timestamp;lifecycle:transition', 'S-1;Wpływ;2005-01-03T08:00:00+01:00;complete', 'S-1;Decyzja;2005-01-20T08:00:00+01:00;complete'].join('\n');
    await page.locator('#import-file').setInputFiles({ name: 'dziennik.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('#import-format').selectOption('EVENT_CSV');
    await page.locator('#map-case_ref').waitFor();
    expect(await page.locator('#map-occurred_at').inputValue()).toBe('time:timestamp');
    expect(await page.locator('#map-lifecycle').inputValue()).toBe('lifecycle:transition');
    expect(await page.locator('#map-case_ref').inputValue()).toBe('');
    await expectAccessible('period-import-mapping');
    await page.locator('#map-case_ref').selectOption('Sprawa');
    await page.locator('#map-activity').selectOption('Czynność');
    await page.getByRole('button', { name: 'Importuj' }).click();
    await page.getByText(/Zaimportowano: 2 wierszy, 1 spraw/).waitFor();
    // The history is read again after the import: it shows both once that answer arrives.
    await waitUntil(async () => (await page.locator('section[aria-labelledby=history-heading] tbody tr').count()) === 2, 'the history lists both imports');
  });

  it('edits a period, and deletes one only after confirming', async () => {
    await page.goto(periodUrl);
    await page.getByLabel('Godziny obsługi klientów w tygodniu').fill('37,5');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText('Zapisano.').waitFor();
    await page.reload();
    await waitUntil(async () => (await page.getByLabel('Godziny obsługi klientów w tygodniu').inputValue()) === '37,5', 'the saved hours are read back');

    await page.goto(`${processUrl}/periods/new`);
    await page.getByLabel('Rodzaj okresu').selectOption('AFTER');
    await page.getByLabel('Nazwa okresu').fill('Pilotaż do usunięcia');
    await page.getByLabel('Pierwszy dzień').fill('2026-01-01');
    await page.getByLabel('Ostatni dzień').fill('2026-03-31');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.waitForURL(/\/periods\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Usuń' }).first().click();
    await page.getByText('Czy na pewno usunąć „Pilotaż do usunięcia”? Tej operacji nie można cofnąć.').waitFor();
    await expectAccessible('period-delete-confirm');
    await page.getByRole('button', { name: 'Tak, usuń' }).click();
    await page.waitForURL(processUrl);
    await page.getByRole('heading', { name: 'Okresy pomiaru' }).waitFor();
    expect(await page.getByRole('link', { name: 'Pilotaż do usunięcia' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Mandaty 2000–2013' }).count()).toBe(1);
  });

  it('returns to sign-in with a message when the session is refused, and back to the address after signing in', async () => {
    await page.goto(periodUrl);
    await page.getByRole('heading', { name: /^Okres pomiaru/ }).waitFor();
    await page.evaluate(`sessionStorage.setItem('rpa-readiness.session', '${JSON.stringify({ token: 'revoked', expiresAt: '2099-01-01T00:00:00Z' })}')`);
    await page.reload();
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByText('Twoja sesja wygasła lub została zakończona. Zaloguj się ponownie.').waitFor();
    await expectAccessible('sign-in-expired');
    await page.getByLabel('E-mail').fill(OWNER.email);
    await page.getByLabel('Hasło').fill(OWNER.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.waitForURL(periodUrl);
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await page.getByText('Wylogowano.').waitFor();
  });

  it('shows a manager the inventory without the process owner actions', async () => {
    await page.getByLabel('E-mail').fill(MANAGER.email);
    await page.getByLabel('Hasło').fill(MANAGER.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    // Back where the previous user signed out; a manager reads the period but cannot import.
    await page.waitForURL(periodUrl);
    await page.getByRole('heading', { name: 'Wskaźniki bazowe' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Import danych' }).count()).toBe(0);
    await expect(page.locator('.account-roles').textContent()).resolves.toContain('kierownik');
    await page.getByRole('link', { name: 'Rejestr procesów' }).first().click();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('link', { name: 'Dodaj proces' }).count()).toBe(0);
    await page.goto(processUrl);
    await page.getByText('Możesz przeglądać ten proces; zmieniać go może tylko jego właściciel procesu.').waitFor();
    expect(await page.getByRole('button', { name: 'Zapisz' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Dodaj okres pomiaru' }).count()).toBe(0);
    await expectAccessible('process-read-only');
  });
});
