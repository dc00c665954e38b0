import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Two projects. Unit tests (pure code, no Neo4j, no browser) run side by side. Integration and
// browser tests share one real Neo4j (Community has one user database), so their files run one
// after another, each setting up the graph it needs; only they start the test Neo4j.
export default defineConfig({
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds. Node, and so graphql-yoga at run time,
    // loads the CJS one; Vite would hand our code the ESM one, and graphql refuses values from
    // "another realm". One build for everyone, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // The browser tests drive the explorer's test build, which has the hook they read the canvas
    // through (web/src/bench.ts); the production build in dist/web has none (test/e2e/build.test.ts).
    env: { NEWTOWNS_WEB_DIST: process.env.NEWTOWNS_WEB_DIST ?? 'dist/web-test' },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
