import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

/** Every TypeScript file under a folder (tests aside) with the files it imports, type-only imports included. */
async function importGraph(root: string): Promise<Map<string, string[]>> {
  const files = (await readdir(root, { recursive: true }))
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !file.split(path.sep).includes('__tests__'))
    .map((file) => path.join(root, file));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(await readFile(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .flatMap((specifier) => {
        const base = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '');
        return [`${base}.ts`, `${base}.tsx`].filter((candidate) => known.has(candidate));
      });
    graph.set(file, targets);
  }
  return graph;
}

/** The groups of files that import each other, directly or around a loop (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    lowest.set(file, index.get(file)!);
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowest.set(file, Math.min(lowest.get(file)!, lowest.get(target)!));
      } else if (stack.includes(target)) {
        lowest.set(file, Math.min(lowest.get(file)!, index.get(target)!));
      }
    }
    if (lowest.get(file) !== index.get(file)) return;
    const group = stack.splice(stack.indexOf(file));
    if (group.length > 1 || graph.get(file)?.includes(file)) found.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  it('finds a loop through a type-only import, and none in files that only import downwards', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'rpa-imports-'));
    try {
      await mkdir(path.join(root, 'domain'));
      await writeFile(path.join(root, 'domain', 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
      await writeFile(path.join(root, 'domain', 'b.ts'), "import type { C } from '../c.js';\nexport const b: C = 1;\n");
      await writeFile(path.join(root, 'c.ts'), "import { a } from './domain/a.js';\nexport type C = typeof a;\n");
      await writeFile(path.join(root, 'd.ts'), "import { a } from './domain/a.js';\nexport const d = a;\n");
      const relative = (group: string[]) => group.map((file) => path.relative(root, file));
      expect(cycles(await importGraph(root)).map(relative)).toEqual([['c.ts', path.join('domain', 'a.ts'), path.join('domain', 'b.ts')].sort()]);

      await writeFile(path.join(root, 'domain', 'b.ts'), 'export const b = 1;\n');
      expect(cycles(await importGraph(root))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('has no import cycles: every module can be read (and loaded) before the ones that use it', async () => {
    const src = path.resolve('src');
    const graph = await importGraph(src);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph).map((group) => group.map((file) => path.relative(src, file)))).toEqual([]);
  });
});
