import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';

const repository = path.resolve(import.meta.dirname, '..');
const serverSources = path.join(repository, 'src');

/**
 * Records which files of src/ the web app is built from (dist/.web-inputs.json), so that
 * `npm start` rebuilds it when one of them changes: derived from what it really imports, not a
 * hand-kept list of folders.
 */
const recordServerSources = {
  name: 'record-server-sources',
  generateBundle() {
    const used = [...this.getModuleIds()]
      .filter((id) => id.startsWith(serverSources + path.sep))
      .map((id) => path.relative(repository, id).split(path.sep).join('/'))
      .sort();
    mkdirSync(path.join(repository, 'dist'), { recursive: true });
    writeFileSync(path.join(repository, 'dist', '.web-inputs.json'), `${JSON.stringify(used, null, 2)}\n`);
  },
};

// The web app is served by the API server from dist/web (see src/web/web-app.route.ts).
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  base: '/',
  // The browser-safe parts of the server's sources (src/shared, pure */domain rules,
  // statistics): lint allows nothing else of src/ here.
  resolve: { alias: { '@src': serverSources } },
  plugins: [recordServerSources],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // Budgets are measured by `npm run bench:web`, not enforced by the bundler.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // V8's explicit compile hint: compile every function of a chunk when it loads, so the
      // browser's code cache holds them all and a later visit does not compile them again on
      // first use (a screen's first render after a page load was mostly compilation).
      output: { postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/imports': 'http://localhost:3000' } },
  // A build is always the production build, whatever NODE_ENV the caller has (jest sets "test",
  // which would otherwise bundle React's development build into dist/web).
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
}));
