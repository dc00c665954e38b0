import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer is a static single-page app: web/ is its root, the HTTP server serves dist/web
// (NEWTOWNS_WEB_DIST moves it, so parallel work on one checkout does not share a build).
export default defineConfig({
  root: 'web',
  base: '/',
  build: {
    outDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), process.env.NEWTOWNS_WEB_DIST ?? 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite` during development: forward GraphQL to a running `npm start`.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
