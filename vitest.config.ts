import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { BROWSER_PROJECT } from './test/support/settings.ts';

const require = createRequire(import.meta.url);

// Three projects. Unit tests (pure code, no Neo4j, no browser) run side by side. Integration tests
// share one real Neo4j (Community has one user database), so their files run one after another,
// each setting up the graph it needs. Browser tests do the same on a second Neo4j of their own, beside
// the integration tests: the two wait on different things (Chromium, Neo4j) and share the cores well.
// Against one given server (NEWTOWNS_TEST_NEO4J_URI) there is one database, so one queue for both.
// The two queues run their files in one worker without isolation: each file imported the server's
// modules (yoga, the schema, the driver, playwright-core) anew, 88 to 102 s of imports per queue
// on a busy machine, 10 s without. Every file sets up the graph and servers it needs, and closes them.
const oneServer = Boolean(process.env.NEWTOWNS_TEST_NEO4J_URI);
// Two browser files run in the integration tests' queue, on their server, to even out the two
// queues: on CI (2 cores) the integration files took 307 s and the browser files 394 s, of which
// the contribution walk 46 s; later, on a busy machine, 290 s and 399 s, of which the causal
// view's tests (then in explorer.test.ts) about 110 s.
const BROWSER_IN_INTEGRATION_QUEUE = ['test/e2e/contribute.test.ts', 'test/e2e/causal.test.ts'];
const INTEGRATION = ['test/integration/**/*.test.ts', ...BROWSER_IN_INTEGRATION_QUEUE];
const BROWSER = ['test/e2e/**/*.test.ts'];

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
    // Tests in a describe.concurrent run this many at a time (the browser tests: each on pages of its own).
    maxConcurrency: 3,
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
          include: oneServer ? [...INTEGRATION, ...BROWSER] : INTEGRATION,
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          isolate: false,
        },
      },
      ...(oneServer
        ? []
        : [
            {
              extends: true as const,
              test: { name: BROWSER_PROJECT, include: BROWSER, exclude: [...BROWSER_IN_INTEGRATION_QUEUE, '**/node_modules/**'], globalSetup: ['test/support/global-setup.ts'], fileParallelism: false, isolate: false },
            },
          ]),
    ],
  },
});
