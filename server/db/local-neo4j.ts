/**
 * The local Neo4j server for development and tests: Neo4j 5.26 Community as Neo4j publishes it on
 * Maven Central, resolved by Maven (server/db/neo4j/pom.xml) and run the way the official
 * distribution runs it (org.neo4j.server.CommunityEntryPoint). Bolt on 127.0.0.1 only, with a
 * password generated on first start and kept in the data folder (mode 0600).
 *
 * Layout of a home folder (default .data/neo4j):
 *   conf/neo4j.conf      written on every start from the settings below
 *   data/, logs/         the server's own
 *   credentials.json     {user, password}, 0600
 *   server.pid           pid of the running server
 *   neo4j-version        the version that created data/, checked before start
 *
 * Maven's resolved classpath is kept beside the home (.data/neo4j-classpath.txt), for every home in
 * that folder, while the pom is unchanged: `newtowns db fetch` makes it (CI does, before the tests).
 * So is an archive of the server's classes as loaded (.data/neo4j-classes.jsa, class data sharing),
 * while the classpath and Java are unchanged: the first server to stop writes it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT, type LocalNeo4jSettings, type Neo4jConnection } from '../config.ts';

export const POM = path.join(PROJECT_ROOT, 'server/db/neo4j/pom.xml');
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
const USER = 'neo4j';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalStatus {
  uri: string;
  user: string;
  password: string | null;
  running: boolean;
  version: string | null;
  pid: number | null;
  home: string;
}

type Log = (message: string) => void;

const files = (home: string) => ({
  conf: path.join(home, 'conf'),
  data: path.join(home, 'data'),
  logs: path.join(home, 'logs'),
  credentials: path.join(home, 'credentials.json'),
  pid: path.join(home, 'server.pid'),
  version: path.join(home, 'neo4j-version'),
  console: path.join(home, 'logs', 'console.log'),
});

/** The Neo4j version the pom pins. */
export function pinnedVersion(): string {
  const pom = fs.readFileSync(POM, 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new LocalNeo4jError(`${POM} has no <neo4j.version>; restore it from git.`);
  return match[1];
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Java 17 or 21 is what Neo4j 5 runs on; fail early with what to install. Returns `java -version`'s banner. */
export function checkJava(): string {
  const result = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'Java was not found. The local Neo4j needs Java 17 or newer: install it (Debian: apt-get install openjdk-17-jre-headless) ' +
        'or set JAVA_HOME, or point the project at an existing server with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
    );
  }
  const text = `${result.stderr}${result.stdout}`;
  const major = Number(/version "(\d+)/.exec(text)?.[1] ?? 0);
  if (major < 17) {
    throw new LocalNeo4jError(`Java ${major || '(unknown version)'} found; Neo4j 5 needs Java 17 or newer. Install it or set JAVA_HOME.`);
  }
  return text.trim();
}

function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'Maven (mvn) was not found. The local Neo4j is resolved from Maven Central with Maven: install it ' +
        '(Debian: apt-get install maven), or point the project at an existing server with NEO4J_URI.',
    );
  }
}

/**
 * Where the server's classpath is kept: beside the home folder, shared by every home in the same
 * folder (.data/ holds the development, test, browser-test and bench servers' homes), rather than
 * in each home: each of those resolved it with Maven on its first start, 4 s each, two at once at
 * the start of every test run on a fresh clone.
 */
export function classpathFiles(home: string): { file: string; key: string } {
  const dir = path.dirname(path.resolve(home));
  return { file: path.join(dir, 'neo4j-classpath.txt'), key: path.join(dir, 'neo4j-classpath.key') };
}

