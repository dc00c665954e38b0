/**
 * The foundation against the real test Neo4j: schema applied and idempotent, duplicate ids
 * refused, wrong passwords refused, the health endpoint reading the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { cypher, createDriver, Db } from '../../server/db/driver.ts';
import { applySchema, schemaStatements } from '../../server/db/schema.ts';
import { startHttpServer, type AppServer } from '../../server/http.ts';
import { LABEL_NAMES } from '../../server/ontology.ts';
import { emptyGraph, testConfig, testConnection, testDb } from '../support/db.ts';

const showConstraints = cypher('test.showConstraints', 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties');
const showIndexes = cypher('test.showIndexes', 'SHOW INDEXES YIELD name, type, options RETURN name, type, options');

describe('schema', () => {
  const db = testDb();
  afterAll(() => db.close());

  it('has every constraint and index the ontology declares, with the Dutch full-text analyzer', async () => {
    const constraints = (await db.read(showConstraints)).records.map((r) => r.get('name') as string);
    const indexes = (await db.read(showIndexes)).records;
    const indexNames = indexes.map((r) => r.get('name') as string);
    for (const s of schemaStatements()) {
      if (s.kind === 'constraint') expect(constraints).toContain(s.name);
      else expect(indexNames).toContain(s.name);
    }
    for (const label of LABEL_NAMES) expect(constraints).toContain(`${label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}_id_unique`);
    const analyzer = (name: string) => indexes.find((r) => r.get('type') === 'FULLTEXT' && r.get('name') === name)?.get('options').indexConfig['fulltext.analyzer'];
    expect(analyzer('node_text')).toBe('dutch');
    // Names unstemmed, for search as you type.
    expect(analyzer('node_name')).toBe('standard-folding');
  });

  it('applying it twice changes nothing', async () => {
    const before = (await db.read(showConstraints)).records.length + (await db.read(showIndexes)).records.length;
    const { created } = await applySchema(db);
    const after = (await db.read(showConstraints)).records.length + (await db.read(showIndexes)).records.length;
    expect(created).toBe(0);
    expect(after).toBe(before);
  });

  it('refuses a duplicate id with a message that names the id and the constraint', async () => {
    await emptyGraph(db);
    const create = cypher('test.createChallenge', 'CREATE (:Challenge {id: $id, name: $name})');
    await db.write(create, { id: 'challenge:vergrijzing', name: 'Vergrijzing' });
    const error = await db.write(create, { id: 'challenge:vergrijzing', name: 'Nog eens' }).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
    expect((error as Error).message).toContain('challenge:vergrijzing');
    expect((error as Error).message).toContain('Challenge');
    await emptyGraph(db);
  });

  it('refuses a second municipality with the same CBS code', async () => {
    const create = cypher('test.createMunicipality', 'CREATE (:Municipality {id: $id, name: $name, code: $code})');
    await db.write(create, { id: 'municipality:GM0034', name: 'Almere', code: 'GM0034' });
    await expect(db.write(create, { id: 'municipality:almere-2', name: 'Almere', code: 'GM0034' })).rejects.toThrow(/GM0034/);
    await emptyGraph(db);
  });
});

describe('authentication', () => {
  it('refuses a wrong password', async () => {
    const c = testConnection();
    const driver = createDriver({ ...c, password: c.password + 'x' });
    const error = await driver.verifyConnectivity().catch((e: unknown) => e);
    await driver.close();
    expect((error as { code: string }).code).toBe('Neo.ClientError.Security.Unauthorized');
  });

  it('refuses the default neo4j/neo4j', async () => {
    const c = testConnection();
    const driver = neo4j.driver(c.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await driver.close();
  });

  // Neo4j locks a user for a few seconds after repeated failed logins (AuthenticationRateLimit);
  // the test files after this one must not inherit that lock. The right password must work again.
  afterAll(async () => {
    const driver = createDriver(testConnection());
    try {
      for (let waited = 0; ; waited += 500) {
        const error = await driver.verifyConnectivity().then(() => null, (e: unknown) => e as { code?: string });
        if (!error) break;
        if (error.code !== 'Neo.ClientError.Security.AuthenticationRateLimit' || waited > 20_000) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      await driver.close();
    }
  });
});

describe('/healthz', () => {
  let app: AppServer;
  let db: Db;
  beforeAll(async () => {
    db = testDb();
    app = await startHttpServer({ db, config: testConfig() });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('reports the running server version and edition from dbms.components()', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ status: 'ok', neo4j: { version: expect.stringMatching(/^5\.26\./), edition: 'community' }, requests: { active: 0, queued: 0, limit: expect.any(Number) } });
  });

  it('answers 503 with a reason when Neo4j cannot be reached', async () => {
    const unreachable = new Db(createDriver({ ...testConnection(), uri: 'bolt://127.0.0.1:1' }), 'neo4j', 2_000);
    const down = await startHttpServer({ db: unreachable, config: testConfig() });
    try {
      const response = await fetch(`${down.url}/healthz`);
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe('unavailable');
      expect(body.neo4j.error).toMatch(/Neo4j does not answer/);
    } finally {
      await down.close();
      await unreachable.close();
    }
  });
});
