import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// One real Neo4j serves the whole run (Community has one user database), so test files run one
// after another; each file sets up the graph it needs.
export default defineConfig({
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds. Node, and so graphql-yoga at run time,
    // loads the CJS one; Vite would hand our code the ESM one, and graphql refuses values from
    // "another realm". One build for everyone, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests drive the explorer's test build, which has the hook they read the canvas
    // through (web/src/bench.ts); the production build in dist/web has none (test/e2e/build.test.ts).
    env: { NEWTOWNS_WEB_DIST: process.env.NEWTOWNS_WEB_DIST ?? 'dist/web-test' },
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