/** Resolve the server's jars with Maven once; reuse the classpath while the pom stays the same. */
export function resolveClasspath(home: string, log: Log = () => {}): string {
  const cached = classpathFiles(home);
  const key = createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
  if (fs.existsSync(cached.file) && fs.existsSync(cached.key) && fs.readFileSync(cached.key, 'utf8') === key) {
    const classpath = fs.readFileSync(cached.file, 'utf8').trim();
    if (classpath.split(path.delimiter).every((jar) => fs.existsSync(jar))) return classpath;
  }
  checkMaven();
  log(`Resolving Neo4j ${pinnedVersion()} from Maven Central (first time only; about a minute)...`);
  fs.mkdirSync(path.dirname(cached.file), { recursive: true });
  // Written beside and renamed into place: two servers starting at once may both resolve it.
  const written = `${cached.file}.${process.pid}`;
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${written}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j ${pinnedVersion()}:\n${(result.stdout + result.stderr).trim().slice(-2000)}\n` +
        'Check that Maven Central is reachable (mvn dependency:get -Dartifact=org.neo4j:neo4j:' +
        pinnedVersion() +
        '), or point the project at an existing server with NEO4J_URI.',
    );
  }
  const classpath = fs.readFileSync(written, 'utf8').trim();
  fs.renameSync(written, cached.file);
  fs.writeFileSync(`${cached.key}.${process.pid}`, key);
  fs.renameSync(`${cached.key}.${process.pid}`, cached.key);
  return classpath;
}

/**
 * Class data sharing: the JVM keeps the server's classes as loaded and verified in an archive
 * beside the classpath, and maps it on later starts instead of reading and verifying about 14,000
 * classes (the JDK's and the server's, from 212 jars) again. A start took 11.5 to 14.6 s and 6.3
 * to 6.8 s of CPU without it, 4.7 to 6.0 s and 4.1 s with it (a test server on 2 busy cores,
 * 2026-12-04). A start without a current archive writes one when the server stops (a few seconds
 * more, once); the archive is current while the classpath and the Java that wrote it are. The JVM
 * checks it again and runs without it (a warning in logs/console.log) should it not fit.
 */
function classArchive(home: string): { file: string; key: string; written: string; writtenKey: string } {
  const dir = path.dirname(path.resolve(home));
  // A server without a current archive writes its own in its home; it is moved beside the others
  // once that server has stopped (two servers may write one at once).
  return { file: path.join(dir, 'neo4j-classes.jsa'), key: path.join(dir, 'neo4j-classes.key'), written: path.join(home, 'classes.jsa'), writtenKey: path.join(home, 'classes.key') };
}

/** The JVM options that use the archive, or that write one at exit when there is none for this classpath and Java. */
function classArchiveOptions(home: string, classpath: string, java: string): string[] {
  const archive = classArchive(home);
  const key = createHash('sha256').update(`${java}\n${classpath}`).digest('hex');
  if (fs.existsSync(archive.file) && fs.existsSync(archive.key) && fs.readFileSync(archive.key, 'utf8') === key) return [`-XX:SharedArchiveFile=${archive.file}`];
  fs.rmSync(archive.written, { force: true });
  fs.writeFileSync(archive.writtenKey, key);
  return [`-XX:ArchiveClassesAtExit=${archive.written}`];
}

/** After a stop: the archive the server wrote at exit, if any, becomes the shared one; not one it may have been killed while writing. */
function keepClassArchive(home: string, complete: boolean): void {
  const archive = classArchive(home);
  if (complete && fs.existsSync(archive.written) && fs.statSync(archive.written).size > 0 && fs.existsSync(archive.writtenKey)) {
    fs.renameSync(archive.written, archive.file);
    fs.renameSync(archive.writtenKey, archive.key);
  }
  fs.rmSync(archive.written, { force: true });
  fs.rmSync(archive.writtenKey, { force: true });
}

/** The generated credentials, created on first use. */
export function credentials(home: string): { user: string; password: string } {
  const f = files(home);
  if (fs.existsSync(f.credentials)) {
    return JSON.parse(fs.readFileSync(f.credentials, 'utf8')) as { user: string; password: string };
  }
  fs.mkdirSync(home, { recursive: true });
  const created = { user: USER, password: randomBytes(24).toString('base64url') };
  fs.writeFileSync(f.credentials, JSON.stringify(created, null, 2) + '\n', { mode: 0o600 });
  return created;
}

export function connectionOf(settings: LocalNeo4jSettings, database = 'neo4j'): Neo4jConnection {
  const { user, password } = credentials(settings.home);
  return { uri: `bolt://127.0.0.1:${settings.boltPort}`, user, password, database };
}

