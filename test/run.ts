/**
 * `npm test`: the type check, the integration tests (with the unit tests) and the browser tests
 * side by side, the tests in two Vitest processes, each on its own Neo4j (test/support/settings.ts).
 * The type check (15 s of CPU) runs while the Neo4j servers start, which mostly wait. One Vitest
 * would run them one after the other: projects of one group share its worker count, and both need
 * one file at a time. Side by side they share the cores well, since the integration tests mostly wait
 * on Neo4j and the browser tests on Chromium.
 *
 * Arguments (`npm test -- test/e2e/phone.test.ts`, `-t name`) go to one plain `vitest run` instead.
 * The browser run's lines carry a "[browser]" prefix, the type check's "[types]"; the exit code is
 * the worst of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { PROJECT_ROOT } from '../server/config.ts';
import { BROWSER_PROJECT } from './support/settings.ts';

const vitest = path.join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs');
const tsc = path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');

function run(args: string[], prefix = ''): { child: ChildProcess; done: Promise<number> } {
  return runNode([vitest, 'run', ...args], prefix);
}

function runNode(args: string[], prefix: string): { child: ChildProcess; done: Promise<number> } {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  if (prefix) {
    for (const [from, to] of [
      [child.stdout!, process.stdout],
      [child.stderr!, process.stderr],
    ] as const) {
      readline.createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`${prefix}${line}\n`));
    }
  }
  const done = new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { child, done };
}

const extra = process.argv.slice(2);
const oneServer = Boolean(process.env.NEWTOWNS_TEST_NEO4J_URI);
const runs = [
  runNode([tsc, '--noEmit', '-p', '.'], '[types] '),
  ...(extra.length || oneServer ? [run(extra)] : [run(['--project', 'unit', '--project', 'neo4j']), run(['--project', BROWSER_PROJECT], '[browser] ')]),
];

// Ctrl-C reaches every child through the terminal; a SIGTERM to this process is passed on.
process.on('SIGTERM', () => runs.forEach((r) => r.child.kill('SIGTERM')));
process.on('SIGINT', () => {});

const codes = await Promise.all(runs.map((r) => r.done));
process.stdout.write(codes[0] === 0 ? '[types] no type errors\n' : '[types] the type check failed: see the [types] lines above (npm run typecheck)\n');
process.exitCode = Math.max(...codes);
