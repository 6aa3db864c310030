import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/app-config.js';

/**
 * The deployment files must match the product, so that they cannot rot unnoticed (CI also
 * replays the Dockerfile's build stage without Docker: .ci/dockerfile-build.mjs).
 */
interface ComposeService {
  environment?: Record<string, string | number | boolean>;
  restart?: string;
  volumes?: string[];
}

interface Compose {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
}

/** `${NAME...}` references in a compose value: the variable and what follows its name. */
const references = (value: string) => [...value.matchAll(/\$\{([A-Z0-9_]+)([^}]*)\}/g)].map(([, name, modifier]) => ({ name, modifier }));
const isSecret = (name: string) => /PASSWORD|SECRET/.test(name);
/** The runtime stage's `ENV NAME=value` settings. */
const imageEnvironment = (runtimeStage: string): Record<string, string> =>
  Object.fromEntries([...runtimeStage.matchAll(/^ENV (.+)$/gm)].flatMap(([, pairs]) => pairs.split(/\s+/).map((pair): [string, string] => [pair.split('=')[0], pair.slice(pair.indexOf('=') + 1)])));
/** Major and minor of the first version in a text, e.g. [22, 17] for `^22.17.0 || >=24.11.0`. */
const majorMinor = (text: string) => /(\d+)\.(\d+)/.exec(text)!.slice(1).map(Number);

describe('docker-compose.yml and the Dockerfile', () => {
  let compose: Compose;
  let services: Record<string, ComposeService>;
  let runtimeStage: string;

  beforeAll(async () => {
    compose = parse(await readFile('docker-compose.yml', 'utf8')) as Compose;
    services = compose.services;
    runtimeStage = (await readFile('Dockerfile', 'utf8')).split(/^FROM /m)[2];
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

  it("gives the app service, with the image's own settings, a configuration the application accepts in production", () => {
    const filled = Object.fromEntries(
      Object.entries({ ...imageEnvironment(runtimeStage), ...services.app.environment! }).map(([key, value]) => [
        key,
        String(value).replace(/\$\{([A-Z0-9_]+)[^}]*\}/g, (_, name: string) => (name === 'ADMIN_EMAIL' ? 'it@gmina.example' : `${name.toLowerCase()}-0123456789abcdefghijklmnopqrstuvwxyz`)),
      ]),
    );
    const config = loadConfig(filled);
    expect(config.embedded).toBe(false);
    expect(config.nodeEnv).toBe('production');
    // Reachable through the published port, not on the container's loopback only.
    expect(config.host).toBe('0.0.0.0');
  });

  it('restarts both services after a crash or a reboot, and asks the running image for its health', () => {
    expect(Object.fromEntries(Object.entries(services).map(([name, { restart }]) => [name, restart]))).toEqual({ postgres: 'unless-stopped', app: 'unless-stopped' });
    // The slim image has no curl: node's own fetch.
    expect(runtimeStage).toMatch(/^HEALTHCHECK .*CMD \["node", "-e", "fetch\(.*\/health`?\)/m);
  });

  it('keeps backups in a named volume, in a folder of the image its user may write', async () => {
    const workdir = /^WORKDIR (\S+)$/m.exec(runtimeStage)![1];
    const owned = /^RUN mkdir (\S+) && chown node:node \1$/m.exec(runtimeStage)![1];
    expect(compose.volumes).toHaveProperty('backups');
    expect(services.app.volumes).toContain(`backups:${path.posix.join(workdir, owned)}`);
    expect(runtimeStage).toMatch(/^USER node$/m);
    // The compose file's and the README's commands name its services and write into the volume.
    const commands = [await readFile('docker-compose.yml', 'utf8'), await readFile('README.md', 'utf8')].join('\n');
    const named = [...commands.matchAll(/docker compose (?:exec|run(?: --?\w+)*) (\w+)/g)].map(([, service]) => service);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((service) => !(service in services))).toEqual([]);
    expect([...commands.matchAll(/npm run backup -- (\S+)/g)].map(([, file]) => file).filter((file) => file.startsWith(owned))).not.toEqual([]);
  });

  it('names one Node version: engines, .nvmrc, the images, CI and the README', async () => {
    const engines = (JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
    const [major, minor] = majorMinor(engines);
    expect((await readFile('.nvmrc', 'utf8')).trim()).toBe(String(major));
    const images = [...(await readFile('Dockerfile', 'utf8')).matchAll(/^FROM (\S+)/gm)].map(([, image]) => image);
    expect(images).toEqual([`node:${major}-bookworm-slim`, `node:${major}-bookworm-slim`]);
    const [ciMajor, ciMinor] = majorMinor(/^node_version=(\S+)$/m.exec(await readFile('.ci/run', 'utf8'))![1]);
    expect(ciMajor === major && ciMinor >= minor).toBe(true);
    expect(await readFile('README.md', 'utf8')).toContain(`Node.js ${major}, ${major}.${minor} or later`);
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
