import fc from 'fast-check';
import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { tenantDataFingerprint } from '../../helpers/two-offices.js';

/** Codes a malformed request may get; an INTERNAL_SERVER_ERROR would mean an input reached SQL. */
const INPUT_ERRORS = ['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED'];

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('', '   ', "'; DROP TABLE process; --", '\u0000', 'x'.repeat(5000), '%_\\', '{"$gt": 1}'),
);
const hostileNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.constantFrom(1e308, -0.0001, 10001, 2 ** 31),
);
const anyValue = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));

const VALID_STEP = { name: 'Register', minutesPerCase: 2, ruleBased: true, inputType: 'STRUCTURED_DIGITAL' };

/** A valid input with one or more fields replaced by hostile values: never a valid request. */
function corrupted(valid: Record<string, unknown>, fields: Record<string, fc.Arbitrary<unknown>>) {
  return fc
    .subarray(Object.keys(fields), { minLength: 1 })
    .chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, fields[key]]))))
    .map((corruption) => ({ ...valid, ...corruption }));
}

describe('random malformed input (property-based)', () => {
  let t: TestApp;
  let organizationId: string;
  let processId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    organizationId = await t.createOrganization('Gmina', '1465011');
    const owner = await t.createUser([{ organizationId, role: Role.PROCESS_OWNER }]);
    token = owner.token;
    const created = await t.graphql<{ createProcess: { id: string } }>(
      'mutation ($org: ID!) { createProcess(input: {organizationId: $org, name: "Base", category: OTHER}) { id } }',
      { org: organizationId },
      token,
    );
    processId = created.data!.createProcess.id;
  });

  afterAll(async () => {
    await t.close();
  });

  async function expectRefusedAndUnchanged(query: string, variables: Record<string, unknown>): Promise<void> {
    const before = await tenantDataFingerprint(t);
    const response = await t.graphql(query, variables, token);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(INPUT_ERRORS).toContain(response.errors?.[0].extensions.code);
    expect(await tenantDataFingerprint(t)).toBe(before);
  }

  it('createProcess refuses every corrupted input and writes nothing', async () => {
    const valid = { organizationId, name: 'Valid', category: 'OTHER', exceptionRate: 0.1, steps: [VALID_STEP] };
    const input = corrupted(valid, {
      organizationId: fc.oneof(hostileString, fc.uuid()),
      name: fc.oneof(fc.constantFrom('', '   ', 'x'.repeat(201)), fc.integer(), fc.constant(null)),
      category: fc.oneof(hostileString.filter((value) => !/^[A-Z_]+$/.test(value) || value.length > 30), fc.integer()),
      exceptionRate: fc.oneof(fc.double({ min: 1.0001, max: 1e9 }), fc.double({ min: -1e9, max: -0.0001 }), hostileString),
      hourlyLabourCost: fc.oneof(fc.constantFrom('-1', '1.005', '12,50', 'abc', ''), fc.double({ max: -0.01 })),
      estimatedMonthlyVolume: fc.oneof(fc.integer({ max: -1 }), fc.double({ min: 0.1, max: 0.9 }), hostileString),
      steps: fc.array(
        corrupted(VALID_STEP, {
          name: fc.constantFrom('', ' ', 'x'.repeat(201)),
          minutesPerCase: fc.oneof(fc.double({ max: -0.0001 }), fc.double({ min: 10000.1, max: 1e12 }), hostileString),
          inputType: hostileString,
          ruleBased: fc.oneof(hostileString, fc.integer()),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      unexpectedField: anyValue,
    });
    await fc.assert(
      fc.asyncProperty(input, (value) =>
        expectRefusedAndUnchanged('mutation ($input: CreateProcessInput!) { createProcess(input: $input) { id } }', { input: value }),
      ),
      { numRuns: 60, seed: 20261122 },
    );
  });

  it('replaceProcessSteps refuses every corrupted step list and keeps the old steps', async () => {
    const steps = fc
      .tuple(
        fc.array(fc.constant(VALID_STEP), { maxLength: 3 }),
        corrupted(VALID_STEP, {
          minutesPerCase: fc.oneof(fc.double({ max: -0.0001 }), hostileString, fc.constant(null)),
          name: fc.oneof(fc.constantFrom('', '  '), fc.constant(null)),
          automatableOverride: fc.constantFrom(true, false),
          systems: fc.oneof(fc.array(fc.constant(''), { minLength: 1, maxLength: 2 }), fc.array(fc.string(), { minLength: 21, maxLength: 25 })),
        }),
      )
      .map(([good, bad]) => [...good, bad]);
    await fc.assert(
      fc.asyncProperty(steps, (value) =>
        expectRefusedAndUnchanged(
          'mutation ($id: ID!, $steps: [WorkflowStepInput!]!) { replaceProcessSteps(processId: $id, input: {version: 1, steps: $steps}) { id } }',
          { id: processId, steps: value },
        ),
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });

  it('lists refuse hostile pagination and filters without touching data', async () => {
    const args = fc.record({
      first: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 101 }), hostileString),
      after: hostileString,
      text: fc.string({ minLength: 201, maxLength: 300 }),
    });
    await fc.assert(
      fc.asyncProperty(args, (value) =>
        expectRefusedAndUnchanged(
          'query ($first: Int, $after: String, $text: String) { processes(first: $first, after: $after, filter: {text: $text}) { totalCount } }',
          value,
        ),
      ),
      { numRuns: 40, seed: 20261124 },
    );
  });
});
