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
    expect(scripts).toHaveLength(5);
    for (const asset of scripts) {
      const response = await t.app.inject({ method: 'GET', url: asset });
      expect(response.statusCode).toBe(200);
      expect(response.body.length).toBeGreaterThan(1000);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const unknown = await t.app.inject({ method: 'GET', url: '/graphiql/assets/..%2Fpackage.json' });
    expect(unknown.statusCode).toBe(404);
  });

  it("sends the GraphQL IDE with the web app's security headers (no inline script, not framed), data: fonts the one addition", async () => {
    const [ide, app] = await Promise.all(['/graphiql', '/'].map((url) => t.app.inject({ method: 'GET', url })));
    for (const header of ['x-frame-options', 'referrer-policy', 'x-content-type-options']) {
      expect({ header, value: ide.headers[header] }).toEqual({ header, value: app.headers[header] });
    }
    expect(ide.headers['content-security-policy']).toBe(String(app.headers['content-security-policy']).replace("font-src 'self'", "font-src 'self' data:"));
    expect(ide.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(ide.headers['content-security-policy']).toContain("script-src 'self';");
    // Every script is a file the policy's 'self' allows.
    expect(ide.body).not.toMatch(/<script>/);
  });

  it('serves the web app at / and at every page address, with its security headers; API routes stay theirs', async () => {
    for (const url of ['/', '/processes', '/processes/00000000-0000-4000-8000-000000000000/periods/new?x=1']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect({ url, status: page.statusCode }).toEqual({ url, status: 200 });
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.body).toContain('<html lang="pl">');
    }
    const index = await t.app.inject({ method: 'GET', url: '/' });
    const [bundle] = [...index.body.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
    const script = await t.app.inject({ method: 'GET', url: bundle });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-type']).toMatch(/javascript/);

    for (const url of ['/assets/missing.js', '/..%2Fpackage.json', '/assets/..%2F..%2Fpackage.json']) {
      const missing = await t.app.inject({ method: 'GET', url });
      expect({ url, status: missing.statusCode }).toEqual({ url, status: 404 });
      expect(missing.body).not.toContain('"name"');
    }
    expect((await t.app.inject({ method: 'GET', url: '/%E0%A4%A' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toMatchObject({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/graphiql' })).body).toContain('GraphiQL');
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
