import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/app-config.js';

/**
 * The deployment files must match the product, so that they cannot rot unnoticed (CI also
 * replays the Dockerfile's build stage without Docker: .ci/dockerfile-build.mjs).
 */
interface ComposeService {
  environment?: Record<string, string | number | boolean>;
}

/** `${NAME...}` references in a compose value: the variable and what follows its name. */
const references = (value: string) => [...value.matchAll(/\$\{([A-Z0-9_]+)([^}]*)\}/g)].map(([, name, modifier]) => ({ name, modifier }));
const isSecret = (name: string) => /PASSWORD|SECRET/.test(name);

describe('docker-compose.yml and the Dockerfile', () => {
  let services: Record<string, ComposeService>;

  beforeAll(async () => {
    services = (parse(await readFile('docker-compose.yml', 'utf8')) as { services: Record<string, ComposeService> }).services;
  });

  it('takes every password and secret from the environment and refuses to start without it', () => {
    const secrets = Object.entries(services).flatMap(([service, { environment = {} }]) =>
      Object.entries(environment).flatMap(([key, value]) => [
        ...(isSecret(key) && !String(value).includes('${') ? [{ service, key, problem: 'written in the file' }] : []),
        ...references(String(value))
          .filter(({ name, modifier }) => isSecret(name) && !modifier.startsWith(':?'))
          .map(({ name }) => ({ service, key, problem: `${name} has a default or may be empty` })),
      ]),
    );
    expect(secrets).toEqual([]);
    // The app connects as the user, with the password and to the database the postgres service creates.
    const database = services.postgres.environment!;
    const url = /^postgres:\/\/([^:]+):(\$\{[^}]+\})@postgres:5432\/(.+)$/.exec(String(services.app.environment!.DATABASE_URL));
    expect(url?.slice(1)).toEqual([database.POSTGRES_USER, database.POSTGRES_PASSWORD, database.POSTGRES_DB]);
  });

  it("gives the app service a configuration the application accepts in production", () => {
    const filled = Object.fromEntries(
      Object.entries(services.app.environment!).map(([key, value]) => [
        key,
        String(value).replace(/\$\{([A-Z0-9_]+)[^}]*\}/g, (_, name: string) => (name === 'ADMIN_EMAIL' ? 'it@gmina.example' : `${name.toLowerCase()}-0123456789abcdefghijklmnopqrstuvwxyz`)),
      ]),
    );
    const config = loadConfig(filled);
    expect(config.embedded).toBe(false);
    expect(config.nodeEnv).toBe('production');
  });

  it("copies into the Dockerfile's build stage everything the build reads", async () => {
    const dockerfile = await readFile('Dockerfile', 'utf8');
    const buildStage = dockerfile.split(/^FROM /m)[1];
    const copied = [...buildStage.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap(([, sources]) => sources.split(/\s+/));
    // What the build reads: the inputs its staleness checks watch (package.json's build scripts).
    const scripts = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const inputs = ['build:if-stale', 'build:web:if-stale'].flatMap((script) => /--inputs (\S+)/.exec(scripts[script])![1].split(','));
    const missing = inputs.filter((input) => !copied.some((source) => input === source || input.startsWith(`${source}/`)));
    expect(missing).toEqual([]);
    expect(buildStage).toMatch(/^RUN npm run build\b/m);
  });
});
