import { defineConfig } from 'vitest/config';

// One real Neo4j serves the whole run (Community has one user database), so test files run one
// after another; each file sets up the graph it needs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
