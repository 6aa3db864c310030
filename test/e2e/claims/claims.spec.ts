import pg from 'pg';
import { Role } from '../../../src/auth/domain/role.js';
import { afterPeriodSpec, syntheticCases, type SyntheticPeriodSpec } from '../../../src/claims/domain/synthetic-pilot.js';
import { startTestApp, type TestApp, type TestUser } from '../../helpers/test-app.js';
import { uniqueTeryt } from '../../helpers/two-offices.js';

interface CheckView {
  processId: string;
  processName: string;
  exAnte: { verdict: string; explanation: string; missingInputs: string[] };
  exPost: { verdict: string; estimate: number | null; lower: number | null; upper: number | null; casesNeededPerPeriod: number | null; explanation: string; method: string | null; notes: string[] };
}

interface ClaimView {
  id: string;
  statement: string;
  metric: string;
  verifications: { id: string; methodVersion: string; createdAt: string; checks: CheckView[] }[];
}

const CHECK = `processId processName exAnte { verdict explanation missingInputs }
  exPost { verdict estimate lower upper casesNeededPerPeriod explanation method notes }`;
const CLAIM = `id statement metric verifications { id methodVersion createdAt checks { ${CHECK} } }`;
const CREATE = `mutation ($input: CreateVendorClaimInput!) { createVendorClaim(input: $input) { id statement } }`;
const VERIFY = `mutation ($id: ID!, $options: VerifyClaimOptionsInput) { verifyClaim(claimId: $id, options: $options) { id methodVersion checks { ${CHECK} } } }`;

