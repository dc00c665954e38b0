/**
 * The production build has no test code: the hook the browser tests and the benchmark read the
 * canvas through (web/src/bench.ts) is only in the test build (vite --mode test), and the two
 * builds are otherwise the same explorer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { WEB_ROOT } from '../../server/http.ts';
import { ensureWebBuild } from '../support/web-build.ts';

const scripts = (root: string) =>
  fs
    .readdirSync(path.join(root, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => fs.readFileSync(path.join(root, 'assets', f), 'utf8'))
    .join('\n');

it('leaves the benchmark hook out of the production build, and only out of it', () => {
  const production = path.join(PROJECT_ROOT, 'dist/web');
  expect(WEB_ROOT).not.toBe(production);
  ensureWebBuild('production', production);
  ensureWebBuild();
  const prod = scripts(production);
  const test = scripts(WEB_ROOT);
  for (const mark of ['__explorer', 'loadSynthetic', 'panFps']) {
    expect(test, mark).toContain(mark);
    expect(prod, mark).not.toContain(mark);
  }
  // The same explorer otherwise: its own code is in both.
  for (const mark of ['claims-table', 'sheet-open', 'search-empty']) {
    expect(prod, mark).toContain(mark);
    expect(test, mark).toContain(mark);
  }
});
