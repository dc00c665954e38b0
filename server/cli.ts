/**
 * `newtowns`: the command line. Each command is a small function; all print plain text on a
 * terminal, JSON with --json, and exit non-zero with a message that says what to do next.
 */
import './production-mode.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { classpathFiles, pinnedVersion, resolveClasspath, start, status, stop, LocalNeo4jError } from './db/local-neo4j.ts';
import { openDatabase } from './db/open.ts';
import { seedIfEmpty } from './import/seed.ts';
import { onStopSignals } from './stop-signals.ts';

const USAGE = `newtowns <command>

  serve                      start Neo4j (unless NEO4J_URI is set), apply the schema, load the seed
                             graph when the database is empty, and serve on http://localhost:4000
  db start | stop | status   the local Neo4j server; \`db status --json\` prints its connection
  db fetch                   resolve its jars from Maven Central ahead of a first start
  schema                     apply cypher/schema.cypher to the database
  seed                       load the seed graph (cypher/seed/) through the import pipeline
  import FILE [--dry-run] [--json] [--partner NAME]
                             import a Cypher dataset: validated, all-or-nothing, recorded
  imports [--json]           list past imports
  undo IMPORT_ID [--json]    revert one import
  coverage [--json]          how well the knowledge is sourced: sources by kind, claims by evidence
                             grade, challenges without cause or intervention, interventions without actor
  token create --role participant|partner|admin --name NAME | token list | token revoke ID
                             bearer tokens for the GraphQL mutations (the secret is shown once)
  accounts create|invite|list|disable|sign-out ...
                             accounts of people who sign in to the explorer (\`accounts\` for usage)

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (use an existing server), PORT (4000),
NEWTOWNS_NEO4J_PORT (7687), NEWTOWNS_NEO4J_HOME (.data/neo4j).`;

export type Command = (args: string[], config: Config) => Promise<number>;

const say = (message: string) => process.stderr.write(message + '\n');

const db: Command = async (args, config) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  const action = positionals[0];
  if (config.external && action !== 'status') {
    say(`NEO4J_URI is set (${config.external.uri}): that server is managed elsewhere; unset NEO4J_URI to manage the local one.`);
    return 2;
  }
  switch (action) {
    case 'start': {
      const result = await start(config.local, say);
      say(result.started ? `Neo4j ${result.version} started in ${(result.ms / 1000).toFixed(1)} s on ${result.connection.uri}.` : `Neo4j ${result.version} is already running on ${result.connection.uri}.`);
      return 0;
    }
    case 'fetch': {
      const jars = resolveClasspath(config.local.home, say).split(path.delimiter).length;
      say(`Neo4j ${pinnedVersion()} is here: ${jars} jars from Maven Central, their classpath in ${path.relative(process.cwd(), classpathFiles(config.local.home).file)}.`);
      return 0;
    }
    case 'stop':
      say((await stop(config.local, say)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const s = await status(config.local);
      if (values.json) {
        process.stdout.write(JSON.stringify({ uri: s.uri, user: s.user, password: s.password, running: s.running, version: s.version }) + '\n');
      } else {
        process.stdout.write(
          s.running ? `running: Neo4j ${s.version} on ${s.uri} (user ${s.user}; password in ${s.home}/credentials.json)\n` : `not running (data in ${s.home}); start it with \`newtowns db start\`\n`,
        );
      }
      return 0;
    }
    default:
      say('Usage: newtowns db start | stop | status [--json] | fetch');
      return 2;
  }
};

const schema: Command = async (_args, config) => {
  const opened = await openDatabase(config, say);
  await opened.close();
  return 0;
};

const serve: Command = async (_args, config) => {
  const begun = Date.now();
  // The API's modules (yoga, the schema, the explorer's files) load while Neo4j starts; the other
  // commands never load them, which keeps `newtowns import` quick to start.
  const http = import('./http.ts');
  const opened = await openDatabase(config, say);
  await seedIfEmpty(opened.db, say);
  const { startHttpServer } = await http;
  const app = await startHttpServer({ db: opened.db, config });
  say(`Ready in ${((Date.now() - begun) / 1000).toFixed(1)} s.`);
  say(`  Explorer  ${app.url}/`);
  say(`  GraphQL   ${app.url}/graphql`);
  say(`  Health    ${app.url}/healthz`);
  say('Press Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    onStopSignals(
      (signal) => {
        const waiting = app.inFlight();
        const grace = Math.ceil(config.shutdownGraceMs / 1000);
        const requests = waiting === 1 ? '1 request is' : `${waiting} requests are`;
        say(
          waiting > 0 && grace > 0
            ? `\n${signal}: shutting down; ${requests} still being answered, waiting up to ${grace} s (${signal} again cuts them)...`
            : `\n${signal}: shutting down...`,
        );
        const onWindDown = (cut: number) =>
          say(`Waiting for ${cut === 1 ? 'the cut request' : `${cut} cut requests`} to wind down (an import rolls back)...`);
        void app
          .close({ graceMs: config.shutdownGraceMs, onWindDown })
          .then(() => opened.close())
          .then(resolve, (error: unknown) => {
            say(String(error));
            resolve();
          });
      },
      (signal) => {
        if (app.inFlight() > 0) say(`${signal}: cutting the requests in flight.`);
        app.cut();
      },
    );
  });
  return 0;
};

/** Commands that live with the code they drive (import/), loaded on demand. */
const importCommand =
  (name: 'seed' | 'import' | 'imports' | 'undo'): Command =>
  async (args, config) => {
    const module = await import('./import/cli.ts');
    return module.commands[name](args, config);
  };

/** `newtowns token ...`: API tokens, managed directly in the database. */
const token: Command = async (args, config) => {
  const { tokenCommand } = await import('./api/tokens-cli.ts');
  const opened = await openDatabase(config, () => {});
  try {
    return await tokenCommand(opened.db, args);
  } finally {
    await opened.close();
  }
};

/** `newtowns accounts ...`: accounts of people, managed directly in the database. */
const accounts: Command = async (args, config) => {
  const { accountsCommand } = await import('./accounts/cli.ts');
  const opened = await openDatabase(config, () => {});
  try {
    return await accountsCommand(opened.db, args, process.env.NEWTOWNS_PUBLIC_URL ?? `http://localhost:${config.port}`);
  } finally {
    await opened.close();
  }
};

/** `newtowns coverage [--json]`: how well the graph's knowledge is sourced (server/graph/coverage.ts). */
const coverageCommand: Command = async (args, config) => {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const { coverage, coverageText } = await import('./graph/coverage.ts');
  const opened = await openDatabase(config, () => {});
  try {
    const c = await coverage(opened.db);
    process.stdout.write((values.json ? JSON.stringify(c, null, 2) : coverageText(c)) + '\n');
    return 0;
  } finally {
    await opened.close();
  }
};

export const COMMANDS: Record<string, Command> = {
  coverage: coverageCommand,
  token,
  accounts,
  serve,
  db,
  schema,
  seed: importCommand('seed'),
  import: importCommand('import'),
  imports: importCommand('imports'),
  undo: importCommand('undo'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    say(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, loadConfig());
  } catch (error) {
    if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
      say(`Error: ${error.message}`);
      return 1;
    }
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      say(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    say(`Error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/cli.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}
