/**
 * Everything the pipeline refuses, each leaving the graph exactly as it was (same fingerprint):
 * unsafe statements (safety.ts), system labels, statements Neo4j rejects, failing :param values,
 * deletions, and ontology violations found inside the transaction before commit, each reported
 * with the node or relationship and the rule. Also: a dry run changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyGraph, fingerprint, testDb } from '../support/db.ts';
import { importText, leftoverConstraints, SMALL } from './import-support.ts';
import type { ImportReport } from '../../server/import/pipeline.ts';

const db = testDb(120_000);
let base: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  await emptyGraph(db);
  const seeded = await importText(db, SMALL);
  expect(seeded.status).toBe('applied');
  base = await fingerprint(db);
});

afterAll(async () => {
  await emptyGraph(db);
  await db.close();
});

/** Imports `text`, expects a refusal, and checks that the graph did not change. */
async function refused(text: string, status: ImportReport['status'] = 'refused'): Promise<ImportReport> {
  const report = await importText(db, text);
  expect(report.status, JSON.stringify(report.errors)).toBe(status);
  expect(report.errors.length).toBeGreaterThan(0);
  expect(await fingerprint(db)).toEqual(base);
  expect(await leftoverConstraints(db)).toEqual([]);
  return report;
}

const rules = (r: ImportReport) => r.errors.map((e) => e.rule);

describe('refused before anything runs', () => {
  it.each([
    ['DELETE', "MERGE (s:Source {id: 'source:x'}) SET s.name = 'x';\nMATCH (n:Source) DETACH DELETE n;", 'no-delete', 2],
    ['REMOVE', "MATCH (n:Mechanism) REMOVE n.domains;", 'no-remove', 1],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row\nCREATE (:Source {id: 'source:x', name: row[0]});", 'no-load-csv', 1],
    ['a procedure', 'CALL db.labels();', 'no-procedure', 1],
    ['APOC', "RETURN apoc.text.join(['a'], ',');", 'no-apoc', 1],
    ['a schema command', 'CREATE INDEX x FOR (n:Source) ON (n.year);', 'no-schema', 1],
    ['an admin command', 'SHOW USERS;', 'no-admin', 1],
    ['CALL IN TRANSACTIONS', 'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS;', 'no-call-in-transactions', 1],
    ['writing importId', "MATCH (n:Source) SET n.importId = 'mine';", 'system-property', 1],
    ['a client command', ':use system\nMATCH (n) RETURN n;', 'no-client-command', 1],
    ['USE', 'USE system MATCH (n) RETURN n;', 'no-use', 1],
    ['a syntax error', "MERGE (s:Source {id: 'source:x'}\nSET s.name = 'x';", 'syntax-error', 2],
    ['an unterminated string', "MERGE (s:Source {id: 'source:x});", 'unreadable', 1],
    ['reading API tokens', "MATCH (t:ApiToken) MERGE (s:Source {id: 'source:x'}) SET s.name = t.hash;", 'system-label', 1],
    ['writing import records', "MATCH (i:Import) SET i.status = 'undone';", 'system-label', 1],
  ])('%s', async (_what, text, rule, line) => {
    const report = await refused(text as string);
    expect(rules(report)).toContain(rule);
    expect(report.errors[0]!.line).toBe(line);
    expect(report.errors[0]!.file).toBe('test.cypher');
  });

  it('reports a statement Neo4j cannot plan (EXPLAIN) with the line inside the statement', async () => {
    const report = await refused("MERGE (s:Source {id: 'source:x'})\nSET s.name = toUpper(1, 2, 3);");
    expect(report.errors[0]).toMatchObject({ rule: 'statement-invalid', line: 2 });
  });
});

describe('refused while running (rolled back)', () => {
  it('a statement the server rejects (duplicate id) fails with its line', async () => {
    const report = await refused("CREATE (:Source {id: 'source:y', name: 'y'});\nCREATE (:Source {id: 'source:t-1', name: 'dup'});", 'failed');
    expect(report.errors[0]).toMatchObject({ rule: 'statement-failed', line: 2 });
    expect(report.errors[0]!.code).toMatch(/ConstraintValidationFailed/);
  });

  it('a :param expression that would write (evaluated read-only: the server refuses)', async () => {
    const report = await refused(':param x => COLLECT { CREATE (n:Source) RETURN n }\nRETURN 1;', 'failed');
    expect(report.errors[0]).toMatchObject({ rule: 'param-failed', line: 1 });
  });

  it('a :param expression that fails on the server', async () => {
    const report = await refused(":param d => date('not a date')\nMERGE (s:Source {id: 'source:x'}) SET s.name = 'x';", 'failed');
    expect(report.errors[0]).toMatchObject({ rule: 'param-failed', line: 1 });
  });
});

