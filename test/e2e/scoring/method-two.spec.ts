import { Role } from '../../../src/auth/domain/role.js';
import { refreshStaleBaselines } from '../../../src/measurements/baseline.calculator.js';
import { BASELINE_METHOD_VERSION } from '../../../src/measurements/domain/baseline-figures.js';
import { createDataSource } from '../../../src/database/data-source.js';
import { SCORING_METHOD_VERSION } from '../../../src/scoring/score-assembly.js';
import { scoreStaleProcesses } from '../../../src/scoring/score-refresh.js';
import { startTestApp, type TestApp, type TestUser } from '../../helpers/test-app.js';
import { uniqueTeryt } from '../../helpers/two-offices.js';

/*
 * Method 2 end to end, through GraphQL: savings-2 (no charge for nothing, forecasts from monthly
 * figures, payback percentiles, Monte Carlo standard errors), claims-2 (a shared trend, the
 * suggested control, the monthly difference in differences, the pilot plan), and results of the
 * older methods still readable, then upgraded at start-up.
 */
interface Candidate {
  processId: string;
  processName: string;
  candidate: boolean;
  notCandidateReason: string | null;
  npv: { p10: string; p50: string; p90: string };
  paybackMonths: number | null;
  payback: { p10: number | null; p50: number | null; p90: number | null } | null;
  standardErrors: { npv: { p50: number }; probabilityPositiveNpv: number } | null;
  display: { npv: { p10: number; p50: number; p90: number } };
  warnings: string[];
  methodVersion: string;
}
const CANDIDATE = `processId processName candidate notCandidateReason npv { p10 p50 p90 } paybackMonths payback { p10 p50 p90 }
  standardErrors { npv { p50 } probabilityPositiveNpv } display { npv { p10 p50 p90 } } warnings methodVersion`;
const RANKING = `query ($org: ID) { candidateRanking(organizationId: $org, first: 50) { edges { node { ${CANDIDATE} } } } }`;

const STRUCTURED = (name: string, minutes: number) => ({ name, minutesPerCase: minutes, ruleBased: true, inputType: 'STRUCTURED_DIGITAL' });
const PAPER = (name: string, minutes: number) => ({ name, minutesPerCase: minutes, ruleBased: false, inputType: 'PAPER' });

/** Month-to-month wobble, fixed so the test reads the same every time (about ±4%). */
const WOBBLE = [1.01, 0.96, 1.04, 0.99, 1.02, 0.97, 1.03, 0.98, 1.0, 1.04, 0.96, 1.0];

