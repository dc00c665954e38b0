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

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * One build at a time across processes (the integration and browser tests run side by side, and
 * both may find the build old): a directory as the lock, since mkdir is atomic. A lock older than
 * any build takes is left from a killed run and taken over.
 */
function withBuildLock(root: string, work: () => void): void {
  const lock = `${root}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else sleepSync(200);
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export function ensureWebBuild(mode: 'test' | 'production' = 'test', root = WEB_ROOT): void {
  const index = path.join(root, 'index.html');
  const fresh = () => {
    const sources = Math.max(
      newest(path.join(PROJECT_ROOT, 'web')),
      fs.statSync(path.join(PROJECT_ROOT, 'server/ontology.ts')).mtimeMs,
      fs.statSync(path.join(PROJECT_ROOT, 'vite.config.ts')).mtimeMs,
    );
    return fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources;
  };
  if (fresh()) return;
  withBuildLock(root, () => {
    if (fresh()) return;
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--logLevel', 'warn'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEWTOWNS_WEB_DIST: root },
    });
  });
}
