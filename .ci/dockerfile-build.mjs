// Replays the Dockerfile's build stage without Docker (CI has no engine): each COPY copies from
// the clone into a fresh folder, each RUN runs there with bash, as `docker build` would; then
// checks that what the runtime stage copies out of the build stage exists. The same commands,
// so the image's build cannot rot unnoticed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dockerfile = readFileSync(path.join(repo, 'Dockerfile'), 'utf8');
const [, buildStage, runtimeStage] = dockerfile.split(/^FROM /m);
const root = mkdtempSync(path.join(os.tmpdir(), 'dockerfile-build-'));
let workdir = root;
try {
  for (const line of buildStage.split('\n').slice(1)) {
    const [instruction, ...rest] = line.trim().split(/\s+/);
    if (!instruction || instruction.startsWith('#')) continue;
    if (instruction === 'WORKDIR') {
      workdir = path.isAbsolute(rest[0]) ? path.join(root, rest[0]) : path.resolve(workdir, rest[0]);
    } else if (instruction === 'COPY') {
      const destination = path.isAbsolute(rest.at(-1)) ? path.join(root, rest.at(-1)) : path.resolve(workdir, rest.at(-1));
      for (const source of rest.slice(0, -1)) {
        const target = rest.length > 2 || destination.endsWith(path.sep) || rest.at(-1).endsWith('/') ? path.join(destination, path.basename(source)) : destination;
        cpSync(path.join(repo, source), target, { recursive: true });
      }
    } else if (instruction === 'RUN') {
      const command = line.trim().slice('RUN'.length).trim();
      console.log(`RUN ${command}`);
      execFileSync('bash', ['-c', command], { cwd: workdir, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
    } else if (instruction !== 'ENV' && instruction !== 'ARG') {
      throw new Error(`the build stage uses ${instruction}, which this replay does not know`);
    }
  }
  const copiedOut = [...runtimeStage.matchAll(/^COPY --from=build (\S+) /gm)].map(([, source]) => source);
  const inBuild = (source) => (path.isAbsolute(source) ? path.join(root, source) : path.resolve(workdir, source));
  const missing = copiedOut.filter((source) => !existsSync(inBuild(source)));
  for (const built of ['dist/src/main.js', 'dist/src/reports/report-worker.js', 'dist/web/index.html']) {
    if (!existsSync(path.join(workdir, built))) missing.push(built);
  }
  if (missing.length > 0) throw new Error(`the build stage did not produce: ${missing.join(', ')}`);
  console.log(`the Dockerfile's build stage, replayed: ${copiedOut.join(', ')} ready for the runtime stage`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
