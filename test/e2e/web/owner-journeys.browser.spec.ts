import path from 'node:path';
import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { browserJourney, waitUntil } from '../../helpers/browser.js';

const ROAD_TRAFFIC = path.resolve('../shared/data/roadtraffic100traces.xes');
const OWNER = DEMO_USERS.find((user) => user.role === Role.PROCESS_OWNER)!;
const MANAGER = DEMO_USERS.find((user) => user.role === Role.MANAGER)!;

/**
 * The process owner's journeys in a real Chromium against the real server and PostgreSQL:
 * sign in, create a process with steps, measure it, import a real event log and a broken file,
 * in Polish and in English, each screen checked by axe and photographed.
 */
describe('web app: a process owner in a real browser', () => {
  const journey = browserJourney();
  let processUrl: string;
  let periodUrl: string;

  it('sends an anonymous visitor to sign-in in Polish, signs in by keyboard alone and returns to the address asked for', async () => {
    await journey.page.goto(`${journey.served.baseUrl}/processes?category=INVOICE_PROCESSING`);
    await journey.page.waitForURL(/\/sign-in\?next=/);
    expect(await journey.page.getAttribute('html', 'lang')).toBe('pl');
    await expect(journey.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Logowanie');
    await journey.expectAccessible('sign-in');

    await journey.page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(journey.page.locator('.error-summary').textContent()).resolves.toContain('Wpisz adres e-mail');
    await journey.page.getByLabel('E-mail').focus();
    await journey.page.keyboard.type(OWNER.email);
    await journey.page.keyboard.press('Tab');
    await journey.page.keyboard.type(OWNER.password);
    await journey.page.keyboard.press('Enter');
    await journey.page.waitForURL(`${journey.served.baseUrl}/processes?category=INVOICE_PROCESSING`);
    await journey.page.getByRole('link', { name: /Incoming invoice registration/ }).waitFor();
    await expect(journey.page.locator('.account-roles').textContent()).resolves.toContain('właściciel procesu');
  });

  it('lists the inventory with filters in the address, and pages', async () => {
    await journey.page.goto(`${journey.served.baseUrl}/processes`);
    await journey.page.getByRole('table').waitFor();
    expect(await journey.page.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
    await journey.page.getByLabel('Szukaj w nazwie lub opisie').fill('invoice');
    await journey.page.getByRole('button', { name: 'Pokaż' }).click();
    await journey.page.waitForURL(/q=invoice/);
    await waitUntil(async () => (await journey.page.locator('tbody tr').count()) < 12, 'the search narrows the list');
    await journey.page.getByRole('link', { name: /Incoming invoice registration/ }).waitFor();
    await journey.page.getByLabel('Wydział').selectOption({ label: 'Wydział Finansowo-Księgowy' });
    await journey.page.getByRole('button', { name: 'Pokaż' }).click();
    await journey.page.waitForURL(/department=/);
    await waitUntil(async () => (await journey.page.locator('tbody tr').count()) === 1, 'one process is left');
    // The filtered address survives a reload.
    await journey.page.reload();
    await journey.page.getByRole('link', { name: /Incoming invoice registration/ }).waitFor();
    expect(await journey.page.locator('tbody tr').count()).toBe(1);
    await journey.expectAccessible('processes');
  });

  it('creates a process with three steps, shows the server refusal at the field, and saves once fixed', async () => {
    await journey.page.goto(`${journey.served.baseUrl}/processes`);
    await journey.page.getByRole('link', { name: 'Dodaj proces' }).click();
    await journey.page.waitForURL(/\/processes\/new$/);
    await journey.page.getByLabel('Nazwa procesu').fill('Wydawanie zaświadczeń o zameldowaniu');
    await journey.page.getByLabel('Kategoria').selectOption('CORRESPONDENCE');
    for (let index = 0; index < 3; index += 1) await journey.page.getByRole('button', { name: 'Dodaj krok' }).click();
    const steps = [
      { name: 'Przyjęcie wniosku z ePUAP', minutes: '3', inputType: 'STRUCTURED_DIGITAL', ruleBased: true },
      { name: '', minutes: '6,5', inputType: 'PAPER', ruleBased: false },
      { name: 'Wysyłka zaświadczenia', minutes: '2', inputType: 'STRUCTURED_DIGITAL', ruleBased: true },
    ];
    for (const [index, step] of steps.entries()) {
      await journey.page.locator(`#step-${index}-name`).fill(step.name);
      await journey.page.locator(`#step-${index}-minutesPerCase`).fill(step.minutes);
      await journey.page.locator(`#step-${index}-inputType`).selectOption(step.inputType);
      if (step.ruleBased) await journey.page.locator(`#step-${index}-ruleBased`).check();
    }
    // The automatable share follows the steps as typed: 5 of 11.5 minutes.
    await expect(journey.page.locator('.automatable-share').textContent()).resolves.toContain('43,5%');

    await journey.page.getByRole('button', { name: 'Zapisz' }).click();
    const fieldError = journey.page.locator('#step-1-name-error');
    await fieldError.waitFor();
    await expect(fieldError.textContent()).resolves.toMatch(/name/);
    await expect(journey.page.locator('.error-summary').textContent()).resolves.toContain('Popraw błędy w formularzu');
    expect(await journey.page.locator('#step-1-name').getAttribute('aria-invalid')).toBe('true');
    await journey.expectAccessible('process-new-errors');

    // The summary links to the field; the keyboard lands there.
    await journey.page.locator('.error-summary a').first().click();
    expect(await journey.page.evaluate<string>('document.activeElement.id')).toBe('step-1-name');
    await journey.page.keyboard.type('Sprawdzenie w rejestrze mieszkańców');
    await journey.page.getByRole('button', { name: 'Zapisz' }).click();
    await journey.page.getByText('Dodano proces.').waitFor();
    await journey.page.waitForURL(/\/processes\/[0-9a-f-]{36}$/);
    processUrl = journey.page.url();
    expect(await journey.page.locator('#step-1-name').inputValue()).toBe('Sprawdzenie w rejestrze mieszkańców');
    await journey.expectAccessible('process-edit');
  });

  it('reorders steps with the keyboard and keeps the new order after saving and reloading', async () => {
    await journey.page.locator('#step-2-up').focus();
    await journey.page.keyboard.press('Enter');
    expect(await journey.page.locator('#step-1-name').inputValue()).toBe('Wysyłka zaświadczenia');
    await expect(journey.page.locator('[role=status]').filter({ hasText: 'pozycji 2' }).count()).resolves.toBe(1);
    // And by mouse: the first step's handle dragged onto the last step (both on screen at once:
    // a drag that scrolls the page between press and release starts from the wrong element).
    await journey.page.setViewportSize({ width: 1280, height: 2400 });
    await journey.page.locator('.step .drag-handle').first().dragTo(journey.page.locator('.step legend').last());
    await journey.page.setViewportSize({ width: 1280, height: 800 });
    expect(await journey.page.locator('#step-2-name').inputValue()).toBe('Przyjęcie wniosku z ePUAP');
    await journey.page.getByRole('button', { name: 'Zapisz' }).click();
    await journey.page.getByText('Zapisano.').waitFor();
    await journey.page.reload();
    await journey.page.locator('#step-1-name').waitFor();
    const names = await journey.page.locator('.step input[id$="-name"]').evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));
    expect(names).toEqual(['Wysyłka zaświadczenia', 'Sprawdzenie w rejestrze mieszkańców', 'Przyjęcie wniosku z ePUAP']);
  });

  it('says when someone else changed the process meanwhile, and keeps what was typed', async () => {
    const login = await journey.served.graphql<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: OWNER.email, password: OWNER.password } },
    );
    const processId = processUrl.split('/').pop()!;
    const current = await journey.served.graphql<{ process: { version: number } }>('query ($id: ID!) { process(id: $id) { version } }', { id: processId }, login.data!.login.accessToken);
    await journey.served.graphql(
      'mutation ($id: ID!, $input: UpdateProcessInput!) { updateProcess(id: $id, input: $input) { version } }',
      { id: processId, input: { version: current.data!.process.version, ownerContact: 'inny@zielonogrod.example' } },
      login.data!.login.accessToken,
    );
    await journey.page.getByLabel('Opis').fill('Opis wpisany w przeglądarce');
    await journey.page.getByRole('button', { name: 'Zapisz' }).click();
    await journey.page.getByText(/Ktoś inny zmienił ten proces/).waitFor();
    expect(await journey.page.getByLabel('Opis').inputValue()).toBe('Opis wpisany w przeglądarce');
    await journey.expectAccessible('process-conflict');
    await journey.page.getByRole('button', { name: 'Wczytaj aktualną wersję' }).click();
    await waitUntil(async () => (await journey.page.getByLabel('Kontakt do właściciela procesu').inputValue()) === 'inny@zielonogrod.example', 'the current version is shown');
  });

  it('opens a BASELINE period, imports the real road-traffic log with a moving progress bar, and reads 100 cases and a 253-day median lead time', async () => {
    await journey.page.getByRole('link', { name: 'Dodaj okres pomiaru' }).click();
    await journey.page.waitForURL(/\/periods\/new$/);
    await journey.page.getByLabel('Rodzaj okresu').selectOption('BASELINE');
    await journey.page.getByLabel('Nazwa okresu').fill('Mandaty 2000–2013');
    await journey.page.getByLabel('Pierwszy dzień').fill('2000-01-01');
    await journey.page.getByLabel('Ostatni dzień').fill('2013-12-31');
    await journey.expectAccessible('period-new');
    await journey.page.getByRole('button', { name: 'Zapisz' }).click();
    await journey.page.waitForURL(/\/periods\/[0-9a-f-]{36}$/);
    periodUrl = journey.page.url();
    await journey.page.getByText('W tym okresie nie ma jeszcze importów.').waitFor();

    await journey.page.locator('#import-file').setInputFiles(ROAD_TRAFFIC);
    await journey.page.getByText('Wybrany plik: roadtraffic100traces.xes', { exact: false }).waitFor();
    await expect(journey.page.locator('#import-format').inputValue()).resolves.toBe('XES');
    // Slow the upload down so the progress bar can be seen moving (218 kB at 64 kB/s).
    const cdp = await journey.context.newCDPSession(journey.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 64 * 1024 });
    await journey.page.getByRole('button', { name: 'Importuj' }).click();
    const seen = new Set<number>();
    const progress = journey.page.locator('#import-progress');
    await progress.waitFor();
    while (!(await journey.page.getByText(/Zaimportowano:/).count())) {
      const value = Number(await progress.getAttribute('value'));
      const max = Number(await progress.getAttribute('max'));
      if (value > 0 && value < max) seen.add(value);
      await journey.page.waitForTimeout(100);
    }
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(seen.size).toBeGreaterThanOrEqual(2);
    await expect(journey.page.getByText(/Zaimportowano:/).textContent()).resolves.toMatch(/390 wierszy, 100 spraw/);

    await journey.page.locator('[data-figure=cases]').waitFor();
    await expect(journey.page.locator('[data-figure=cases]').textContent()).resolves.toBe('100');
    await expect(journey.page.locator('[data-figure="figures.leadTime"] [data-figure=median]').textContent()).resolves.toMatch(/^253(,0)? dni$/);
    await journey.expectAccessible('period-figures');
  });

  it('refuses a broken file with its line number and leaves the period unchanged', async () => {
    const broken = ['case_ref,handling_minutes', 'A-1,5', 'A-2,minus pięć', 'A-3,4'].join('\n');
    await journey.page.locator('#import-file').setInputFiles({ name: 'zepsuty.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await journey.page.getByText('Wybrany plik: zepsuty.csv', { exact: false }).waitFor();
    await expect(journey.page.locator('#import-format').inputValue()).resolves.toBe('CASE_CSV');
    await journey.page.getByRole('button', { name: 'Importuj' }).click();
    const errors = journey.page.locator('.import-errors');
    await errors.waitFor();
    await expect(errors.textContent()).resolves.toContain('Nie zaimportowano pliku. Okres pozostał bez zmian.');
    await expect(errors.locator('li').first().textContent()).resolves.toMatch(/^Wiersz 3, kolumna handling_minutes: /);
    await journey.expectAccessible('period-import-error');
    await journey.page.reload();
    await journey.page.locator('[data-figure=cases]').waitFor();
    await expect(journey.page.locator('[data-figure=cases]').textContent()).resolves.toBe('100');
    expect(await journey.page.locator('section[aria-labelledby=history-heading] tbody tr').count()).toBe(1);
  });

  it('shows the same screen in English after the switch, remembered across a reload', async () => {
    await journey.page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await journey.page.getAttribute('html', 'lang')).toBe('en');
    await expect(journey.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Measurement period: Mandaty 2000–2013');
    await journey.page.reload();
    await journey.page.getByRole('heading', { name: 'Baseline figures' }).waitFor();
    expect(await journey.page.getAttribute('html', 'lang')).toBe('en');
    await expect(journey.page.locator('[data-figure="figures.leadTime"] [data-figure=median]').textContent()).resolves.toMatch(/^253(\.0)? days$/);
    await journey.expectAccessible('period-figures');
    await journey.page.goto(processUrl);
    await journey.page.getByRole('heading', { name: /^Process: / }).waitFor();
    await journey.expectAccessible('process-edit');
    await journey.page.goto(`${journey.served.baseUrl}/processes`);
    await journey.page.getByRole('table').waitFor();
    await journey.expectAccessible('processes');
    await journey.page.goto(`${journey.served.baseUrl}/processes/new`);
    await journey.page.getByRole('heading', { name: 'New process' }).waitFor();
    await journey.expectAccessible('process-new');
    await journey.page.goto(`${journey.served.baseUrl}/no-such-screen`);
    await journey.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await journey.expectAccessible('not-found');
    await journey.page.getByRole('button', { name: 'Przełącz na język polski' }).click();
    expect(await journey.page.getAttribute('html', 'lang')).toBe('pl');
  });

  it('offers a column mapping for a CSV whose header does not match, with standard event-log names mapped automatically', async () => {
    await journey.page.goto(periodUrl);
    await journey.page.locator('#import-file').waitFor();
    const csv = ['Sprawa;Czynność;time:timestamp;lifecycle:transition', 'S-1;Wpływ;2005-01-03T08:00:00+01:00;complete', 'S-1;Decyzja;2005-01-20T08:00:00+01:00;complete'].join('\n');
    await journey.page.locator('#import-file').setInputFiles({ name: 'dziennik.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await journey.page.locator('#import-format').selectOption('EVENT_CSV');
    await journey.page.locator('#map-case_ref').waitFor();
    expect(await journey.page.locator('#map-occurred_at').inputValue()).toBe('time:timestamp');
    expect(await journey.page.locator('#map-lifecycle').inputValue()).toBe('lifecycle:transition');
    expect(await journey.page.locator('#map-case_ref').inputValue()).toBe('');
    await journey.expectAccessible('period-import-mapping');
    await journey.page.locator('#map-case_ref').selectOption('Sprawa');
    await journey.page.locator('#map-activity').selectOption('Czynność');
    await journey.page.getByRole('button', { name: 'Importuj' }).click();
    await journey.page.getByText(/Zaimportowano: 2 wierszy, 1 spraw/).waitFor();
    // The history is read again after the import: it shows both once that answer arrives.
    await waitUntil(async () => (await journey.page.locator('section[aria-labelledby=history-heading] tbody tr').count()) === 2, 'the history lists both imports');
  });

  it('edits a period, and deletes one only after confirming', async () => {
    await journey.page.goto(periodUrl);
    await journey.page.getByLabel('Godziny obsługi klientów w tygodniu').fill('37,5');
    await journey.page.getByRole('button', { name: 'Zapisz' }).click();
    await journey.page.getByText('Zapisano.').waitFor();
    await journey.page.reload();
    await waitUntil(async () => (await journey.page.getByLabel('Godziny obsługi klientów w tygodniu').inputValue()) === '37,5', 'the saved hours are read back');

    await journey.page.goto(`${processUrl}/periods/new`);
    await journey.page.getByLabel('Rodzaj okresu').selectOption('AFTER');
    await journey.page.getByLabel('Nazwa okresu').fill('Pilotaż do usunięcia');
    await journey.page.getByLabel('Pierwszy dzień').fill('2026-01-01');
    await journey.page.getByLabel('Ostatni dzień').fill('2026-03-31');
    await journey.page.getByRole('button', { name: 'Zapisz' }).click();
    await journey.page.waitForURL(/\/periods\/[0-9a-f-]{36}$/);
    await journey.page.getByRole('button', { name: 'Usuń' }).first().click();
    await journey.page.getByText('Czy na pewno usunąć „Pilotaż do usunięcia”? Tej operacji nie można cofnąć.').waitFor();
    await journey.expectAccessible('period-delete-confirm');
    await journey.page.getByRole('button', { name: 'Tak, usuń' }).click();
    await journey.page.waitForURL(processUrl);
    await journey.page.getByRole('heading', { name: 'Okresy pomiaru' }).waitFor();
    expect(await journey.page.getByRole('link', { name: 'Pilotaż do usunięcia' }).count()).toBe(0);
    expect(await journey.page.getByRole('link', { name: 'Mandaty 2000–2013' }).count()).toBe(1);
  });

  it('returns to sign-in with a message when the session is refused, and back to the address after signing in', async () => {
    await journey.page.goto(periodUrl);
    await journey.page.getByRole('heading', { name: /^Okres pomiaru/ }).waitFor();
    const refused = {
      accessToken: 'revoked',
      refreshToken: `rs_${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}_${'A'.repeat(43)}`,
      sessionId: '00000000-0000-0000-0000-000000000000',
      accessExpiresAt: Date.parse('2099-01-01T00:00:00Z'),
      idleExpiresAt: Date.parse('2099-01-01T00:00:00Z'),
      sessionExpiresAt: Date.parse('2099-01-01T00:00:00Z'),
      clockOffsetMs: 0,
    };
    await journey.page.evaluate(`sessionStorage.setItem('rpa-readiness.session', '${JSON.stringify(refused)}')`);
    await journey.page.reload();
    await journey.page.waitForURL(/\/sign-in\?next=/);
    await journey.page.getByText(/^Twoja sesja wygasła lub została zakończona\. Zaloguj się ponownie/).waitFor();
    await journey.expectAccessible('sign-in-expired');
    await journey.page.getByLabel('E-mail').fill(OWNER.email);
    await journey.page.getByLabel('Hasło').fill(OWNER.password);
    await journey.page.getByRole('button', { name: 'Zaloguj się' }).click();
    await journey.page.waitForURL(periodUrl);
    await journey.page.getByRole('button', { name: 'Wyloguj się' }).click();
    await journey.page.getByText('Wylogowano.').waitFor();
  });

  it('shows a manager the inventory without the process owner actions', async () => {
    await journey.page.getByLabel('E-mail').fill(MANAGER.email);
    await journey.page.getByLabel('Hasło').fill(MANAGER.password);
    await journey.page.getByRole('button', { name: 'Zaloguj się' }).click();
    // Back where the previous user signed out; a manager reads the period but cannot import.
    await journey.page.waitForURL(periodUrl);
    await journey.page.getByRole('heading', { name: 'Wskaźniki bazowe' }).waitFor();
    expect(await journey.page.getByRole('heading', { name: 'Import danych' }).count()).toBe(0);
    await expect(journey.page.locator('.account-roles').textContent()).resolves.toContain('kierownik');
    await journey.page.getByRole('link', { name: 'Rejestr procesów' }).first().click();
    // The period stays on screen until the inventory's data is in; then the inventory replaces it.
    await journey.page.getByRole('heading', { level: 1, name: 'Rejestr procesów' }).waitFor();
    await journey.page.getByRole('table').waitFor();
    expect(await journey.page.getByRole('link', { name: 'Dodaj proces' }).count()).toBe(0);
    await journey.page.goto(processUrl);
    await journey.page.getByText('Możesz przeglądać ten proces; zmieniać go może tylko jego właściciel procesu.').waitFor();
    expect(await journey.page.getByRole('button', { name: 'Zapisz' }).count()).toBe(0);
    expect(await journey.page.getByRole('link', { name: 'Dodaj okres pomiaru' }).count()).toBe(0);
    await journey.expectAccessible('process-read-only');
  });
});
