import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { Role } from '../../../src/auth/domain/role.js';
import { DEMO_USERS } from '../../../src/database/demo/demo-users.js';
import { browserJourney, waitUntil } from '../../helpers/browser.js';
import { readPdf } from '../../helpers/pdf.js';

const MANAGER = DEMO_USERS.find((user) => user.role === Role.MANAGER)!;
const OWNER = DEMO_USERS.find((user) => user.role === Role.PROCESS_OWNER)!;

/** A manager's ranking and what-if in a real Chromium; an owner reads them without the levers. */
describe('web app: a manager in a real browser', () => {
  const journey = browserJourney();

  it('filters the ranking to quick wins, with one NPV range bar per row', async () => {
    await journey.signIn(MANAGER, '/ranking');
    await journey.page.getByRole('table').waitFor();
    await journey.page.getByLabel('Ćwiartka').selectOption('QUICK_WIN');
    await journey.page.getByRole('button', { name: 'Pokaż' }).click();
    await journey.page.waitForURL(/quadrant=QUICK_WIN/);
    await journey.page.getByRole('link', { name: 'Incoming invoice registration and posting', exact: true }).waitFor();
    const rows = journey.page.locator('tbody tr');
    await waitUntil(async () => (await journey.page.locator('svg.npv-range-bar').count()) === (await rows.count()), 'every row has its range bar');
    for (const quadrant of await rows.locator('td:nth-child(3)').allTextContents()) expect(quadrant).toBe('szybki efekt');
    // The server's sentences are English: on a Polish page they say so (WCAG 3.1.2, language of parts).
    expect(await journey.page.locator('html').getAttribute('lang')).toBe('pl');
    expect(await rows.locator('p.explanation[lang="en"]').count()).toBe(await rows.count());

    // The quadrant chart: a bubble per row, placed by its AP (across) and EI (up).
    const bubbles = journey.page.locator('.quadrant-chart__bubble');
    await waitUntil(async () => (await bubbles.count()) === (await rows.count()), 'every row has its bubble');
    const placed = await Promise.all(
      (await bubbles.all()).map(async (bubble) => ({
        ap: Number(await bubble.getAttribute('data-ap')),
        ei: Number(await bubble.getAttribute('data-ei')),
        box: (await bubble.boundingBox())!,
      })),
    );
    for (const a of placed) {
      for (const b of placed) {
        if (a.ap > b.ap) expect(a.box.x + a.box.width / 2).toBeGreaterThan(b.box.x + b.box.width / 2);
        if (a.ei > b.ei) expect(a.box.y + a.box.height / 2).toBeLessThan(b.box.y + b.box.height / 2);
      }
    }
    await bubbles.first().focus();
    await journey.page.locator('.quadrant-chart__tip').waitFor();
    await journey.expectAccessible('ranking');
  });

  it('exports the filtered ranking as a workbook whose cells equal the API figures, and as CSV', async () => {
    const [download] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Eksportuj do XLSX' }).click()]);
    expect(download.suggestedFilename()).toBe('ranking-kandydatow.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['Miejsce', 'Proces']);
    const column = (name: string) => header.indexOf(name) + 1;
    const token = await journey.apiToken(MANAGER);
    const api = await journey.served.graphql<{ candidateRanking: { edges: { node: { rank: number; processName: string; npv: { p10: string; p50: string; p90: string }; hoursSaved: { p50: number } } }[] } }>(
      '{ candidateRanking(first: 100, filter: { quadrant: QUICK_WIN }) { edges { node { rank processName npv { p10 p50 p90 } hoursSaved { p50 } } } } }',
      {},
      token,
    );
    const expected = api.data!.candidateRanking.edges.map(({ node }) => [node.rank, node.processName, Number(node.npv.p10), Number(node.npv.p50), Number(node.npv.p90), node.hoursSaved.p50]);
    const cells = [];
    for (let row = 2; row <= sheet.rowCount; row += 1) {
      const cell = (name: string) => sheet.getRow(row).getCell(column(name)).value;
      cells.push([cell('Miejsce'), cell('Proces'), cell('NPV P10'), cell('NPV P50'), cell('NPV P90'), cell('Zaoszczędzone godziny rocznie (P50)')]);
    }
    expect(cells).toEqual(expected);
    expect(sheet.getRow(2).getCell(column('NPV P50')).numFmt).toBe('#,##0.00 "zł"');

    const [csv] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Eksportuj do CSV' }).click()]);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFMiejsce,Proces,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(expected.length + 1);

    // The council's PDF of the same view: its quick wins, nothing else.
    const [report] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: /^Raport PDF: 20 najlepszych/ }).click()]);
    expect(report.suggestedFilename()).toMatch(/^ranking-\d{7}-pl\.pdf$/);
    const pdf = (await readPdf(await readFile(await report.path()), 'ranking-from-web')).join('\n');
    expect(pdf).toContain('Ćwiartka: szybki efekt');
    for (const [, name] of expected) expect(pdf).toContain(String(name).slice(0, 25));
  });

  it('tries a dearer licence in what-if, sees the NPV range move, saves it, and the ranking shows it', async () => {
    await journey.page.getByRole('link', { name: 'Incoming invoice registration and posting', exact: true }).click();
    await journey.page.getByRole('heading', { name: 'Symulacja „co jeśli”' }).waitFor();
    await journey.page.locator('.npv-histogram svg').first().waitFor();
    const [assessment] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Pobierz pełną ocenę (JSON)' }).click()]);
    const stored = JSON.parse(await readFile(await assessment.path(), 'utf8')) as { candidate: { processName: string }; inputs: unknown; result: unknown };
    expect(stored.candidate.processName).toBe('Incoming invoice registration and posting');
    expect(stored.inputs).toBeTruthy();
    const before = await journey.page.locator('[data-figure="npv-p50"]').first().textContent();
    await journey.expectAccessible('candidate');

    await journey.page.getByLabel('Licencja robota rocznie (zł)').fill('90000');
    await journey.page.getByRole('button', { name: 'Przelicz' }).click();
    const trial = journey.page.locator('.whatif-result [data-figure="npv-p50"]');
    await trial.waitFor();
    const after = await trial.textContent();
    const amount = (text: string | null) => Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'));
    expect(amount(after)).toBeLessThan(amount(before));
    expect(await journey.page.locator('.npv-histogram svg').count()).toBe(2);
    await journey.expectAccessible('candidate-what-if');

    await journey.page.getByRole('button', { name: 'Zapisz jako scenariusz procesu' }).click();
    await journey.page.getByText('Zapisano scenariusz procesu; ranking przeliczono.').waitFor();
    const token = await journey.apiToken(MANAGER);
    const ranking = await journey.served.graphql<{ candidateRanking: { edges: { node: { processName: string; display: { npv: { p50: number } } } }[] } }>(
      '{ candidateRanking(first: 50) { edges { node { processName display { npv { p50 } } } } } }',
      {},
      token,
    );
    const invoices = ranking.data!.candidateRanking.edges.find((edge) => edge.node.processName.startsWith('Incoming invoice'))!.node;
    await journey.page.getByRole('link', { name: 'Ranking kandydatów' }).first().click();
    await journey.page.getByRole('table').waitFor();
    const row = journey.page.locator('tbody tr', { has: journey.page.getByRole('link', { name: 'Incoming invoice registration and posting', exact: true }) });
    await expect(row.locator('[data-figure="npv-p50"]').textContent()).resolves.toBe(
      new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN', useGrouping: 'always', maximumFractionDigits: 0 }).format(invoices.display.npv.p50),
    );
  });

  it('sums the top candidates, or a hand-made selection, as a portfolio', async () => {
    await journey.page.getByRole('link', { name: 'Portfel' }).click();
    await journey.page.getByLabel('Ilu najlepszych kandydatów').fill('3');
    await journey.page.getByRole('button', { name: 'Oblicz portfel' }).click();
    await journey.page.getByRole('heading', { name: 'Portfel 3 kandydatów' }).waitFor();
    const api = await journey.served.graphql<{ portfolioSummary: { display: { hoursSaved: { p50: number } } } }>(
      '{ portfolioSummary(top: 3) { display { hoursSaved { p50 } } } }',
      {},
      await journey.apiToken(MANAGER),
    );
    // The screen shows the figures rounded to their Monte Carlo standard error (display).
    await expect(journey.page.locator('[data-figure=portfolio-hours-p50]').textContent()).resolves.toBe(
      new Intl.NumberFormat('pl-PL', { useGrouping: 'always', maximumFractionDigits: 0 }).format(api.data!.portfolioSummary.display.hoursSaved.p50),
    );
    await journey.expectAccessible('portfolio');
    await journey.page.getByLabel('Wybrane ręcznie').check();
    await journey.page.getByLabel(/^1\. /).check();
    await journey.page.getByLabel(/^2\. /).check();
    await journey.page.getByRole('button', { name: 'Oblicz portfel' }).click();
    await journey.page.getByRole('heading', { name: 'Portfel 2 kandydatów' }).waitFor();
    await journey.expectAccessible('portfolio-chosen');
  });

  it('previews new readiness weights live and saves them; the office scenario is editable', async () => {
    await journey.page.getByRole('link', { name: 'Scenariusze i wagi' }).click();
    await journey.page.getByRole('heading', { name: 'Scenariusz urzędu' }).waitFor();
    const preview = journey.page.locator('tbody tr[data-process]');
    await waitUntil(async () => (await preview.count()) > 0, 'the preview shows the current order');
    await journey.page.getByLabel('dokumentacja').fill('10');
    await journey.page.getByLabel('stabilność').fill('0');
    // The preview follows the weights as typed: Ease of Implementation moves for the processes shown.
    const moved = async () =>
      (await preview.locator('[data-figure=ease-change]').allTextContents()).some((text) => {
        const [now, then] = text.split('→').map((part) => part.trim());
        return now !== then;
      });
    await waitUntil(moved, 'the preview follows the weights');
    expect(await preview.locator('[data-figure=rank-then]').allTextContents()).toEqual((await preview.locator('[data-figure=rank-then]').allTextContents()).map((_, index) => String(index + 1)));
    await journey.expectAccessible('scenarios');
    await journey.page.getByRole('button', { name: 'Zapisz wagi' }).click();
    await journey.page.getByText('Zapisano wagi; ranking przeliczono.').waitFor();
    const token = await journey.apiToken(MANAGER);
    const me = await journey.served.graphql<{ me: { memberships: { organizationId: string }[] } }>('{ me { memberships { organizationId } } }', {}, token);
    const weights = await journey.served.graphql<{ readinessWeights: { documentation: number; stability: number } }>(
      'query ($org: ID!) { readinessWeights(organizationId: $org) { documentation stability } }',
      { org: me.data!.me.memberships[0].organizationId },
      token,
    );
    expect(weights.data!.readinessWeights).toEqual({ documentation: 10, stability: 0 });
  });

  it('shows a process owner the ranking and candidates without the what-if levers, which the server refuses anyway', async () => {
    await journey.page.getByRole('button', { name: 'Wyloguj się' }).click();
    await journey.signIn(OWNER, '/ranking');
    await journey.page.getByRole('link', { name: 'Incoming invoice registration and posting', exact: true }).click();
    await journey.page.getByRole('heading', { name: 'Gotowość do automatyzacji' }).waitFor();
    expect(await journey.page.getByRole('heading', { name: 'Symulacja „co jeśli”' }).count()).toBe(0);
    const processId = journey.page.url().split('/').pop();
    const forced = await journey.served.graphql(
      'mutation ($p: ID!) { setProcessScenario(processId: $p, input: { botLicensePerYear: "1" }, version: 1) { version } }',
      { p: processId },
      await journey.apiToken(OWNER),
    );
    expect(forced.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await journey.page.getByRole('link', { name: 'Scenariusze i wagi' }).click();
    await journey.page.getByText('Możesz przeglądać scenariusze; zmieniać je może kierownik lub administrator.').waitFor();
    expect(await journey.page.getByRole('button', { name: /^Zapisz/ }).count()).toBe(0);
    await journey.page.getByRole('link', { name: 'Ranking kandydatów' }).first().click();
    await journey.page.getByRole('table').waitFor();
    await journey.page.getByRole('link', { name: 'Incoming invoice registration and posting', exact: true }).click();
    await journey.page.getByRole('button', { name: 'English' }).click();
    await journey.page.getByRole('heading', { name: 'Readiness for automation' }).waitFor();
    await journey.expectAccessible('candidate');
    await journey.page.goto(`${journey.served.baseUrl}/ranking`);
    await journey.page.getByRole('table').waitFor();
    await journey.expectAccessible('ranking');
    await journey.page.getByRole('button', { name: 'Polski' }).click();
  });
});
