import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp, type TestUser } from '../../helpers/test-app.js';
import { uniqueTeryt } from '../../helpers/two-offices.js';

interface CandidateView {
  rank: number;
  processId: string;
  processName: string;
  quadrant: string;
  automationPotential: number;
  easeOfImplementation: number;
  npv: { p10: string; p50: string; p90: string };
  hoursSaved: { p10: number; p50: number; p90: number };
  probabilityPositiveNpv: number;
  paybackMonths: number | null;
  evidenceGrade: string;
  sampleSize: number;
  warnings: string[];
  explanation: string;
  methodVersion: string;
}

interface RankingView {
  candidateRanking: { edges: { cursor: string; node: CandidateView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const CANDIDATE = `rank processId processName quadrant automationPotential easeOfImplementation
  npv { p10 p50 p90 } hoursSaved { p10 p50 p90 } probabilityPositiveNpv paybackMonths evidenceGrade sampleSize
  warnings explanation methodVersion`;
const RANKING = `query ($org: ID, $filter: CandidateFilterInput, $orderBy: RankingOrder, $first: Int, $after: String) {
  candidateRanking(organizationId: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { ${CANDIDATE} } } pageInfo { hasNextPage endCursor } } }`;

const STRUCTURED = (name: string, minutes: number) => ({ name, minutesPerCase: minutes, ruleBased: true, inputType: 'STRUCTURED_DIGITAL' });
const MANUAL = (name: string, minutes: number) => ({ name, minutesPerCase: minutes, ruleBased: false, inputType: 'PAPER' });

describe('candidate scores and the ranking managers query', () => {
  let t: TestApp;
  let organizationId: string;
  let otherOrganizationId: string;
  let owner: TestUser;
  let manager: TestUser;
  let auditor: TestUser;
  let otherManager: TestUser;
  const processes: Record<string, string> = {};

  async function createProcess(name: string, attributes: Record<string, unknown>, steps: Record<string, unknown>[]): Promise<string> {
    const response = await t.graphql<{ createProcess: { id: string } }>(
      'mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }',
      { input: { organizationId, name, category: 'INVOICE_PROCESSING', hourlyLabourCost: '62.00', costPerError: '45.00', ...attributes, steps } },
      owner.token,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.createProcess.id;
  }

  const ranking = (variables: Record<string, unknown>, token = manager.token) => t.graphql<RankingView>(RANKING, { org: organizationId, ...variables }, token);

  beforeAll(async () => {
    t = await startTestApp();
    organizationId = await t.createOrganization('Gmina Rankingowa', uniqueTeryt());
    otherOrganizationId = await t.createOrganization('Gmina Obca', uniqueTeryt());
    owner = await t.createUser([{ organizationId, role: Role.PROCESS_OWNER }]);
    manager = await t.createUser([{ organizationId, role: Role.MANAGER }]);
    auditor = await t.createUser([{ organizationId, role: Role.AUDITOR }]);
    otherManager = await t.createUser([{ organizationId: otherOrganizationId, role: Role.MANAGER }]);
    const scenario = await t.graphql(
      `mutation ($org: ID!) { setOrganizationScenario(organizationId: $org, input: {
         botLicensePerYear: "20000", implementationCost: "80000", grantAmount: "50000" }) { version } }`,
      { org: organizationId },
      manager.token,
    );
    expect(scenario.errors).toBeUndefined();
    processes.invoices = await createProcess(
      'Invoices',
      { exceptionRate: 0.12, expectedChanges12m: 1, applicationCount: 3, documentationAvailable: true, standardisationEstimate: 0.7,
        estimatedMonthlyVolume: 1000, estimatedHandlingMinutes: 9, estimatedErrorRate: 0.04 },
      [STRUCTURED('Download from KSeF', 1), STRUCTURED('Register', 2.5), { ...MANUAL('Substantive check', 3), inputType: 'UNSTRUCTURED_DIGITAL' },
        STRUCTURED('Post', 2), { ...STRUCTURED('Approve', 0.5), ruleBased: false }],
    );
    processes.meters = await createProcess(
      'Meter readings',
      { exceptionRate: 0.05, applicationCount: 1, documentationAvailable: true, estimatedMonthlyVolume: 4000, estimatedHandlingMinutes: 6, estimatedErrorRate: 0.02 },
      [STRUCTURED('Download readings', 3), STRUCTURED('Enter into the system', 3)],
    );
    processes.benefits = await createProcess(
      'Housing benefit decisions',
      { exceptionRate: 0.6, decidesAboutPerson: true, estimatedMonthlyVolume: 30, estimatedHandlingMinutes: 45 },
      [MANUAL('Interview', 30), STRUCTURED('Check income register', 15)],
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('ranks every process of the organization by P50 NPV, best first, with ranges, reasons and warnings', async () => {
    const response = await ranking({});
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.candidateRanking.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.rank)).toEqual([1, 2, 3]);
    const npvs = nodes.map((node) => Number(node.npv.p50));
    expect([...npvs].sort((a, b) => b - a)).toEqual(npvs);
    for (const node of nodes) {
      expect(Number(node.npv.p10)).toBeLessThanOrEqual(Number(node.npv.p50));
      expect(Number(node.npv.p50)).toBeLessThanOrEqual(Number(node.npv.p90));
      expect(node.evidenceGrade).toBe('ESTIMATE');
      expect(node.sampleSize).toBe(0);
      expect(node.warnings).toContain('estimate only, no measurements');
      expect(node.methodVersion).toBe('readiness-1+savings-2');
      expect(node.explanation).toMatch(/NPV P50/);
    }
    const benefits = nodes.find((node) => node.processId === processes.benefits)!;
    expect(benefits.rank).toBe(3);
    expect(benefits.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^GDPR art\. 22/), 'negative NPV at P50']));
    const invoices = nodes.find((node) => node.processId === processes.invoices)!;
    // The hand-worked example of docs/methodology.md: AP 53.78, EI 73.33, payback 14.6 months.
    expect(invoices).toMatchObject({ quadrant: 'QUICK_WIN', automationPotential: 53.78, easeOfImplementation: 73.33, paybackMonths: 14.6 });
  });

  it('pages with cursors that carry the rank, and refuses a cursor of another order', async () => {
    const first = await ranking({ first: 2 });
    expect(first.data!.candidateRanking.pageInfo.hasNextPage).toBe(true);
    const next = await ranking({ first: 2, after: first.data!.candidateRanking.pageInfo.endCursor });
    expect(next.data!.candidateRanking.edges.map((edge) => edge.node.rank)).toEqual([3]);
    expect(next.data!.candidateRanking.pageInfo.hasNextPage).toBe(false);
    const wrongOrder = await ranking({ orderBy: 'HOURS_SAVED', after: first.data!.candidateRanking.pageInfo.endCursor });
    expect(wrongOrder.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const tooMany = await ranking({ first: 500 });
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('orders by any key, best first, and filters', async () => {
    for (const [orderBy, field] of [['HOURS_SAVED', 'hoursSaved'], ['AUTOMATION_POTENTIAL', 'automationPotential'], ['PROBABILITY_POSITIVE_NPV', 'probabilityPositiveNpv']] as const) {
      const nodes = (await ranking({ orderBy })).data!.candidateRanking.edges.map((edge) => edge.node);
      const keys = nodes.map((node) => (field === 'hoursSaved' ? node.hoursSaved.p50 : node[field]));
      expect([...keys].sort((a, b) => b - a)).toEqual(keys);
    }
    const quickWins = await ranking({ filter: { quadrant: 'QUICK_WIN' } });
    expect(quickWins.data!.candidateRanking.edges.every((edge) => edge.node.quadrant === 'QUICK_WIN')).toBe(true);
    const measured = await ranking({ filter: { minEvidence: 'CASE_SAMPLE' } });
    expect(measured.data!.candidateRanking.edges).toEqual([]);
  });

  it('re-scores from measured data once a baseline exists, and says which evidence it used', async () => {
    const period = await t.graphql<{ createMeasurementPeriod: { id: string } }>(
      `mutation ($p: ID!) { createMeasurementPeriod(input: { processId: $p, kind: BASELINE, label: "2025", startsOn: "2025-01-01", endsOn: "2025-12-31" }) { id } }`,
      { p: processes.meters },
      owner.token,
    );
    const records = Array.from({ length: 120 }, (_, i) => ({
      caseRef: `M-${i}`,
      receivedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00+01:00`,
      handlingMinutes: 4 + (i % 5),
      errors: i % 20 === 0 ? 1 : 0,
    }));
    const imported = await t.graphql(
      'mutation ($input: ImportCaseRecordsInput!) { importCaseRecords(input: $input) { rows } }',
      { input: { periodId: period.data!.createMeasurementPeriod.id, records } },
      owner.token,
    );
    expect(imported.errors).toBeUndefined();
    const measured = await ranking({ filter: { minEvidence: 'CASE_SAMPLE' } });
    const [meters] = measured.data!.candidateRanking.edges.map((edge) => edge.node);
    expect(meters).toMatchObject({ processId: processes.meters, evidenceGrade: 'CASE_SAMPLE', sampleSize: 120 });
    expect(meters.warnings).not.toContain('estimate only, no measurements');
    const assessment = await t.graphql<{
      candidateAssessment: {
        inputs: { facts: { estimates: unknown }; baselinePeriodId: string };
        result: { evidence: { handlingMinutes: { source: string; value: number }; annualVolume: { source: string; value: number } } };
        candidate: { annualVolume: number };
      };
    }>(
      'query ($p: ID!) { candidateAssessment(processId: $p) { inputs result candidate { rank annualVolume } } }',
      { p: processes.meters },
      auditor.token,
    );
    expect(assessment.data!.candidateAssessment.result.evidence.handlingMinutes).toMatchObject({ source: 'BASELINE', value: 6 });
    expect(assessment.data!.candidateAssessment.inputs.baselinePeriodId).toBe(period.data!.createMeasurementPeriod.id);
    const { evidence } = assessment.data!.candidateAssessment.result;
    expect(evidence.annualVolume.source).toBe('BASELINE');
    expect(assessment.data!.candidateAssessment.candidate.annualVolume).toBe(evidence.annualVolume.value);
  });

  it('lets a manager set weights and a process scenario, stores them with the score, and re-scores', async () => {
    const before = await t.graphql<{ candidateAssessment: { candidate: CandidateView } }>(
      `query ($p: ID!) { candidateAssessment(processId: $p) { candidate { ${CANDIDATE} } } }`,
      { p: processes.invoices },
      manager.token,
    );
    const weights = await t.graphql<{ setReadinessWeights: { version: number; stability: number } }>(
      `mutation ($org: ID!) { setReadinessWeights(organizationId: $org, input: {
         stability: 3, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 0 }) { version stability } }`,
      { org: organizationId },
      manager.token,
    );
    expect(weights.data!.setReadinessWeights).toEqual({ version: 1, stability: 3 });
    const stale = await t.graphql(
      `mutation ($org: ID!) { setReadinessWeights(organizationId: $org, version: 0, input: {
         stability: 1, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 1 }) { version } }`,
      { org: organizationId },
      manager.token,
    );
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const scenario = await t.graphql(
      `mutation ($p: ID!) { setProcessScenario(processId: $p, input: { implementationCost: "40000" }) { version implementationCost } }`,
      { p: processes.invoices },
      manager.token,
    );
    expect(scenario.data).toEqual({ setProcessScenario: { version: 1, implementationCost: '40000.00' } });
    const after = await t.graphql<{ candidateAssessment: { candidate: CandidateView; inputs: { weights: Record<string, number>; facts: { costs: { implementationCost: number; grant: number } } } } }>(
      `query ($p: ID!) { candidateAssessment(processId: $p) { candidate { ${CANDIDATE} } inputs } }`,
      { p: processes.invoices },
      manager.token,
    );
    const assessed = after.data!.candidateAssessment;
    // Weights 3,1,1,1,0 over components 0.6, 0.7, 2/3, 0.7, 1: EI = 64.44 (docs/methodology.md).
    expect(assessed.candidate.easeOfImplementation).toBe(64.44);
    expect(assessed.inputs.weights).toMatchObject({ stability: 3, documentation: 0 });
    expect(assessed.inputs.facts.costs).toMatchObject({ implementationCost: 40000, grant: 50000 });
    expect(assessed.candidate.paybackMonths).toBe(0);
    expect(Number(assessed.candidate.npv.p50)).toBeGreaterThan(Number(before.data!.candidateAssessment.candidate.npv.p50));
    const audit = await t.owner.query<{ entity: string }>(
      "SELECT entity FROM audit_log WHERE entity IN ('readiness_weights', 'automation_scenario') AND organization_id = $1",
      [organizationId],
    );
    expect(audit.rows.map((row) => row.entity).sort()).toEqual(['automation_scenario', 'automation_scenario', 'readiness_weights']);
  });

  it('gives the same stored numbers when nothing changed (seeded Monte Carlo)', async () => {
    const read = async () =>
      (await t.owner.query<{ npv: string; result: unknown }>('SELECT npv_p50::text AS npv, result FROM candidate_score WHERE process_id = $1', [processes.meters])).rows[0];
    const before = await read();
    const touch = await t.graphql(
      `mutation ($p: ID!) { setProcessScenario(processId: $p, input: {}) { version } }`,
      { p: processes.meters },
      manager.token,
    );
    expect(touch.errors).toBeUndefined();
    expect(await read()).toEqual(before);
  });

  it('assesses a what-if scenario without storing it; saved, the stored score is the what-if', async () => {
    const WHAT_IF = `query ($p: ID!, $s: AutomationScenarioInput) { candidateWhatIf(processId: $p, scenario: $s) {
      candidate { rank npv { p10 p50 p90 } hoursSaved { p50 } probabilityPositiveNpv paybackMonths warnings }
      npvHistogram { lower upper count } } }`;
    type WhatIf = { candidateWhatIf: { candidate: CandidateView & { rank: number }; npvHistogram: { lower: number; upper: number; count: number }[] } };
    const stored = async () => (await ranking({})).data!.candidateRanking.edges.find((edge) => edge.node.processId === processes.invoices)!.node;
    const before = await stored();
    const scores = () => t.owner.query('SELECT process_id, npv_p50, computed_at FROM candidate_score ORDER BY process_id');
    const scoresBefore = (await scores()).rows;

    const asIs = await t.graphql<WhatIf>(WHAT_IF, { p: processes.invoices }, auditor.token);
    expect(asIs.errors).toBeUndefined();
    // The same assembly and seeds as the stored score: the same numbers.
    expect(asIs.data!.candidateWhatIf.candidate).toMatchObject({ rank: before.rank, npv: before.npv, hoursSaved: { p50: before.hoursSaved.p50 } });
    const bins = asIs.data!.candidateWhatIf.npvHistogram;
    expect(bins).toHaveLength(30);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(10_000);
    expect(bins[0].lower).toBeLessThanOrEqual(Number(before.npv.p10));
    expect(bins[29].upper).toBeGreaterThanOrEqual(Number(before.npv.p90));

    const dearer = { botLicensePerYear: '60000', implementationCost: '80000', grantAmount: '50000' };
    const whatIf = await t.graphql<WhatIf>(WHAT_IF, { p: processes.invoices, s: dearer }, manager.token);
    expect(whatIf.errors).toBeUndefined();
    const changed = whatIf.data!.candidateWhatIf.candidate;
    expect(Number(changed.npv.p50)).toBeLessThan(Number(before.npv.p50));
    expect((await scores()).rows).toEqual(scoresBefore);

    const refused = await t.graphql(WHAT_IF, { p: processes.invoices, s: { discountRate: -1 } }, manager.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'scenario.discountRate' }] });
    const foreign = await t.graphql(WHAT_IF, { p: processes.invoices }, otherManager.token);
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const current = await t.graphql<{ processScenario: { version: number; implementationCost: string | null } | null }>(
      'query ($p: ID!) { processScenario(processId: $p) { version implementationCost } }',
      { p: processes.invoices },
      manager.token,
    );
    const version = current.data!.processScenario?.version ?? null;
    const setScenario = (input: Record<string, unknown>, at: number | null) =>
      t.graphql<{ setProcessScenario: { version: number } }>(
        'mutation ($p: ID!, $s: AutomationScenarioInput!, $v: Int) { setProcessScenario(processId: $p, input: $s, version: $v) { version } }',
        { p: processes.invoices, s: input, v: at },
        manager.token,
      );
    const saved = await setScenario(dearer, version);
    expect(saved.errors).toBeUndefined();
    const after = await stored();
    expect({ npv: after.npv, rank: after.rank }).toEqual({ npv: changed.npv, rank: changed.rank });
    // Put the scenario back as it was for the tests that follow.
    const restored = await setScenario({ implementationCost: current.data!.processScenario?.implementationCost ?? null }, saved.data!.setProcessScenario.version);
    expect(restored.errors).toBeUndefined();
    expect((await stored()).npv).toEqual(before.npv);
  });

  it('sums the top candidates draw by draw in a portfolio summary', async () => {
    const response = await t.graphql<{ portfolioSummary: { candidates: number; processIds: string[]; hoursSaved: { p10: number; p50: number; p90: number }; npv: { p50: string } } }>(
      'query ($org: ID) { portfolioSummary(organizationId: $org, top: 2) { candidates processIds hoursSaved { p10 p50 p90 } npv { p50 } fteFreedP50 draws } }',
      { org: organizationId },
      manager.token,
    );
    expect(response.errors).toBeUndefined();
    const summary = response.data!.portfolioSummary;
    const top = (await ranking({ first: 2 })).data!.candidateRanking.edges.map((edge) => edge.node);
    expect(summary.candidates).toBe(2);
    expect(summary.processIds).toEqual(top.map((node) => node.processId));
    expect(summary.hoursSaved.p10).toBeLessThan(summary.hoursSaved.p90);
    // The median of a sum is close to, not equal to, the sum of the medians.
    const sumOfMedians = top.reduce((sum, node) => sum + node.hoursSaved.p50, 0);
    expect(Math.abs(summary.hoursSaved.p50 - sumOfMedians) / sumOfMedians).toBeLessThan(0.1);

    // A hand-made selection of the same two, in any order, is the same portfolio.
    const chosen = (ids: string[]) =>
      t.graphql<{ portfolioSummary: { processIds: string[]; hoursSaved: unknown; npv: unknown } }>(
        'query ($ids: [ID!]) { portfolioSummary(processIds: $ids) { processIds hoursSaved { p10 p50 p90 } npv { p50 } } }',
        { ids },
        manager.token,
      );
    const byHand = await chosen([...summary.processIds].reverse());
    expect(byHand.errors).toBeUndefined();
    expect(byHand.data!.portfolioSummary.processIds).toEqual([...summary.processIds].sort());
    expect(byHand.data!.portfolioSummary.hoursSaved).toEqual(summary.hoursSaved);
    expect(byHand.data!.portfolioSummary.npv).toEqual(summary.npv);
    expect((await chosen([processes.invoices, '00000000-0000-4000-8000-000000000000'])).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const tooMany = await chosen(Array.from({ length: 51 }, () => processes.invoices));
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'processIds' }] });
  });

  it('previews readiness weights without storing them, and lists the processes with their own scenario', async () => {
    type Row = { processId: string; easeNow: number; easeThen: number; rankNow: number; rankThen: number; quadrantNow: string; quadrantThen: string };
    const preview = (input: Record<string, number>) =>
      t.graphql<{ readinessWeightsPreview: Row[] }>(
        'query ($org: ID!, $input: ReadinessWeightsInput!) { readinessWeightsPreview(organizationId: $org, input: $input) { processId easeNow easeThen rankNow rankThen quadrantNow quadrantThen } }',
        { org: organizationId, input },
        auditor.token,
      );
    const weights = await t.graphql<{ readinessWeights: Record<string, number> }>(
      'query ($org: ID!) { readinessWeights(organizationId: $org) { stability standardisation structuredInput applicationComplexity documentation } }',
      { org: organizationId },
      auditor.token,
    );
    const same = await preview(weights.data!.readinessWeights);
    expect(same.errors).toBeUndefined();
    // Under the weights in force the preview is the stored Ease of Implementation.
    for (const row of same.data!.readinessWeightsPreview) {
      expect(row.easeThen).toBeCloseTo(row.easeNow, 1);
      expect(row.rankThen).toBe(row.rankNow);
    }
    const onlyDocumentation = await preview({ stability: 0, standardisation: 0, structuredInput: 0, applicationComplexity: 0, documentation: 1 });
    const rows = onlyDocumentation.data!.readinessWeightsPreview;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect([0, 100]).toContain(row.easeThen);
      // The quadrant follows the new Ease of Implementation: easy ones above the line at 50.
      expect(row.easeThen === 100 ? ['QUICK_WIN', 'LOW_VALUE'] : ['STRATEGIC', 'NOT_READY']).toContain(row.quadrantThen);
    }
    // Ranked by the new Ease of Implementation: a better rank never has a lower EI.
    const byRankThen = [...rows].sort((a, b) => a.rankThen - b.rankThen);
    for (let index = 1; index < byRankThen.length; index += 1) expect(byRankThen[index - 1].easeThen).toBeGreaterThanOrEqual(byRankThen[index].easeThen);
    const zeroWeights = { stability: 0, standardisation: 0, structuredInput: 0, applicationComplexity: 0, documentation: 0 };
    const zero = await preview(zeroWeights);
    expect(zero.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // Saving them is refused by the same rule, as input, not by the database.
    const savedZero = await t.graphql(
      'mutation ($org: ID!, $input: ReadinessWeightsInput!) { setReadinessWeights(organizationId: $org, input: $input) { version } }',
      { org: organizationId, input: zeroWeights },
      manager.token,
    );
    expect(savedZero.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const stored = await t.owner.query('SELECT count(*)::int AS n FROM readiness_weights WHERE organization_id = $1 AND documentation = 1 AND stability = 0', [organizationId]);
    expect(stored.rows[0]).toEqual({ n: 0 });

    const own = await t.graphql<{ processScenarios: { processId: string }[] }>(
      'query ($org: ID!) { processScenarios(organizationId: $org) { processId } }',
      { org: organizationId },
      auditor.token,
    );
    expect(own.errors).toBeUndefined();
    const expected = (await t.owner.query<{ process_id: string }>('SELECT process_id FROM automation_scenario WHERE organization_id = $1 AND process_id IS NOT NULL ORDER BY process_id', [organizationId])).rows;
    expect(own.data!.processScenarios.map((row) => row.processId)).toEqual(expected.map((row) => row.process_id));
  });

  it('refuses scenario and weight changes to owners, auditors and other organizations', async () => {
    const setWeights = (token: string) =>
      t.graphql(
        `mutation ($org: ID!) { setReadinessWeights(organizationId: $org, version: 1, input: {
           stability: 1, standardisation: 1, structuredInput: 1, applicationComplexity: 1, documentation: 1 }) { version } }`,
        { org: organizationId },
        token,
      );
    expect((await setWeights(owner.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await setWeights(auditor.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await setWeights(otherManager.token)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const foreignScenario = await t.graphql(
      'mutation ($p: ID!) { setProcessScenario(processId: $p, input: { implementationCost: "1" }) { version } }',
      { p: processes.invoices },
      otherManager.token,
    );
    expect(foreignScenario.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const invalid = await t.graphql(
      'mutation ($org: ID!) { setOrganizationScenario(organizationId: $org, version: 1, input: { maintenanceShare: 2, horizonYears: 0 }) { version } }',
      { org: organizationId },
      manager.token,
    );
    expect(invalid.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0].extensions.fields?.map((field) => field.path).sort()).toEqual(['input.horizonYears', 'input.maintenanceShare']);
  });

  it('reads rankings only within the caller organizations', async () => {
    const foreign = await ranking({}, otherManager.token);
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const own = await t.graphql<RankingView>(RANKING, {}, otherManager.token);
    expect(own.data!.candidateRanking.edges).toEqual([]);
    const assessment = await t.graphql('query ($p: ID!) { candidateAssessment(processId: $p) { candidate { rank } } }', { p: processes.invoices }, otherManager.token);
    expect(assessment.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const anonymous = await t.graphql(RANKING, { org: organizationId });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