describe('vendor claims tested against measured baselines', () => {
  let t: TestApp;
  let organizationId: string;
  let otherOrganizationId: string;
  let auditor: TestUser;
  let owner: TestUser;
  let manager: TestUser;
  let otherAuditor: TestUser;
  let processId: string;

  const claimInput = (overrides: Record<string, unknown> = {}) => ({
    organizationId,
    vendor: 'Robo sp. z o.o.',
    source: { title: 'Offer', date: '2026-03-01', reference: 'https://vendor.example/offer.pdf', quote: 'Service time shorter by 40%.' },
    metric: 'HANDLING_TIME',
    direction: 'DECREASE',
    magnitude: 0.4,
    scope: { kind: 'PROCESS', processId },
    ...overrides,
  });

  async function importCases(periodId: string, spec: SyntheticPeriodSpec, seed: number, prefix: string): Promise<void> {
    const records = syntheticCases(spec, seed).map((c, i) => ({
      caseRef: `${prefix}-${i}`,
      receivedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00+01:00`,
      handlingMinutes: Number(c.handlingMinutes.toFixed(2)),
      errors: c.error ? 1 : 0,
    }));
    const response = await t.graphql('mutation ($input: ImportCaseRecordsInput!) { importCaseRecords(input: $input) { rows } }', { input: { periodId, records } }, owner.token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }

  async function createPeriod(kind: 'BASELINE' | 'AFTER', label: string): Promise<string> {
    const response = await t.graphql<{ createMeasurementPeriod: { id: string } }>(
      `mutation ($p: ID!, $kind: PeriodKind!, $label: String!) { createMeasurementPeriod(input: { processId: $p, kind: $kind, label: $label,
         startsOn: "2025-01-01", endsOn: "2025-12-31" }) { id } }`,
      { p: processId, kind, label },
      owner.token,
    );
    return response.data!.createMeasurementPeriod.id;
  }

  beforeAll(async () => {
    t = await startTestApp({}, { embedded: true });
    organizationId = await t.createOrganization('Gmina Audytowana', uniqueTeryt());
    otherOrganizationId = await t.createOrganization('Gmina Obca', uniqueTeryt());
    auditor = await t.createUser([{ organizationId, role: Role.AUDITOR }]);
    owner = await t.createUser([{ organizationId, role: Role.PROCESS_OWNER }]);
    manager = await t.createUser([{ organizationId, role: Role.MANAGER }]);
    otherAuditor = await t.createUser([{ organizationId: otherOrganizationId, role: Role.AUDITOR }]);
    const created = await t.graphql<{ createProcess: { id: string } }>(
      `mutation ($org: ID!) { createProcess(input: { organizationId: $org, name: "Invoices", category: INVOICE_PROCESSING,
         exceptionRate: 0.1, hourlyLabourCost: "62", costPerError: "45", steps: [
           { name: "Register", minutesPerCase: 8, ruleBased: true, inputType: STRUCTURED_DIGITAL },
           { name: "Check", minutesPerCase: 2, ruleBased: false, inputType: UNSTRUCTURED_DIGITAL }] }) { id } }`,
      { org: organizationId },
      owner.token,
    );
    processId = created.data!.createProcess.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('registers a claim for an auditor, and refuses owners, managers and malformed claims', async () => {
    const created = await t.graphql<{ createVendorClaim: { id: string; statement: string } }>(CREATE, { input: claimInput() }, auditor.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createVendorClaim.statement).toBe('-40% handling time');
    for (const token of [owner.token, manager.token]) {
      expect((await t.graphql(CREATE, { input: claimInput() }, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const tooBig = await t.graphql(CREATE, { input: claimInput({ magnitude: 11 }) }, auditor.token);
    expect(tooBig.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.magnitude' }] });
    const unknownMetric = await t.graphql(CREATE, { input: claimInput({ metric: 'HAPPINESS' }) }, auditor.token);
    expect(unknownMetric.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const backwards = await t.graphql(CREATE, { input: claimInput({ metric: 'AVAILABILITY', direction: 'DECREASE' }) }, auditor.token);
    expect(backwards.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'input.direction' })]);
    const noProcess = await t.graphql(CREATE, { input: claimInput({ scope: { kind: 'PROCESS' } }) }, auditor.token);
    expect(noProcess.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ path: 'input.scope.processId' })]);
  });

  it("reads scores through scoring's typed reader: a stored score missing a field is scored again, never read as 0", async () => {
    const { data } = await t.graphql<{ createVendorClaim: { id: string } }>(CREATE, { input: claimInput({ magnitude: 0.3 }) }, auditor.token);
    const verify = async () =>
      (await t.graphql<{ verifyClaim: { checks: CheckView[] } }>(VERIFY, { id: data!.createVendorClaim.id, options: {} }, auditor.token)).data!.verifyClaim
        .checks[0].exAnte;
    const first = await verify();
    await t.owner.query("UPDATE candidate_score SET result = result #- '{readiness,automatableShare}' WHERE process_id = $1", [processId]);
    const again = await verify();
    expect(again).toEqual(first);
    const { rows } = await t.owner.query<{ share: number | null }>(
      "SELECT (result->'readiness'->>'automatableShare')::float8 AS share FROM candidate_score WHERE process_id = $1",
      [processId],
    );
    expect(rows[0].share).toBeGreaterThan(0);
  });

  it('judges a claim before any measurement: plausibility from the structure, no after-pilot test yet', async () => {
    const { data } = await t.graphql<{ createVendorClaim: { id: string } }>(CREATE, { input: claimInput({ magnitude: 0.9 }) }, auditor.token);
    const verified = await t.graphql<{ verifyClaim: { checks: CheckView[] } }>(VERIFY, { id: data!.createVendorClaim.id }, auditor.token);
    expect(verified.errors).toBeUndefined();
    const [check] = verified.data!.verifyClaim.checks;
    // a = 0.8, e = 0.1: the bound is 72% at the median; -90% is beyond its P90.
    expect(check.exAnte.verdict).toBe('IMPLAUSIBLE');
    expect(check.exAnte.explanation).toMatch(/^-90% handling time needs 90% of the work automated; the automatable share net of exceptions is 72%/);
    expect(check.exPost.verdict).toBe('INSUFFICIENT_DATA');
    expect(check.exPost.explanation).toMatch(/needs a BASELINE period with measurements/);
  });

  it('supports a 40% claim and contradicts a 70% one against a known 50% reduction, and sizes an inconclusive test', async () => {
    const baseline: SyntheticPeriodSpec = { cases: 300, meanMinutes: 12, minutesCv: 0.5, meanReactionHours: 8, errorRate: 0.05 };
    await importCases(await createPeriod('BASELINE', 'before'), baseline, 101, 'B');
    await importCases(await createPeriod('AFTER', 'after'), afterPeriodSpec(baseline, 300, { handlingTime: 0.5, errorRate: 0, reactionTime: 0 }), 102, 'A');
    const verdictFor = async (magnitude: number) => {
      const { data } = await t.graphql<{ createVendorClaim: { id: string } }>(CREATE, { input: claimInput({ magnitude }) }, auditor.token);
      const verified = await t.graphql<{ verifyClaim: { checks: CheckView[] } }>(VERIFY, { id: data!.createVendorClaim.id }, auditor.token);
      return verified.data!.verifyClaim.checks[0].exPost;
    };
    const supported = await verdictFor(0.4);
    expect(supported.verdict).toBe('SUPPORTED');
    expect(supported.estimate!).toBeGreaterThan(0.44);
    expect(supported.estimate!).toBeLessThan(0.56);
    expect((await verdictFor(0.7)).verdict).toBe('CONTRADICTED');
    const close = await verdictFor(0.5);
    if (close.verdict === 'INCONCLUSIVE') expect(close.casesNeededPerPeriod).toBeGreaterThan(300);
    else expect(['SUPPORTED', 'CONTRADICTED']).toContain(close.verdict);
  });

  it('bootstraps small periods from their raw cases when the auditor lowers the minimum sample', async () => {
    const small = await t.graphql<{ createProcess: { id: string } }>(
      `mutation ($org: ID!) { createProcess(input: { organizationId: $org, name: "Small", category: CORRESPONDENCE,
         steps: [{ name: "Register", minutesPerCase: 5, ruleBased: true, inputType: STRUCTURED_DIGITAL }] }) { id } }`,
      { org: organizationId },
      owner.token,
    );
    const smallId = small.data!.createProcess.id;
    const periodOf = async (kind: string, label: string) =>
      (
        await t.graphql<{ createMeasurementPeriod: { id: string } }>(
          `mutation ($p: ID!, $kind: PeriodKind!, $label: String!) { createMeasurementPeriod(input: { processId: $p, kind: $kind, label: $label,
             startsOn: "2025-01-01", endsOn: "2025-12-31" }) { id } }`,
          { p: smallId, kind, label },
          owner.token,
        )
      ).data!.createMeasurementPeriod.id;
    const load = async (periodId: string, base: number, prefix: string) => {
      const records = Array.from({ length: 20 }, (_, i) => ({ caseRef: `${prefix}${i}`, receivedAt: '2025-03-03T08:00:00+01:00', handlingMinutes: base + (i % 5) }));
      const response = await t.graphql('mutation ($input: ImportCaseRecordsInput!) { importCaseRecords(input: $input) { rows } }', { input: { periodId, records } }, owner.token);
      expect(response.errors).toBeUndefined();
    };
    await load(await periodOf('BASELINE', 'small before'), 10, 'S');
    await load(await periodOf('AFTER', 'small after'), 4, 'T');
    const { data } = await t.graphql<{ createVendorClaim: { id: string } }>(
      CREATE,
      { input: claimInput({ magnitude: 0.3, scope: { kind: 'PROCESS', processId: smallId } }) },
      auditor.token,
    );
    const verify = (options: Record<string, unknown>) =>
      t.graphql<{ verifyClaim: { checks: CheckView[] } }>(VERIFY, { id: data!.createVendorClaim.id, options }, auditor.token);
    expect((await verify({})).data!.verifyClaim.checks[0].exPost.verdict).toBe('INSUFFICIENT_DATA');
    const [check] = (await verify({ minCases: 10 })).data!.verifyClaim.checks;
    expect(check.exPost).toMatchObject({ verdict: 'SUPPORTED', method: 'BOOTSTRAP' });
    expect(check.exPost.estimate).toBeCloseTo(0.5, 9);
    expect(check.exPost.explanation).toMatch(/measured 50\.0%/);
    // The records hold no errors, dates of completion or start: a handling-time test does not read them.
    expect(check.exPost.notes.filter((note) => note.includes('present in only'))).toEqual([]);

    // The bootstrap resamples rows in an explicit order: moving the rows on disk (here: written
    // back in reverse, then VACUUM FULL, as a restore or CLUSTER would) changes no number.
    await t.owner.query(`CREATE TEMP TABLE moved AS SELECT * FROM case_record c WHERE c.case_ref ~ '^[ST][0-9]+$' ORDER BY line DESC`);
    await t.owner.query(`DELETE FROM case_record c WHERE c.case_ref ~ '^[ST][0-9]+$'`);
    await t.owner.query('INSERT INTO case_record SELECT * FROM moved');
    await t.owner.query('DROP TABLE moved');
    await t.owner.query('VACUUM FULL case_record');
    const [again] = (await verify({ minCases: 10 })).data!.verifyClaim.checks;
    expect(again.exPost).toEqual(check.exPost);
  });

  it('keeps every verification immutable: a re-run adds a record, and the database refuses changes', async () => {
    const { data } = await t.graphql<{ createVendorClaim: { id: string } }>(CREATE, { input: claimInput() }, auditor.token);
    const claimId = data!.createVendorClaim.id;
    const first = await t.graphql<{ verifyClaim: { id: string; checks: CheckView[] } }>(VERIFY, { id: claimId, options: { seed: 7 } }, auditor.token);
    const second = await t.graphql<{ verifyClaim: { id: string } }>(VERIFY, { id: claimId, options: { seed: 7 } }, auditor.token);
    expect(second.data!.verifyClaim.id).not.toBe(first.data!.verifyClaim.id);
    const read = await t.graphql<{ claim: ClaimView }>(`query ($id: ID!) { claim(id: $id) { ${CLAIM} } }`, { id: claimId }, manager.token);
    expect(read.data!.claim.verifications).toHaveLength(2);
    expect(read.data!.claim.verifications[1].checks).toEqual(first.data!.verifyClaim.checks);
    expect(read.data!.claim.verifications[1].methodVersion).toBe('claims-2');

    const app = new pg.Client({ connectionString: t.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.organization_ids', $1, true)", [`{${organizationId}}`]);
      for (const statement of ['UPDATE claim_verification SET method_version = $1', 'UPDATE claim_check SET process_name = $1']) {
        await app.query('SAVEPOINT s');
        await expect(app.query(`${statement} WHERE organization_id = $2`, ['forged', organizationId])).rejects.toThrow(/permission denied/);
        await app.query('ROLLBACK TO SAVEPOINT s');
      }
      await expect(app.query('DELETE FROM claim_check WHERE organization_id = $1', [organizationId])).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
    // Not even the schema owner may rewrite history.
    await expect(t.owner.query("UPDATE claim_verification SET method_version = 'forged'")).rejects.toThrow(/append-only/);
    await expect(t.owner.query('DELETE FROM claim_check')).rejects.toThrow(/append-only/);
  });

  it('shows the latest check of each claim on the process', async () => {
    const response = await t.graphql<{ process: { claimChecks: CheckView[] } }>(
      `query ($id: ID!) { process(id: $id) { claimChecks { ${CHECK} } } }`,
      { id: processId },
      owner.token,
    );
    expect(response.errors).toBeUndefined();
    const { count } = (await t.owner.query<{ count: number }>('SELECT count(*)::int AS count FROM vendor_claim WHERE scope_process_id = $1', [processId])).rows[0];
    const verified = (await t.owner.query<{ count: number }>('SELECT count(DISTINCT claim_id)::int AS count FROM claim_check WHERE process_id = $1', [processId])).rows[0].count;
    expect(verified).toBeLessThanOrEqual(count);
    expect(response.data!.process.claimChecks).toHaveLength(verified);
  });

  it('refuses claims and verifications across organizations', async () => {
    const foreign = await t.graphql(CREATE, { input: claimInput() }, otherAuditor.token);
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const { data } = await t.graphql<{ createVendorClaim: { id: string } }>(CREATE, { input: claimInput() }, auditor.token);
    const verify = await t.graphql(VERIFY, { id: data!.createVendorClaim.id }, otherAuditor.token);
    expect(verify.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const read = await t.graphql(`query ($id: ID!) { claim(id: $id) { id } }`, { id: data!.createVendorClaim.id }, otherAuditor.token);
    expect(read.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const list = await t.graphql<{ claims: { totalCount: number } }>('{ claims { totalCount } }', {}, otherAuditor.token);
    expect(list.data!.claims.totalCount).toBe(0);
  });
});
