import * as generated from '../../../web/src/gql/graphql.js';
import { Role } from '../../../src/auth/domain/role.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** Codes of the server's document rules (size bounds, depth, cost) and of schema validation. */
const LIMIT_CODES = ['QUERY_TOO_LARGE', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'];

/** Every operation the web app sends: the generated documents (fragments are parts of them). */
const OPERATIONS: [string, string][] = Object.entries(generated).flatMap(([name, value]): [string, string][] =>
  name.endsWith('Document') && value instanceof generated.TypedDocumentString ? [[name, value.toString()]] : [],
);

describe("the web app's GraphQL operations", () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    // Signed in: a caller who is not gets the small budget of signing in.
    const organizationId = await t.createOrganization('Gmina', '1465011');
    token = (await t.createUser([{ organizationId, role: Role.PROCESS_OWNER }])).token;
  });
  afterAll(() => t.close());

  it('are found in the generated module', () => {
    expect(OPERATIONS.map(([name]) => name)).toEqual(expect.arrayContaining(['ProcessInventoryDocument', 'ProcessEditorDocument', 'PeriodScreenDocument', 'LoginDocument']));
  });

  it.each(OPERATIONS)("%s passes the server's document bounds, depth and cost limits and its schema", async (_name, document) => {
    // Page sizes are left to the server's defaults, which the cost rule counts as the largest page.
    const response = await t.graphql(document, {}, token);
    const refusals = (response.errors ?? []).filter((error) => LIMIT_CODES.includes(error.extensions.code));
    expect(refusals).toEqual([]);
  });
});
