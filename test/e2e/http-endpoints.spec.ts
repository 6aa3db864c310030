import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('HTTP endpoints beside GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('GET /health checks the database', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the GraphQL IDE and its assets from npm packages, with no CDN reference', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/graphiql' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/https?:\/\//);
    const scripts = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toHaveLength(4);
    for (const asset of scripts) {
      const response = await t.app.inject({ method: 'GET', url: asset });
      expect(response.statusCode).toBe(200);
      expect(response.body.length).toBeGreaterThan(1000);
    }
    const unknown = await t.app.inject({ method: 'GET', url: '/graphiql/assets/..%2Fpackage.json' });
    expect(unknown.statusCode).toBe(404);
  });

  it('gives every GraphQL error a code, including parse and validation errors', async () => {
    const parse = await t.graphql('{ processes(');
    expect(parse.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await t.graphql('{ processes { nope } }');
    expect(unknownField.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await t.graphql('query ($first: Int) { processes(first: $first) { totalCount } }', {
      first: 'ten',
    });
    expect(badVariable.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
