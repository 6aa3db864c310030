import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { Role } from '../../src/auth/domain/role.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Refusals that mean the limits (or the schema) reject a question users really ask. */
const LIMIT_CODES = ['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'QUERY_TOO_LARGE', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'];
const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** Every operation of README's graphql blocks, one by one (placeholders become an id). */
function readmeOperations(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1].replace(/<[a-z ]+>/g, SOME_ID));
  const inline = [...readme.matchAll(/`(\{ [a-zA-Z]+\([\s\S]*?\} \})`/g)].map((match) => match[1]);
  return [...blocks, ...inline].flatMap((block) =>
    parse(block)
      .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => print(operation)),
  );
}

/** What the auditors' and managers' screens ask for (the web app will add its own operations here). */
const SCREENS = [
  `{ claims(first: 5) { totalCount edges { node { id vendor statement metric direction magnitude createdAt
      source { title date reference quote }
      verifications { id createdAt methodVersion checks { processId processName
        exAnte { verdict explanation missingInputs }
        exPost { verdict method estimate lower upper casesNeededPerPeriod explanation } } } } }
    pageInfo { hasNextPage endCursor } } }`,
  `{ candidateRanking(first: 50) { edges { node { rank processId processName quadrant automationPotential easeOfImplementation
      hoursSaved { p10 p50 p90 } npv { p10 p50 p90 } netAnnualBenefit { p10 p50 p90 } probabilityPositiveNpv
      paybackMonths evidenceGrade sampleSize warnings explanation } } pageInfo { hasNextPage endCursor } } }`,
  `{ processes(first: 50) { totalCount edges { node { id name status version department { name }
      steps { position name minutesPerCase ruleBased inputType systems automatable } } } pageInfo { hasNextPage endCursor } } }`,
];

describe('the questions users really ask pass the query limits', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    const organizationId = await t.createOrganization('Gmina', '1465011');
    token = (await t.createUser([{ organizationId, role: Role.ADMIN }])).token;
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds README examples to check', () => {
    expect(readmeOperations().length).toBeGreaterThanOrEqual(6);
  });

  it.each([...readmeOperations(), ...SCREENS])('accepts %s', async (operation) => {
    const variables = Object.fromEntries(
      (parse(operation).definitions[0] as OperationDefinitionNode).variableDefinitions?.map((definition) => [definition.variable.name.value, SOME_ID]) ?? [],
    );
    const response = await t.graphql(operation, variables, token);
    const refusals = (response.errors ?? []).filter((error) => LIMIT_CODES.includes(error.extensions.code));
    expect(refusals).toEqual([]);
  });
});
