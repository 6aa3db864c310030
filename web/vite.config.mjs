import { defineConfig } from 'vite';

// The web app is served by the API server from dist/web (see src/web/web-app.route.ts).
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  base: '/',
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
