import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

// The explorer is a static single-page app: web/ is its root, the HTTP server serves dist/web
// (NEWTOWNS_WEB_DIST moves it, so parallel work on one checkout does not share a build).
// `--mode test` builds it with the hook the browser tests and the benchmark drive (web/src/bench.ts)
// into dist/web-test; the production build has no such code (app.ts imports it only in that mode).
export default defineConfig(({ mode }) => ({
  root: 'web',
  base: '/',
  build: {
    outDir: path.resolve(root, process.env.NEWTOWNS_WEB_DIST ?? (mode === 'test' ? 'dist/web-test' : 'dist/web')),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change far less often than the explorer, so a
        // new release leaves them cached. Code only some views need (dagre for the causal view,
        // the exports) is split off by its dynamic import().
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            { name: 'fcose', test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // `npx vite` during development: forward GraphQL to a running `npm start`.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
}));
