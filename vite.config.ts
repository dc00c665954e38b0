import { defineConfig } from 'vite';

// The explorer is a static single-page app: web/ is its root, the HTTP server serves dist/web.
export default defineConfig({
  root: 'web',
  base: '/',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite` during development: forward GraphQL to a running `npm start`.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