describe('ontology violations (rolled back before commit)', () => {
  const violation = async (text: string, rule: string, needle: string) => {
    const report = await refused(text);
    const error = report.errors.find((e) => e.rule === rule);
    expect(error, `${rule} in ${JSON.stringify(report.errors)}`).toBeDefined();
    expect(error!.message).toContain(needle);
    expect(error!.element).toBeDefined();
    return error!;
  };

  it('an unknown label', async () => {
    const e = await violation("CREATE (:Town {id: 'town:x', name: 'x'});", 'unknown-label', '`Town`');
    expect(e.element).toMatchObject({ kind: 'node', id: 'town:x', labels: ['Town'] });
  });

  it('two knowledge labels on one node', async () => {
    await violation("CREATE (:Challenge:Mechanism {id: 'challenge:x', name: 'x'});", 'several-labels', 'Challenge');
  });

  it('a relationship type the vocabulary does not know', async () => {
    await violation("MATCH (a:Mechanism {id: 'mechanism:t-a'}), (b:Challenge {id: 'challenge:t-b'}) CREATE (a)-[:INFLUENCES]->(b);", 'unknown-type', 'INFLUENCES');
  });

  it('wrong endpoints', async () => {
    const e = await violation(
      "MATCH (a:Source {id: 'source:t-1'}), (b:Challenge {id: 'challenge:t-b'}) CREATE (a)-[:PART_OF]->(b);",
      'wrong-endpoints',
      'PART_OF goes from Neighbourhood',
    );
    expect(e.element).toMatchObject({ kind: 'relationship', type: 'PART_OF', from: 'source:t-1', to: 'challenge:t-b' });
  });

  it('a missing required property', async () => {
    await violation("CREATE (:Challenge {id: 'challenge:x'});", 'missing-required', '`name`');
  });

  it('a wrong type (an integer where a string belongs; a string where a date belongs)', async () => {
    await violation("CREATE (:Challenge {id: 'challenge:x', name: 42});", 'wrong-type', '`name` must be a string');
    await violation(
      "CREATE (:Municipality {id: 'municipality:GM0001', name: 'x', code: 'GM0001', validFrom: '2020-01-01'});",
      'wrong-type',
      "date('2024-01-31')",
    );
  });

  it('a value outside the allowed set (also inside a list)', async () => {
    await violation("CREATE (:Challenge {id: 'challenge:x', name: 'x', domains: ['wonen', 'weer']});", 'value-not-allowed', '"weer"');
    await violation(
      "MATCH (a:Mechanism {id: 'mechanism:t-a'}), (b:Challenge {id: 'challenge:t-b'}) CREATE (a)-[:CAUSES {polarity: 'up', sources: ['source:t-1'], confidence: 'hypothesis'}]->(b);",
      'value-not-allowed',
      '"up"',
    );
  });

  it('an unknown property (an error: the vocabulary is the contract)', async () => {
    await violation("CREATE (:Challenge {id: 'challenge:x', name: 'x', colour: 'red'});", 'unknown-property', '`colour`');
  });

  it('a bad id (wrong prefix, or not matching the pattern)', async () => {
    await violation("CREATE (:Challenge {id: 'mechanism:x', name: 'x'});", 'bad-id', 'challenge:<key>');
    await violation("CREATE (:Challenge {id: 'challenge:has space', name: 'x'});", 'bad-id', 'challenge:<key>');
  });

  it('a bad CBS code', async () => {
    await violation("CREATE (:Municipality {id: 'municipality:x', name: 'x', code: '0034'});", 'bad-format', '"0034"');
  });

  it('a claim without sources, with empty sources, or citing a Source that does not exist', async () => {
    const rel = (props: string) =>
      `MATCH (a:Mechanism {id: 'mechanism:t-a'}), (b:Challenge {id: 'challenge:t-b'}) CREATE (a)-[:CAUSES {${props}}]->(b);`;
    await violation(rel("polarity: '+', confidence: 'hypothesis'"), 'missing-required', '`sources`');
    await violation(rel("polarity: '+', confidence: 'hypothesis', sources: []"), 'empty-sources', 'at least one Source');
    const e = await violation(rel("polarity: '+', confidence: 'hypothesis', sources: ['source:nope']"), 'missing-source', '"source:nope"');
    expect(e.element).toMatchObject({ kind: 'relationship', type: 'CAUSES', from: 'mechanism:t-a', to: 'challenge:t-b' });
  });

  it('a change that breaks an existing node (removing a required property with SET = null)', async () => {
    await violation("MATCH (c:Challenge {id: 'challenge:t-b'}) SET c.name = null;", 'missing-required', '`name`');
  });

  it('reports several violations at once', async () => {
    const report = await refused("CREATE (:Challenge {id: 'challenge:x'});\nCREATE (:Town {id: 'town:y', name: 'y'});\nCREATE (:Mechanism {id: 'mechanism:z', name: 'z', colour: 1});");
    expect(new Set(rules(report))).toEqual(new Set(['missing-required', 'unknown-label', 'unknown-property']));
  });
});

describe('dry run', () => {
  it('validates and counts, then rolls back', async () => {
    const report = await importText(db, "MERGE (s:Source {id: 'source:dry'}) SET s.name = 'Droog';", { dryRun: true });
    expect(report.status).toBe('dry-run');
    expect(report.counts.nodesCreated).toEqual({ Source: 1 });
    expect(await fingerprint(db)).toEqual(base);
  });

  it('reports violations like a real run', async () => {
    const report = await importText(db, "CREATE (:Town {id: 'town:x', name: 'x'});", { dryRun: true });
    expect(report.status).toBe('refused');
    expect(rules(report)).toContain('unknown-label');
    expect(await fingerprint(db)).toEqual(base);
  });
});
