// Replays the Dockerfile without Docker (CI has no engine): each COPY copies from the clone (or,
// with --from=build, from the build stage's folder) into a fresh folder, each RUN of the build
// stage runs there with bash, as `docker build` would. Then it checks that what the runtime stage
// copies out of the build stage exists, and runs the image's command lines (npm run backup,
// restore, admin) in the runtime stage's folder with its ENV: each must load every module it
// imports and build nothing, since the image has no sources. The same commands, so the image's
// build cannot rot unnoticed.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dockerfile = readFileSync(path.join(repo, 'Dockerfile'), 'utf8');
const [, buildStage, runtimeStage] = dockerfile.split(/^FROM /m);

/** A stage's instructions, one a line, without the FROM line, blank lines and comments. */
const instructions = (stage) =>
  stage
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [instruction, ...rest] = line.split(/\s+/);
      return { line, instruction, flags: rest.filter((word) => word.startsWith('--')), args: rest.filter((word) => !word.startsWith('--')) };
    });

/** A stage's file system: a folder standing for its root, and its working directory. */
function stageFolder(prefix) {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  let workdir = root;
  const resolve = (target) => (path.isAbsolute(target) ? path.join(root, target) : path.resolve(workdir, target));
  return {
    root,
    resolve,
    get workdir() {
      return workdir;
    },
    changeDirectory: (target) => (workdir = resolve(target)),
    /** COPY: several sources, or a destination ending in /, go into the destination folder. */
    copy: (sources, destination, sourcePath) => {
      for (const source of sources) {
        const into = sources.length > 1 || destination.endsWith('/');
        cpSync(sourcePath(source), into ? path.join(resolve(destination), path.basename(source)) : resolve(destination), { recursive: true });
      }
    },
  };
}

const build = stageFolder('dockerfile-build-');
const runtime = stageFolder('dockerfile-runtime-');
try {
  for (const { line, instruction, args } of instructions(buildStage)) {
    if (instruction === 'WORKDIR') {
      build.changeDirectory(args[0]);
    } else if (instruction === 'COPY') {
      build.copy(args.slice(0, -1), args.at(-1), (source) => path.join(repo, source));
    } else if (instruction === 'RUN') {
      const command = line.slice('RUN'.length).trim();
      console.log(`RUN ${command}`);
      execFileSync('bash', ['-c', command], { cwd: build.workdir, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
    } else if (instruction !== 'ENV' && instruction !== 'ARG') {
      throw new Error(`the build stage uses ${instruction}, which this replay does not know`);
    }
  }

  const runtimeEnv = {};
  const copiedOut = [];
  for (const { line, instruction, flags, args } of instructions(runtimeStage)) {
    if (instruction === 'WORKDIR') {
      runtime.changeDirectory(args[0]);
    } else if (instruction === 'COPY') {
      const fromBuild = flags.includes('--from=build');
      const sources = args.slice(0, -1);
      if (fromBuild) copiedOut.push(...sources);
      const missing = fromBuild ? sources.filter((source) => !existsSync(build.resolve(source))) : [];
      if (missing.length > 0) throw new Error(`the build stage did not produce: ${missing.join(', ')}`);
      runtime.copy(sources, args.at(-1), (source) => (fromBuild ? build.resolve(source) : path.join(repo, source)));
    } else if (instruction === 'ENV') {
      for (const assignment of args) {
        const [name, ...value] = assignment.split('=');
        runtimeEnv[name] = value.join('=');
      }
    } else if (instruction === 'RUN') {
      // The base image's `node` user does not exist here: folders and owners are the image's own.
      console.log(`not replayed (the image's users and folders): ${line}`);
    } else if (!['USER', 'EXPOSE', 'HEALTHCHECK', 'CMD'].includes(instruction)) {
      throw new Error(`the runtime stage uses ${instruction}, which this replay does not know`);
    }
  }
  const missing = ['dist/src/main.js', 'dist/src/reports/report-worker.js', 'dist/web/index.html'].filter((built) => !existsSync(path.join(runtime.workdir, built)));
  if (missing.length > 0) throw new Error(`the runtime stage lacks: ${missing.join(', ')}`);
  console.log(`the Dockerfile's build stage, replayed: ${copiedOut.join(', ')} copied into the runtime stage`);

  // Harmless invocations: a usage error, and for admin a database that refuses the connection.
  // Either comes after every module the command imports has loaded (ES modules link first).
  const commands = [
    ['backup', /^usage: npm run backup/m],
    ['restore', /^usage: npm run restore/m],
    ['admin', /ECONNREFUSED/],
  ];
  for (const [script, expected] of commands) {
    const result = spawnSync('npm', ['run', '--silent', script, '--', '--help'], {
      cwd: runtime.workdir,
      encoding: 'utf8',
      env: { ...process.env, ...runtimeEnv, DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:9/none' },
    });
    const output = `${result.stdout}${result.stderr}`.trim();
    const problem = /MODULE_NOT_FOUND|Cannot find (module|package)/.test(output)
      ? 'a module is missing'
      : /rpa-readiness: building/.test(output) || existsSync(path.join(runtime.workdir, 'dist/.build-stamp'))
        ? 'it tried to build'
        : !expected.test(output)
          ? `it did not answer ${expected}`
          : undefined;
    if (problem) throw new Error(`npm run ${script} -- --help in the runtime stage: ${problem}:\n${output}`);
    console.log(`runtime stage: npm run ${script} -- --help answers: ${output.split('\n')[0]}`);
  }
} finally {
  rmSync(build.root, { recursive: true, force: true });
  rmSync(runtime.root, { recursive: true, force: true });
}
