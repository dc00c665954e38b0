/**
 * The `newtowns` command run in this process (server/cli.ts main), as `node server/bin/newtowns.mjs`
 * runs it, with the environment the test gives it and its output captured: the exit code, what
 * it wrote to stdout and to stderr. A child process through tsx took 2.4 to 4 s per command.
 * The environment is this process's own for the duration (the command reads process.env, as do
 * the tools it starts); test files run one after another, so nothing else sees it.
 */
import { main } from '../../server/cli.ts';

export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
  const out = { stdout: '', stderr: '' };
  const write = { stdout: process.stdout.write, stderr: process.stderr.write };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  process.stdout.write = ((chunk: string | Uint8Array) => ((out.stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((out.stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, ...out };
  } finally {
    process.stdout.write = write.stdout;
    process.stderr.write = write.stderr;
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
