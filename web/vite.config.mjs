import { defineConfig } from 'vite';

// The web app is served by the API server from dist/web (see src/web/web-app.routes.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // Budgets are measured by `npm run bench:web`, not enforced by the bundler.
    chunkSizeWarningLimit: 1000,
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/imports': 'http://localhost:3000' } },
});
