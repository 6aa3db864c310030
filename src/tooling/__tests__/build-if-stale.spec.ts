import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve('src/tooling/build-if-stale.mjs');

describe('build-if-stale', () => {
  let project: string;

  beforeEach(async () => {
    project = await mkdtemp(path.join(os.tmpdir(), 'rpa-build-'));
    await mkdir(path.join(project, 'src', 'feature'), { recursive: true });
    await writeFile(path.join(project, 'src', 'feature', 'a.ts'), 'export const a = 1;\n');
    await writeFile(path.join(project, 'src', 'feature', 'b.ts'), 'export const b = 2;\n');
  });

  afterEach(async () => {
    await rm(project, { recursive: true, force: true });
  });

  /** Runs the script with a "compiler" that counts its runs and writes the output file. */
  function build(): number {
    const compile = "require('fs').appendFileSync('builds', 'x'); require('fs').mkdirSync('dist', { recursive: true }); require('fs').writeFileSync('dist/main.js', '')";
    const result = spawnSync(process.execPath, [SCRIPT, '--stamp', 'dist/.stamp', '--output', 'dist/main.js', '--inputs', 'src,tsconfig.json', '--', process.execPath, '-e', compile], {
      cwd: project,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return existsSync(path.join(project, 'builds')) ? readFileSync(path.join(project, 'builds'), 'utf8').length : 0;
  }

  /** Pretends time passed, so that file times differ from the stamp's on any file system. */
  async function age(relative: string, seconds: number): Promise<void> {
    const past = new Date(Date.now() - seconds * 1000);
    await utimes(path.join(project, relative), past, past);
  }

  it('builds once, then not again until an input changes, is added, is removed, or the output is gone', async () => {
    expect(build()).toBe(1);
    expect(build()).toBe(1);

    await age('dist/.stamp', 60);
    await writeFile(path.join(project, 'src', 'feature', 'a.ts'), 'export const a = 3;\n');
    expect(build()).toBe(2);
    expect(build()).toBe(2);

    await age('dist/.stamp', 60);
    await rm(path.join(project, 'src', 'feature', 'b.ts'));
    expect(build()).toBe(3);

    await age('dist/.stamp', 60);
    await writeFile(path.join(project, 'tsconfig.json'), '{}\n');
    expect(build()).toBe(4);

    await rm(path.join(project, 'dist', 'main.js'));
    expect(build()).toBe(5);
    expect(build()).toBe(5);
  });

  it('follows the inputs a build recorded itself: a file it really used, outside the given folders', async () => {
    await mkdir(path.join(project, 'shared'), { recursive: true });
    await writeFile(path.join(project, 'shared', 'words.ts'), 'export const w = 1;\n');
    await writeFile(path.join(project, 'shared', 'unused.ts'), 'export const u = 1;\n');
    // The "bundler" records that it read shared/words.ts.
    const compile = "const fs = require('fs'); fs.appendFileSync('builds', 'x'); fs.mkdirSync('dist', { recursive: true }); fs.writeFileSync('dist/inputs.json', JSON.stringify(['shared/words.ts']))";
    const bundle = () => {
      const result = spawnSync(process.execPath, [SCRIPT, '--stamp', 'dist/.stamp', '--inputs', 'src', '--inputs-from', 'dist/inputs.json', '--', process.execPath, '-e', compile], { cwd: project, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
      return readFileSync(path.join(project, 'builds'), 'utf8').length;
    };
    expect(bundle()).toBe(1);
    expect(bundle()).toBe(1);
    await writeFile(path.join(project, 'shared', 'unused.ts'), 'export const u = 2;\n');
    expect(bundle()).toBe(1);
    await writeFile(path.join(project, 'shared', 'words.ts'), 'export const w = 2;\n');
    expect(bundle()).toBe(2);
    await rm(path.join(project, 'dist', 'inputs.json'));
    expect(bundle()).toBe(3);
  });

  it('says what it builds and how long it took when given a label, and nothing when there is nothing to build', () => {
    const labelled = () =>
      spawnSync(process.execPath, [SCRIPT, '--label', 'the server', '--stamp', 'dist/.stamp', '--inputs', 'src', '--', process.execPath, '-e', ''], { cwd: project, encoding: 'utf8' });
    const first = labelled();
    expect(first.stderr).toMatch(/^rpa-readiness: building the server for the first time \(a minute or two\)\.\.\.\nrpa-readiness: built the server in \d+ s\n$/);
    expect(labelled().stderr).toBe('');
  });

  it('builds nothing and says nothing where the image says it is prebuilt', () => {
    const result = spawnSync(process.execPath, [SCRIPT, '--label', 'the server', '--stamp', 'dist/.stamp', '--inputs', 'src', '--', process.execPath, '-e', 'process.exit(3)'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, RPA_READINESS_PREBUILT: 'true' },
    });
    expect([result.status, result.stderr, existsSync(path.join(project, 'dist'))]).toEqual([0, '', false]);
  });
});
