import Fastify from 'fastify';
import { requireRouteAccess, RouteAccessMissingError, routeCatalogue } from '../../../src/auth/route-access.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/** An address that reaches the route: each parameter and wildcard filled with a plausible value. */
function addressOf(url: string): string {
  return url.replace(/:file/g, '00000000-0000-0000-0000-000000000000.pdf').replace(/:format/g, 'pdf').replace(/:[A-Za-z]+/g, 'x').replace(/\*/g, 'processes');
}

describe('every HTTP route declares who may call it', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('refuses every signed-in route to a caller without credentials, in the one error body, whatever the route', async () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    const signedIn = routeCatalogue(fastify).filter((route) => route.access === 'signed-in');
    // The catalogue holds the uploads and the reports at least; a new route is tried without a change here.
    expect(signedIn.map((route) => `${route.method} ${route.url}`)).toEqual(expect.arrayContaining(['POST /imports', 'GET /reports/ranking.:format']));
    for (const route of signedIn) {
      const answer = await t.app.inject({ method: route.method as 'GET' | 'POST', url: addressOf(route.url), payload: route.method === 'POST' ? 'a,b\n' : undefined });
      expect({ route: `${route.method} ${route.url}`, status: answer.statusCode, code: answer.json<{ errors: { extensions: { code: string } }[] }>().errors[0].extensions.code }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('says why each public route is public', () => {
    const open = routeCatalogue(t.app.getHttpAdapter().getInstance()).flatMap((route) => (route.access === 'signed-in' ? [] : [{ route: `${route.method} ${route.url}`, why: route.access.public }]));
    expect(open.map((entry) => entry.route).sort()).toEqual(['GET /', 'GET /*', 'GET /graphiql', 'GET /graphiql/assets/:name', 'GET /health', 'GET /metrics']);
    for (const entry of open) expect(entry.why.length).toBeGreaterThan(20);
  });

  it('stops a server whose route declares no access, naming the route', async () => {
    const fastify = Fastify();
    requireRouteAccess(fastify, () => Promise.resolve(null), { exposeInternals: false });
    expect(() => fastify.get('/forgotten', () => 'open to all')).toThrow(RouteAccessMissingError);
    expect(() => fastify.get('/forgotten', () => 'open to all')).toThrow("the route GET /forgotten declares no access: give it config.access 'signed-in', or { public: '<why anyone may call it>' }");
    await fastify.close();
  });
});
