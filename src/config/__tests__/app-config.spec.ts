import { ConfigError, loadConfig } from '../app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded demo mode on port 3000 with the IDE and demo data on', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '.data',
      logLevel: 'info',
      nodeEnv: 'development',
      embedded: true,
      database: {
        url: undefined,
        appUrl: undefined,
        embeddedPort: 54329,
        statementTimeoutMs: 15000,
        importTimeoutMs: 3600000,
      },
      auth: { jwtSecret: undefined, accessTokenTtlSeconds: 900, sessionIdleSeconds: 1800, sessionMaxSeconds: 43200, loginAttemptsPerMinute: 5, failedLoginsPerAddressPerMinute: 20, importsPerMinute: 30, accountCacheMs: 1000, bootstrapAdmin: undefined },
      imports: { maxBytes: 4 * 1024 ** 3, maxRows: 20_000_000, atOnce: 4, atOncePerOrganization: 2, atOncePerUser: 1, minBytesPerSecond: 4096, idleMs: 30_000 },
      http: { maxConnections: 1000 },
      graphql: { introspection: true, maxDepth: 10, maxCost: 5000 },
      graphiql: true,
      seedDemo: true,
      metrics: 'loopback',
    });
  });

  it('turns the IDE and demo data off by default against an external database', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:secret@db:5432/rpa', PORT: '8080' });
    expect(config).toMatchObject({ port: 8080, graphiql: false, seedDemo: false, embedded: false });
    expect(config.graphql.introspection).toBe(false);
    expect(config.database.url).toBe('postgres://app:secret@db:5432/rpa');
  });

  it('takes the application database connection only as another login to the same database', () => {
    const owner = 'postgres://rpa:secret@db:5432/rpa_readiness';
    const app = 'postgres://rpa_app:another-secret@db:5432/rpa_readiness';
    expect(loadConfig({ DATABASE_URL: owner, APP_DATABASE_URL: app }).database.appUrl).toBe(app);
    expect(() => loadConfig({ APP_DATABASE_URL: app })).toThrow('APP_DATABASE_URL is read only with DATABASE_URL');
    expect(() => loadConfig({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgres://rpa_app:x@db:5432/other' })).toThrow(
      'APP_DATABASE_URL names database "other" but DATABASE_URL names "rpa_readiness"',
    );
    expect(() => loadConfig({ DATABASE_URL: owner, APP_DATABASE_URL: 'postgres://rpa:secret@pooler:6432/rpa_readiness' })).toThrow(
      'APP_DATABASE_URL connects as the schema owner "rpa"',
    );
    expect(() => loadConfig({ DATABASE_URL: owner, APP_DATABASE_PASSWORD: 'a-long-enough-password' })).toThrow(
      'APP_DATABASE_PASSWORD is no longer read: set APP_DATABASE_URL=postgres://rpa_app:<password>@<host>:<port>/<database> instead',
    );
  });

  it('serves metrics to this machine by default, and takes only the settings it knows', () => {
    expect(loadConfig({ METRICS: 'on' }).metrics).toBe('on');
    expect(() => loadConfig({ METRICS: 'public' })).toThrow('METRICS must be one of loopback, on, off');
  });

  it('requires ADMIN_EMAIL and ADMIN_PASSWORD together and normalises the e-mail', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.pl' })).toThrow('ADMIN_EMAIL and ADMIN_PASSWORD go together');
    expect(loadConfig({ ADMIN_EMAIL: ' Admin@Gmina.PL ', ADMIN_PASSWORD: 'long-enough-password' }).auth.bootstrapAdmin).toEqual({
      email: 'admin@gmina.pl',
      password: 'long-enough-password',
    });
  });

  it('lists every invalid variable in one error', () => {
    const attempt = () =>
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', GRAPHIQL: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT must be an integer between 1 and 65535',
        'DATABASE_URL must look like postgres://user:password@host:5432/database',
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
        'GRAPHIQL must be true or false',
      ]);
    }
  });
});