function writeServerConfig(settings: LocalNeo4jSettings): void {
  const f = files(settings.home);
  for (const dir of [f.conf, f.data, f.logs]) fs.mkdirSync(dir, { recursive: true });
  const lines = [
    '# Written by server/db/local-neo4j.ts on every start; edit the settings there, not here.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    'server.bolt.advertised_address=127.0.0.1:' + settings.boltPort,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${f.data}`,
    `server.directories.logs=${f.logs}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${settings.pageCache}`,
    // Partner files may not reach the file system or the network through Cypher.
    'dbms.security.allow_csv_import_from_file_urls=false',
    'dbms.security.procedures.unrestricted=',
    'db.transaction.timeout=10m',
    'db.logs.query.enabled=OFF',
    // At a stop the databases close first (waiting for their transactions), then Bolt waits 5 s
    // for its connections and 5 s for its threads: 10 of a stop's 11 s, waiting on connections
    // that can do nothing any more (0.4 to 0.6 s without; a warning in debug.log says so).
    'internal.server.bolt.connection_shutdown_wait_time=0s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=0s',
  ];
  fs.writeFileSync(path.join(f.conf, 'neo4j.conf'), lines.join('\n') + '\n');
}

function readPid(home: string): number | null {
  try {
    const pid = Number(fs.readFileSync(files(home).pid, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Whether `pid` is a Neo4j started from `home`: by its command line where the system shows it
 * (Linux), else by being alive at all.
 */
function serverOf(home: string, pid: number | null): boolean {
  if (!alive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(`--home-dir=${home}`);
  } catch {
    return true;
  }
}

function alive(pid: number | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Ask the server for its version; null when it does not answer with our credentials. */
export async function serverVersion(connection: Neo4jConnection): Promise<string | null> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionAcquisitionTimeout: 3000,
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  try {
    const result = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version', {}, {
      database: 'system',
      routing: neo4j.routing.READ,
    });
    return (result.records[0]?.get('version') as string | undefined) ?? null;
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}

export async function status(settings: LocalNeo4jSettings): Promise<LocalStatus> {
  const f = files(settings.home);
  const connection = connectionOf(settings);
  const pid = readPid(settings.home);
  const version = alive(pid) ? await serverVersion(connection) : null;
  return {
    uri: connection.uri,
    user: connection.user,
    password: fs.existsSync(f.credentials) ? connection.password : null,
    running: version !== null,
    version,
    pid: version !== null ? pid : null,
    home: settings.home,
  };
}

function checkDataVersion(home: string, version: string): void {
  const f = files(home);
  const hasData = fs.existsSync(path.join(f.data, 'databases'));
  if (!hasData) {
    fs.writeFileSync(f.version, version + '\n');
    return;
  }
  const created = fs.existsSync(f.version) ? fs.readFileSync(f.version, 'utf8').trim() : 'an unknown version';
  const [major, minor] = version.split('.');
  if (!created.startsWith(`${major}.${minor}.`)) {
    throw new LocalNeo4jError(
      `The data folder ${f.data} was created by Neo4j ${created}; this project runs Neo4j ${version}. ` +
        `Move the folder away (mv ${home} ${home}.old) to start with an empty graph, or dump it with that version's ` +
        'neo4j-admin and load the dump into this one.',
    );
  }
  if (created !== version) fs.writeFileSync(f.version, version + '\n');
}

function logTail(home: string, lines = 30): string {
  const f = files(home);
  const parts: string[] = [];
  for (const file of [f.console, path.join(f.logs, 'neo4j.log')]) {
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
    if (text) parts.push(`--- ${file}\n${text}`);
  }
  return parts.join('\n');
}

function explainFailure(home: string, port: number): string {
  const tail = logTail(home);
  if (/Address already in use|BindException/i.test(tail)) {
    return `Port ${port} is taken by another program. Stop it, or choose another port with NEWTOWNS_NEO4J_PORT.`;
  }
  if (/store version|StoreUpgrade|UnableToUpgrade|not supported|format version/i.test(tail)) {
    return `The data in ${path.join(home, 'data')} is from an incompatible Neo4j version. Move ${home} away to start afresh.`;
  }
  return `See the server's logs in ${path.join(home, 'logs')}.`;
}

/**
 * neo4j-admin dbms set-initial-password, for a server in `home` that has never started: writes
 * data/dbms/auth.ini. '--' ends the options: a generated password may start with '-'.
 */
export function setInitialPassword(home: string, classpath: string, password: string): void {
  const f = files(home);
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: f.conf };
  const result = spawnSync(javaBinary(), ['-cp', classpath, ADMIN_TOOL, 'dbms', 'set-initial-password', '--', password], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new LocalNeo4jError(`Could not set the initial password: ${(result.stderr || result.stdout).trim()}`);
  }
}

export interface StartResult {
  connection: Neo4jConnection;
  /** True when this call started the server (so the caller should stop it again). */
  started: boolean;
  version: string;
  ms: number;
}

/** Start the local server unless ours already runs; resolves when it answers on Bolt. */
export async function start(settings: LocalNeo4jSettings, log: Log = () => {}): Promise<StartResult> {
  const begun = Date.now();
  const connection = connectionOf(settings);
  // A second server on the same folder would fail on its store lock, and its failure would take
  // the running one's pid file with it (leaving that one out of reach of `stop`).
  const running = readPid(settings.home);
  if (serverOf(settings.home, running) && !(await portOpen(settings.boltPort))) {
    throw new LocalNeo4jError(
      `A Neo4j from ${settings.home} runs already (pid ${running}) but does not answer on port ${settings.boltPort}: ` +
        'it was started with another port, or is still starting. Use its port (NEWTOWNS_NEO4J_PORT, or NEWTOWNS_TEST_NEO4J_PORT for the tests), ' +
        `or stop it first (npx newtowns stop with its port, or kill ${running}).`,
    );
  }
  const current = await status(settings);
  if (current.running && current.version) {
    return { connection, started: false, version: current.version, ms: Date.now() - begun };
  }
  if (await portOpen(settings.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${settings.boltPort} on 127.0.0.1 is taken by another program (not this project's Neo4j in ${settings.home}). ` +
        'Stop that program, choose another port with NEWTOWNS_NEO4J_PORT, or use that server with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
    );
  }
  const java = checkJava();
  const version = pinnedVersion();
  checkDataVersion(settings.home, version);
  const classpath = resolveClasspath(settings.home, log);
  const f = files(settings.home);
  writeServerConfig(settings);
  const env = { ...process.env, NEO4J_HOME: settings.home, NEO4J_CONF: f.conf };

  if (!fs.existsSync(path.join(f.data, 'dbms', 'auth.ini'))) setInitialPassword(settings.home, classpath, connection.password);

  log(`Starting Neo4j ${version} on ${connection.uri} (data in ${settings.home})...`);
  const out = fs.openSync(f.console, 'a');
  const child = spawn(
    javaBinary(),
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      ...(settings.jvmOptions ?? []),
      ...classArchiveOptions(settings.home, classpath, java),
      '-cp',
      classpath,
      ENTRY_POINT,
      `--home-dir=${settings.home}`,
      `--config-dir=${f.conf}`,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  child.unref();
  if (!child.pid) throw new LocalNeo4jError('Java could not be started.');
  fs.writeFileSync(f.pid, String(child.pid));

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      fs.rmSync(f.pid, { force: true });
      throw new LocalNeo4jError(`Neo4j stopped during start-up (exit ${exited}). ${explainFailure(settings.home, settings.boltPort)}`);
    }
    if (await portOpen(settings.boltPort)) {
      const answered = await serverVersion(connection);
      if (answered) return { connection, started: true, version: answered, ms: Date.now() - begun };
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop(settings);
  throw new LocalNeo4jError(`Neo4j did not answer on ${connection.uri} within 3 minutes. ${explainFailure(settings.home, settings.boltPort)}`);
}

/** Stop our server if it runs; resolves when the process has gone. */
export async function stop(settings: LocalNeo4jSettings, log: Log = () => {}): Promise<boolean> {
  const f = files(settings.home);
  const pid = readPid(settings.home);
  if (!alive(pid) || !pid) {
    fs.rmSync(f.pid, { force: true });
    return false;
  }
  log(`Stopping Neo4j (pid ${pid})...`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const killed = alive(pid);
  if (killed) process.kill(pid, 'SIGKILL');
  fs.rmSync(f.pid, { force: true });
  keepClassArchive(settings.home, !killed);
  return true;
}