describe('method 2 through the API', () => {
  let t: TestApp;
  let organizationId: string;
  let owner: TestUser;
  let manager: TestUser;
  let auditor: TestUser;
  const ids: Record<string, string> = {};

  async function createProcess(name: string, category: string, attributes: Record<string, unknown>, steps: Record<string, unknown>[]): Promise<string> {
    const response = await t.graphql<{ createProcess: { id: string } }>(
      'mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }',
      { input: { organizationId, name, category, hourlyLabourCost: '62.00', costPerError: '45.00', exceptionRate: 0.1, ...attributes, steps } },
      owner.token,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.createProcess.id;
  }

  async function monthlyPeriod(processId: string, kind: 'BASELINE' | 'AFTER', year: number, months: number, minutesPerCase: number, shift = 0): Promise<string> {
    const period = await t.graphql<{ createMeasurementPeriod: { id: string } }>(
      'mutation ($input: CreateMeasurementPeriodInput!) { createMeasurementPeriod(input: $input) { id } }',
      { input: { processId, kind, label: `${kind} ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-${String(months).padStart(2, '0')}-${months === 6 ? 30 : 31}` } },
      owner.token,
    );
    if (period.errors) throw new Error(JSON.stringify(period.errors));
    const periodId = period.data!.createMeasurementPeriod.id;
    const rows = WOBBLE.slice(0, months).map((wobble, index) => {
      const cases = Math.round(1000 * wobble);
      return { month: `${year}-${String(index + 1).padStart(2, '0')}`, cases, handlingMinutes: Math.round(cases * minutesPerCase * WOBBLE[(index + 5 + shift) % 12] * 100) / 100, casesWithErrors: 40 };
    });
    const imported = await t.graphql('mutation ($input: ImportMonthlyTotalsInput!) { importMonthlyTotals(input: $input) { rows } }', { input: { periodId, months: rows } }, owner.token);
    if (imported.errors) throw new Error(JSON.stringify(imported.errors));
    return periodId;
  }

  const ranking = async () => {
    const response = await t.graphql<{ candidateRanking: { edges: { node: Candidate }[] } }>(RANKING, { org: organizationId }, manager.token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return new Map(response.data!.candidateRanking.edges.map((edge) => [edge.node.processName, edge.node]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    organizationId = await t.createOrganization('Gmina Metody Drugiej', uniqueTeryt());
    owner = await t.createUser([{ organizationId, role: Role.PROCESS_OWNER }]);
    manager = await t.createUser([{ organizationId, role: Role.MANAGER }]);
    auditor = await t.createUser([{ organizationId, role: Role.AUDITOR }]);
    const scenario = await t.graphql(
      `mutation ($org: ID!) { setOrganizationScenario(organizationId: $org, input: { botLicensePerYear: "20000", implementationCost: "80000", grantAmount: "50000" }) { version } }`,
      { org: organizationId },
      manager.token,
    );
    expect(scenario.errors).toBeUndefined();
    ids.invoices = await createProcess('Invoices', 'INVOICE_PROCESSING', { estimatedMonthlyVolume: 1000, estimatedHandlingMinutes: 9, estimatedErrorRate: 0.04 }, [
      STRUCTURED('Register', 6),
      PAPER('Check', 3),
    ]);
    ids.permit = await createProcess('Building permit', 'PERMITS', { estimatedMonthlyVolume: 40, estimatedHandlingMinutes: 240, estimatedErrorRate: 0.05 }, [PAPER('Assess', 240)]);
    ids.letters = await createProcess('Correspondence', 'CORRESPONDENCE', { estimatedMonthlyVolume: 3000, estimatedHandlingMinutes: 10.5, estimatedErrorRate: 0.02 }, [
      STRUCTURED('Log', 0.5),
      PAPER('Answer', 10),
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('charges nothing for a process with nothing worth automating, and says why', async () => {
    const scores = await ranking();
    expect(scores.get('Invoices')).toMatchObject({ candidate: true, notCandidateReason: null, methodVersion: SCORING_METHOD_VERSION });
    expect(scores.get('Building permit')).toMatchObject({ candidate: false, notCandidateReason: 'NO_AUTOMATABLE_WORK', npv: { p10: '0.00', p50: '0.00', p90: '0.00' }, paybackMonths: null });
    // h a = 10.5 x 0.5 / 10.5 = 0.5 minutes automated against 1 minute of supervision.
    expect(scores.get('Correspondence')).toMatchObject({ candidate: false, notCandidateReason: 'SUPERVISION_NOT_LESS_THAN_WORK' });
    expect(scores.get('Correspondence')!.warnings.join(' ')).toMatch(/not a candidate: supervising an automated case takes at least as long/);
  });

  it('gives payback percentiles, Monte Carlo standard errors and figures rounded to them', async () => {
    const invoices = (await ranking()).get('Invoices')!;
    expect(invoices.payback?.p50).toBeGreaterThan(0);
    expect(invoices.standardErrors!.npv.p50).toBeGreaterThan(0);
    const step = 10 ** Math.floor(Math.log10(invoices.standardErrors!.npv.p50));
    expect(Math.abs(invoices.display.npv.p50 - Number(invoices.npv.p50))).toBeLessThanOrEqual(step / 2 + 1e-9);
    expect(invoices.display.npv.p50 % step).toBe(0);
  });

  it('leaves processes that are no candidate out of a portfolio', async () => {
    const top = await t.graphql<{ portfolioSummary: { candidates: number; processIds: string[] } }>(
      '{ portfolioSummary(top: 3) { candidates processIds } }',
      {},
      manager.token,
    );
    expect(top.data?.portfolioSummary).toEqual({ candidates: 1, processIds: [ids.invoices] });
    const chosen = await t.graphql<{ portfolioSummary: { candidates: number; excludedProcessIds: string[] } }>(
      'query ($ids: [ID!]) { portfolioSummary(top: 3, processIds: $ids) { candidates excludedProcessIds } }',
      { ids: [ids.invoices, ids.permit] },
      manager.token,
    );
    expect(chosen.data?.portfolioSummary).toEqual({ candidates: 1, excludedProcessIds: [ids.permit] });
  });

  it('forecasts volume and handling time from a year of monthly figures and says so', async () => {
    await monthlyPeriod(ids.invoices, 'BASELINE', 2025, 12, 9);
    const response = await t.graphql<{ candidateAssessment: { result: { evidence: { annualVolume: { note: string; forecast: { model: string; months: number }; uncertainty: { kind: string } } } } } }>(
      'query ($id: ID!) { candidateAssessment(processId: $id) { result } }',
      { id: ids.invoices },
      manager.token,
    );
    const volume = response.data!.candidateAssessment.result.evidence.annualVolume;
    expect(volume.forecast).toMatchObject({ model: 'LEVEL', months: 12 });
    expect(volume.uncertainty.kind).toBe('FORECAST');
    expect(volume.note).toMatch(/forecast over 3 year\(s\) on the level of 12 whole months/);
  });

  it('tests a claim against a shared trend: warns and suggests a control, then finds no effect with it (claims-2)', async () => {
    // No robot anywhere: in 2026 the whole office handles cases 55% faster (a new records system).
    ids.peer = await createProcess('Invoices, second office', 'INVOICE_PROCESSING', { estimatedMonthlyVolume: 1000, estimatedHandlingMinutes: 9 }, [PAPER('Register', 9)]);
    await monthlyPeriod(ids.invoices, 'AFTER', 2026, 6, 9 * 0.45);
    await monthlyPeriod(ids.peer, 'BASELINE', 2025, 12, 9, 3);
    await monthlyPeriod(ids.peer, 'AFTER', 2026, 6, 9 * 0.45, 3);
    const created = await t.graphql<{ createVendorClaim: { id: string } }>(
      'mutation ($input: CreateVendorClaimInput!) { createVendorClaim(input: $input) { id } }',
      {
        input: {
          organizationId, vendor: 'Robo sp. z o.o.', metric: 'HANDLING_TIME', direction: 'DECREASE', magnitude: 0.5, scope: { kind: 'PROCESS', processId: ids.invoices },
          source: { title: 'Petition', date: '2026-03-01', reference: 'pismo 1/2026', quote: 'Czas obsługi krótszy o 50%.' },
        },
      },
      auditor.token,
    );
    expect(created.errors).toBeUndefined();
    const claimId = created.data!.createVendorClaim.id;
    type Check = { exPost: { verdict: string; method: string; explanation: string; sharedTrendWarning: string | null; suggestedControl: { processId: string } | null; pilotPlan: { unit: string; unitsPerPeriod: number } | null; decisionRule: string | null; assumption: string | null; preTrend: { parallel: boolean; months: number } | null } };
    const verify = async (options: Record<string, unknown>) => {
      const response = await t.graphql<{ verifyClaim: { id: string; methodVersion: string; checks: Check[] } }>(
        `mutation ($id: ID!, $options: VerifyClaimOptionsInput) { verifyClaim(claimId: $id, options: $options) { id methodVersion checks { exPost {
           verdict method explanation sharedTrendWarning suggestedControl { processId } pilotPlan { unit unitsPerPeriod } decisionRule assumption preTrend { parallel months } } } } }`,
        { id: claimId, options },
        auditor.token,
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.verifyClaim;
    };
    const plain = await verify({});
    expect(plain.methodVersion).toBe('claims-2');
    const [alone] = plain.checks;
    expect(alone.exPost).toMatchObject({ verdict: 'SUPPORTED', suggestedControl: { processId: ids.peer }, assumption: null, pilotPlan: { unit: 'months' } });
    expect(alone.exPost.explanation).toMatch(/without a control process/);
    expect(alone.exPost.sharedTrendWarning).toMatch(/"Invoices, second office" 5\d\.\d%/);
    expect(alone.exPost.decisionRule).toMatch(/one-sided test at 2\.5%/);

    const controlled = await verify({ controlProcessId: ids.peer });
    const [check] = controlled.checks;
    expect(check.exPost).toMatchObject({ verdict: 'CONTRADICTED', method: 'MONTHLY_DID', sharedTrendWarning: null, preTrend: { parallel: true, months: 12 } });
    expect(check.exPost.assumption).toMatch(/^parallel trends/);
    expect(check.exPost.explanation).toMatch(/against the control process "Invoices, second office"/);

    // A verification stored by claims-1.1 has none of the new fields: it still reads, with them empty.
    const { rows } = await t.owner.query<{ id: string }>(
      `INSERT INTO claim_verification (organization_id, claim_id, method_version, parameters)
       SELECT organization_id, claim_id, 'claims-1.1', parameters FROM claim_verification WHERE id = $1 RETURNING id`,
      [plain.id],
    );
    await t.owner.query(
      `INSERT INTO claim_check (organization_id, verification_id, claim_id, process_id, process_name, ex_ante_verdict, ex_ante, ex_post_verdict, ex_post, inputs)
       SELECT organization_id, $2, claim_id, process_id, process_name, ex_ante_verdict, ex_ante, ex_post_verdict,
              ex_post - 'pilotPlan' - 'pilotPlanNote' - 'decisionRule' - 'sharedTrend' - 'suggestedControl' - 'assumption' - 'preTrend', inputs
         FROM claim_check WHERE verification_id = $1`,
      [plain.id, rows[0].id],
    );
    const read = await t.graphql<{ claim: { verifications: { id: string; methodVersion: string; checks: Check[] }[] } }>(
      `query ($id: ID!) { claim(id: $id) { verifications(first: 10) { id methodVersion checks { exPost {
         verdict method explanation sharedTrendWarning suggestedControl { processId } pilotPlan { unit unitsPerPeriod } decisionRule assumption preTrend { parallel months } } } } } }`,
      { id: claimId },
      manager.token,
    );
    expect(read.errors).toBeUndefined();
    const older = read.data!.claim.verifications.find((verification) => verification.id === rows[0].id)!;
    expect(older.methodVersion).toBe('claims-1.1');
    expect(older.checks[0].exPost).toMatchObject({ verdict: 'SUPPORTED', pilotPlan: null, decisionRule: null, sharedTrendWarning: null, suggestedControl: null, assumption: null, preTrend: null });
  });

  it('reads a score and figures of the older methods, then upgrades them at start-up', async () => {
    await t.owner.query(
      `UPDATE candidate_score SET method_version = 'readiness-1+savings-1', standard_errors = NULL, payback_p10 = NULL, payback_p50 = NULL, payback_p90 = NULL
        WHERE process_id = $1`,
      [ids.invoices],
    );
    await t.owner.query(`UPDATE baseline_figures SET method_version = 'baseline-1', figures = figures - 'monthlySeries' WHERE process_id = $1`, [ids.invoices]);
    const old = (await ranking()).get('Invoices')!;
    expect(old).toMatchObject({ methodVersion: 'readiness-1+savings-1', standardErrors: null, payback: null });
    expect(old.display.npv.p50).toBe(Number(old.npv.p50));

    const ownerSource = createDataSource(t.database.url);
    await ownerSource.initialize();
    try {
      const refreshed = await refreshStaleBaselines(ownerSource);
      expect(refreshed).toEqual([ids.invoices]);
      expect(await scoreStaleProcesses(ownerSource, SCORING_METHOD_VERSION, refreshed)).toBe(1);
    } finally {
      await ownerSource.destroy();
    }
    const { rows } = await t.owner.query<{ method_version: string; series: number }>(
      `SELECT method_version, jsonb_array_length(figures->'monthlySeries') AS series FROM baseline_figures WHERE process_id = $1 ORDER BY 2 DESC`,
      [ids.invoices],
    );
    // Its baseline (12 months) and its after period (6 months), both recomputed.
    expect(rows).toEqual([
      { method_version: BASELINE_METHOD_VERSION, series: 12 },
      { method_version: BASELINE_METHOD_VERSION, series: 6 },
    ]);
    const upgraded = (await ranking()).get('Invoices')!;
    expect(upgraded.methodVersion).toBe(SCORING_METHOD_VERSION);
    expect(upgraded.standardErrors).not.toBeNull();
  });
});
