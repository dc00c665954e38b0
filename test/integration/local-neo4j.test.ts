/**
 * The local server's command line and its errors: `newtowns db status --json` against the running
 * test server, and the clear messages for a taken port, missing Java or Maven, and a data folder
 * from another Neo4j version. The command runs in this process (test/support/cli.ts); Java, Maven
 * and neo4j-admin are the real ones.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveClasspath, setInitialPassword, start } from '../../server/db/local-neo4j.ts';
import { runCli } from '../support/cli.ts';
import { testNeo4jSettings } from '../support/settings.ts';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempHome(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newtowns-neo4j-'));
  temp.push(dir);
  return dir;
}

const cli = (args: string[], env: Record<string, string | undefined>) => runCli(args, { NEO4J_URI: undefined, ...env });

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('newtowns db status --json', () => {
  it('prints the connection of the running local server, with the generated password', async () => {
    const result = await cli(['db', 'status', '--json'], {
      NEWTOWNS_NEO4J_HOME: testNeo4jSettings.home,
      NEWTOWNS_NEO4J_PORT: String(testNeo4jSettings.boltPort),
    });
    expect(result.code, result.stderr).toBe(0);
    const status = JSON.parse(result.stdout);
    const stored = JSON.parse(fs.readFileSync(path.join(testNeo4jSettings.home, 'credentials.json'), 'utf8'));
    expect(status).toEqual({
      uri: `bolt://127.0.0.1:${testNeo4jSettings.boltPort}`,
      user: 'neo4j',
      password: stored.password,
      running: true,
      version: expect.stringMatching(/^5\.26\.\d+$/),
    });
    expect(stored.password).not.toBe('neo4j');
    expect(stored.password.length).toBeGreaterThanOrEqual(24);
    expect(fs.statSync(path.join(testNeo4jSettings.home, 'credentials.json')).mode & 0o777).toBe(0o600);
  });

  it('says running: false for a folder with no server', async () => {
    const result = await cli(['db', 'status', '--json'], { NEWTOWNS_NEO4J_HOME: tempHome(), NEWTOWNS_NEO4J_PORT: String(await freePort()) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ running: false, version: null, user: 'neo4j' });
  });

  it('keeps the server on loopback with authentication on', () => {
    const conf = fs.readFileSync(path.join(testNeo4jSettings.home, 'conf/neo4j.conf'), 'utf8');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${testNeo4jSettings.boltPort}`);
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('server.http.enabled=false');
  });

  it('runs on a class archive the JVM accepts, or writes one for the next start', () => {
    const pid = fs.readFileSync(path.join(testNeo4jSettings.home, 'server.pid'), 'utf8').trim();
    const options = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const mapped = options.find((o) => o.startsWith('-XX:SharedArchiveFile='))?.split('=')[1];
    const writing = options.find((o) => o.startsWith('-XX:ArchiveClassesAtExit='))?.split('=')[1];
    expect([mapped, writing].filter(Boolean), options.join(' ')).toHaveLength(1);
    if (writing) {
      expect(path.dirname(writing)).toBe(testNeo4jSettings.home);
      expect(fs.readFileSync(path.join(testNeo4jSettings.home, 'classes.key'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    } else {
      const check = spawnSync('java', [`-XX:SharedArchiveFile=${mapped}`, '-XX:+PrintSharedArchiveAndExit', '-cp', resolveClasspath(testNeo4jSettings.home), 'org.neo4j.server.CommunityEntryPoint'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(check.stdout + check.stderr).toContain('archive is valid');
    }
  });
});

describe('clear errors', () => {
  it('names the taken port and what to do', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(start({ home: tempHome(), boltPort: port, heap: '512m', pageCache: '64m' })).rejects.toThrow(
        new RegExp(`Port ${port} on 127.0.0.1 is taken by another program.*NEWTOWNS_NEO4J_PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it('refuses a second server on the folder of a running one (another port), and leaves the running one as it was', async () => {
    const pidFile = path.join(testNeo4jSettings.home, 'server.pid');
    const pid = fs.readFileSync(pidFile, 'utf8');
    await expect(start({ ...testNeo4jSettings, boltPort: await freePort() })).rejects.toThrow(new RegExp(`runs already \\(pid ${pid.trim()}\\).*NEWTOWNS_TEST_NEO4J_PORT`));
    expect(fs.readFileSync(pidFile, 'utf8')).toBe(pid);
    const status = await cli(['db', 'status', '--json'], { NEWTOWNS_NEO4J_PORT: String(testNeo4jSettings.boltPort), NEWTOWNS_NEO4J_HOME: testNeo4jSettings.home });
    expect(JSON.parse(status.stdout)).toMatchObject({ running: true });
  });

  it('says Java is missing and how to install it', async () => {
    const result = await cli(['db', 'start'], { NEWTOWNS_NEO4J_HOME: tempHome(), NEWTOWNS_NEO4J_PORT: String(await freePort()), JAVA_HOME: '/nonexistent' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Java was not found.*Java 17 or newer/);
    expect(result.stderr).toMatch(/NEO4J_URI/);
  });

  it('says Maven is missing when the server has not been resolved yet', async () => {
    // A PATH with node and nothing else.
    const bin = tempHome();
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const result = await cli(['db', 'start'], {
      // In a folder of its own: the classpath is kept beside the home, for every home there.
      NEWTOWNS_NEO4J_HOME: path.join(tempHome(), 'neo4j'),
      NEWTOWNS_NEO4J_PORT: String(await freePort()),
      PATH: bin,
      JAVA_HOME: path.resolve(fs.realpathSync(spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).stdout.trim()), '../..'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Maven \(mvn\) was not found.*apt-get install maven/);
  });

  it('refuses a data folder made by another Neo4j version, and says how to start afresh', async () => {
    const home = tempHome();
    fs.mkdirSync(path.join(home, 'data/databases'), { recursive: true });
    fs.writeFileSync(path.join(home, 'neo4j-version'), '4.4.30\n');
    const result = await cli(['db', 'start'], { NEWTOWNS_NEO4J_HOME: home, NEWTOWNS_NEO4J_PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/created by Neo4j 4\.4\.30; this project runs Neo4j 5\.26\.\d+/);
    expect(result.stderr).toMatch(/Move the folder away/);
  });

  it('takes a generated password that starts with a dash (1 in 64 of them) as a password, not an option', () => {
    // base64url passwords can start with '-': neo4j-admin read one as an unknown option and a fresh
    // install failed ("Missing required parameter: '<password>'"). The real neo4j-admin, on a
    // folder of its own; what it stored is checked against the password itself (salted SHA-256,
    // iterated, as auth.ini holds it), without booting a second server.
    const home = tempHome();
    const password = '-' + 'x'.repeat(31);
    setInitialPassword(home, resolveClasspath(testNeo4jSettings.home), password);
    const line = fs.readFileSync(path.join(home, 'data/dbms/auth.ini'), 'utf8').trim();
    const [user, stored] = line.split(':');
    const [algorithm, hash, salt, iterations] = stored!.split(',');
    expect({ user, algorithm }).toEqual({ user: 'neo4j', algorithm: 'SHA-256' });
    let digest = createHash('sha256').update(Buffer.from(salt!, 'hex')).update(password, 'utf8').digest();
    for (let i = 1; i < Number(iterations); i++) digest = createHash('sha256').update(digest).digest();
    expect(digest.toString('hex')).toBe(hash);
  });
});
