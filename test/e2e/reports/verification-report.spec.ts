import ExcelJS from 'exceljs';
import { Role } from '../../../src/auth/domain/role.js';
import { reportWords } from '../../../src/reports/report-texts.js';
import { readPdf, sha256, spaced } from '../../helpers/pdf.js';
import { demoTokens, seedDemo, startTestApp, type TestApp } from '../../helpers/test-app.js';

interface ApiCheck {
  processName: string;
  exPost: { verdict: string; estimate: number | null; lower: number | null; upper: number | null; baselineSampleSize: number; afterSampleSize: number };
}

describe('reports: a verification as a PDF an auditor can file, and as tables', () => {
  let t: TestApp;
  let tokens: Partial<Record<Role, string>> = {};
  let verificationId: string;
  let checks: ApiCheck[];

  const download = (id: string, format: string, query: string, token: string | undefined) =>
    t.app.inject({ method: 'GET', url: `/reports/verifications/${id}.${format}${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestApp({}, { embedded: true });
    await seedDemo(t);
    tokens = await demoTokens(t, [Role.AUDITOR, Role.MANAGER, Role.PROCESS_OWNER]);
    const claims = await t.graphql<{ claims: { edges: { node: { statement: string; verifications: { id: string; checks: ApiCheck[] }[] } }[] } }>(
      `{ claims(first: 10) { edges { node { statement verifications { id checks { processName
          exPost { verdict estimate lower upper baselineSampleSize afterSampleSize } } } } } } }`,
      {},
      tokens[Role.AUDITOR],
    );
    const handling = claims.data!.claims.edges.find((edge) => edge.node.statement === '-50% handling time')!.node;
    verificationId = handling.verifications[0].id;
    checks = handling.verifications[0].checks;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('writes the claim, verdicts and figures the API returns, in Polish with its letters, the same bytes every time', async () => {
    const first = await download(verificationId, 'pdf', '?lang=pl', tokens[Role.AUDITOR]);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    const bytes = first.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const again = await download(verificationId, 'pdf', '?lang=pl', tokens[Role.AUDITOR]);
    expect(sha256(again.rawPayload)).toBe(sha256(bytes));

    const text = (await readPdf(bytes, 'verification-pl')).join('\n');
    const words = reportWords('pl');
    expect(text).toContain('Sprawdzenie deklaracji dostawcy');
    expect(text).toMatch(/Urząd: [^:]*Zielonogród[^:]* Kod TERYT: \d{7}/);
    const invoices = checks.find((check) => check.processName === 'Incoming invoice registration and posting')!;
    expect(invoices.exPost.verdict).toBe('SUPPORTED');
    expect(text).toContain('potwierdzona');
    // The demo pilot's figures as an auditor reads them, written out by hand (not by the code under test).
    expect(text).toContain(`Incoming invoice registration and posting potwierdzona +55,0% +54,8% … +55,3% 22 000 / 9 000`);
    for (const check of checks) {
      expect(text).toContain(check.processName.slice(0, 30));
      if (check.exPost.estimate !== null) expect(text).toContain(spaced(words.signedPercent(check.exPost.estimate)));
      expect(text).toContain(spaced(`${words.integer(check.exPost.baselineSampleSize)} / ${words.integer(check.exPost.afterSampleSize)}`));
    }
    // Diacritics come out as letters, not as missing glyphs.
    expect(text).toMatch(/Pochodzenie danych/);
    expect(text).toMatch(/[ąćęłńóśźż]/);
    expect(text).toMatch(/SHA-256 zapisanych danych wejściowych: [0-9a-f]{64}/);
  });

  it('speaks English when asked, to every member of the office', async () => {
    for (const role of [Role.MANAGER, Role.PROCESS_OWNER]) {
      const response = await download(verificationId, 'pdf', '?lang=en', tokens[role]);
      expect(response.statusCode).toBe(200);
    }
    const text = (await readPdf((await download(verificationId, 'pdf', '?lang=en', tokens[Role.AUDITOR])).rawPayload, 'verification-en')).join('\n');
    expect(text).toContain('Verification of a vendor claim');
    expect(text).toContain('Incoming invoice registration and posting supported +55.0% +54.8% … +55.3% 22,000 / 9,000');
    expect(text).toContain(spaced(reportWords('en').signedPercent(checks.find((check) => check.exPost.estimate !== null)!.exPost.estimate)));
  });

  it('gives the same figures as CSV (UTF-8) and as a workbook with numbers as numbers', async () => {
    const csv = await download(verificationId, 'csv', '', tokens[Role.AUDITOR]);
    expect(csv.statusCode).toBe(200);
    expect(sha256((await download(verificationId, 'csv', '', tokens[Role.AUDITOR])).rawPayload)).toBe(sha256(csv.rawPayload));
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.payload.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(checks.length + 1);
    // Full precision, decimal points, the Polish verdict.
    expect(lines.find((line) => line.startsWith('Incoming invoice'))).toMatch(/^Incoming invoice registration and posting,potwierdzona,0\.5504719566\d*,0\.5482299269\d*,0\.5527028597\d*,22000,9000,/);
    const xlsx = await download(verificationId, 'xlsx', '?lang=en', tokens[Role.AUDITOR]);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(checks.length + 1);
    for (let row = 2; row <= sheet.rowCount; row += 1) {
      const check = checks.find((candidate) => candidate.processName === sheet.getCell(row, 1).value)!;
      expect([3, 4, 5, 6, 7].map((column) => sheet.getCell(row, column).value)).toEqual([
        check.exPost.estimate,
        check.exPost.lower,
        check.exPost.upper,
        check.exPost.baselineSampleSize,
        check.exPost.afterSampleSize,
      ]);
    }
  });

  it('refuses what it cannot answer with a 4xx and a sentence, and writes nothing', async () => {
    const counts = async () => (await t.owner.query<{ n: string }>('SELECT (SELECT count(*) FROM claim_verification) + (SELECT count(*) FROM audit_log) AS n')).rows[0].n;
    const otherOffice = await t.createOrganization('Gmina Obca', '9999999');
    const stranger = await t.createUser([{ organizationId: otherOffice, role: Role.AUDITOR }]);
    const before = await counts();
    const cases: [string, string, string, string | undefined, number, string][] = [
      [verificationId, 'pdf', '', stranger.token, 404, 'NOT_FOUND'],
      ['00000000-0000-4000-8000-000000000000', 'pdf', '', tokens[Role.AUDITOR], 404, 'NOT_FOUND'],
      ['not-an-id', 'pdf', '', tokens[Role.AUDITOR], 404, 'NOT_FOUND'],
      [verificationId, 'pdf', '?lang=de', tokens[Role.AUDITOR], 400, 'BAD_USER_INPUT'],
      [verificationId, 'docx', '', tokens[Role.AUDITOR], 400, 'BAD_USER_INPUT'],
      [verificationId, 'pdf', '', undefined, 401, 'UNAUTHENTICATED'],
    ];
    for (const [id, format, query, token, status, code] of cases) {
      const response = await download(id, format, query, token);
      expect({ id, format, query, status: response.statusCode }).toEqual({ id, format, query, status });
      const body = JSON.parse(response.payload) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe(code);
      expect(body.errors[0].message).not.toMatch(/undefined/);
    }
    expect(await counts()).toBe(before);
  });
});
