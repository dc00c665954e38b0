/** An API server in a child process (api-process.ts): its URL, and how to stop it. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT, type Config, type Neo4jConnection } from '../../server/config.ts';

/** Runs `file` (TypeScript, relative to the project) in a child process through tsx, with one JSON argument. */
export function tsxProcess(file: string, arg: unknown, nodeOptions: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeOptions, '--import', 'tsx', path.join(PROJECT_ROOT, file), JSON.stringify(arg)], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** The first line the child prints. */
export const firstLine = (child: ChildProcess): Promise<string> => nextLine(child);

/** The next line the child prints from now on. */
function nextLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const at = out.indexOf('\n');
      if (at < 0) return;
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      resolve(out.slice(0, at));
    };
    const onExit = (code: number | null) => reject(new Error(`${child.spawnargs.join(' ')} exited with ${code} before it answered`));
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

export interface ServerProcess {
  url: string;
  /** How late the server's event loop ran (p99 and max, ms) and its CPU time (ms) since the last call. */
  /** Since the last sample: the event loop's lateness (ms), CPU used (ms), and on average the requests in the server and the admission limit. */
  sample(): Promise<{ loopP99: number; loopMax: number; cpuMs: number; inServer: number; limit: number }>;
  stop(): Promise<void>;
}

export async function serverProcess(connection: Neo4jConnection, config: Partial<Config> = {}): Promise<ServerProcess> {
  // BENCH_PROFILE_DIR: the server writes its CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = tsxProcess('test/support/api-process.ts', { connection, config }, profile);
  const url = await firstLine(child);
  return {
    url,
    sample: () => {
      const line = nextLine(child);
      child.kill('SIGUSR2');
      return line.then((l) => JSON.parse(l));
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
