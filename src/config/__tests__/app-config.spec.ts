import { ConfigError, loadConfig } from '../app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded demo mode on port 3000 with the IDE and demo data on', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '.data',
      logLevel: 'info',
      nodeEnv: 'development',
      database: { url: undefined, embeddedPort: 54329 },
      graphiql: true,
      seedDemo: true,
    });
  });

  it('turns the IDE and demo data off by default against an external database', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:secret@db:5432/rpa', PORT: '8080' });
    expect(config).toMatchObject({ port: 8080, graphiql: false, seedDemo: false });
    expect(config.database.url).toBe('postgres://app:secret@db:5432/rpa');
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
