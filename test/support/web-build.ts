/**
 * Builds the explorer (Vite) once for browser tests: only when the build is missing or older than
 * any file under web/ or the ontology it bundles. The tests and the benchmark use the test build
 * (`--mode test`, with the hook of web/src/bench.ts) in WEB_ROOT, dist/web-test as they set it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { WEB_ROOT } from '../../server/http.ts';

function newest(dir: string): number {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return max;
}

export function ensureWebBuild(mode: 'test' | 'production' = 'test', root = WEB_ROOT): void {
  const index = path.join(root, 'index.html');
  const sources = Math.max(
    newest(path.join(PROJECT_ROOT, 'web')),
    fs.statSync(path.join(PROJECT_ROOT, 'server/ontology.ts')).mtimeMs,
    fs.statSync(path.join(PROJECT_ROOT, 'vite.config.ts')).mtimeMs,
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEWTOWNS_WEB_DIST: root },
  });
}
