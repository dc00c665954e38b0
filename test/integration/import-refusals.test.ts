/**
 * Everything the engine refuses, each leaving the graph exactly as it was (same fingerprint):
 * statements outside the import language, failing values, duplicates, keys that would change,
 * and ontology violations of what an import would create or change, each reported with the node or
 * relationship and the rule. Also: a dry run changes nothing, and a refusal shows no internal ids.
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
    ['DELETE', "MERGE (s:Source {id: 'source:x'}) SET s.name = 'x';\nMATCH (n:Source {id: 'source:t-1'}) DETACH DELETE n;", 'no-delete', 2],
    ['REMOVE of a label', "MATCH (n:Mechanism {id: 'mechanism:t-a'}) REMOVE n:Mechanism;", 'no-remove', 1],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row\nCREATE (:Source {id: 'source:x', name: row[0]});", 'no-load-csv', 1],
    ['a procedure', 'CALL db.labels();', 'no-procedure', 1],
    ['APOC', "MERGE (s:Source {id: 'source:x'}) SET s.name = apoc.text.join(['a'], ',');", 'no-apoc', 1],
    ['a schema command', 'CREATE INDEX x FOR (n:Source) ON (n.year);', 'no-schema', 1],
    ['an admin command', 'SHOW USERS;', 'no-admin', 1],
    ['CALL IN TRANSACTIONS', "MATCH (n:Source {id: 'source:t-1'}) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS;", 'no-call-in-transactions', 1],
    ['writing importId', "MATCH (n:Source {id: 'source:t-1'}) SET n.importId = 'mine';", 'system-property', 1],
    ['a client command', ':use system\nMERGE (s:Source {id: "source:x"});', 'no-client-command', 1],
    ['USE', "USE system MATCH (n:Source {id: 'source:t-1'}) SET n.name = 'x';", 'no-use', 1],
    ['a syntax error', "MERGE (s:Source {id: 'source:x'}\nSET s.name = 'x';", 'syntax-error', 2],
    ['an unterminated string', "MERGE (s:Source {id: 'source:x});", 'unreadable', 1],
    ['reading API tokens', "MATCH (t:ApiToken {id: 'token:x'}) MERGE (s:Source {id: 'source:x'}) SET s.name = 'x';", 'system-label', 1],
    ['writing import records', "MATCH (i:Import {id: 'import:x'}) SET i.status = 'undone';", 'system-label', 1],
    ['a search', "MATCH (n:Source) WHERE n.year > 2000 SET n.name = 'x';", 'no-search', 1],
    ['an unknown function', "MERGE (s:Source {id: 'source:x'})\nSET s.name = toUpper(1, 2, 3);", 'no-function', 2],
    ['an unknown label', "CREATE (:Town {id: 'town:x', name: 'x'});", 'unknown-label', 1],
    ['an unknown relationship type', "MATCH (a:Mechanism {id: 'mechanism:t-a'}), (b:Challenge {id: 'challenge:t-b'}) CREATE (a)-[:INFLUENCES]->(b);", 'unknown-type', 1],
    ['a parameter never set', "MERGE (s:Source {id: $id}) SET s.name = 'x';", 'unknown-parameter', 1],
  ])('%s', async (_what, text, rule, line) => {
    const report = await refused(text as string);
    expect(rules(report)).toContain(rule);
    expect(report.errors[0]!.line).toBe(line);
    expect(report.errors[0]!.file).toBe('test.cypher');
    expect(report.errors[0]!.message).toMatch(new RegExp(`^line ${line}: `));
  });

  it('a value Neo4j cannot parse (a :param or a literal), with its line', async () => {
    const param = await refused(":param d => date('not a date')\nMERGE (s:Source {id: 'source:x'}) SET s.name = 'x', s.date = $d;");
    expect(param.errors[0]).toMatchObject({ rule: 'bad-value', line: 1 });
    const literal = await refused("MERGE (s:Source {id: 'source:x'})\nSET s.date = date('2024-13-45');");
    expect(literal.errors[0]).toMatchObject({ rule: 'bad-value', line: 2 });
    expect(literal.errors[0]!.message).toContain("date(\"2024-13-45\") is not a valid date");
  });
});

describe('refused while running in memory (nothing written)', () => {
  it('a CREATE of a node that exists: a duplicate, with its line and no internal ids', async () => {
    const report = await refused("CREATE (:Source {id: 'source:y', name: 'y'});\nCREATE (:Source {id: 'source:t-1', name: 'dup'});");
    expect(report.errors[0]).toMatchObject({ rule: 'duplicate', line: 2 });
    expect(report.errors[0]!.message).toContain('a Source with id "source:t-1" exists already');
    expect(JSON.stringify(report)).not.toMatch(/Node\(\d+\)|\d+:[0-9a-f]{8}-[0-9a-f-]{27}:\d+/);
  });

  it('two CREATEs of one id in the file', async () => {
    const report = await refused("CREATE (:Source {id: 'source:z', name: 'a'});\n\nCREATE (:Source {id: 'source:z', name: 'b'});");
    expect(report.errors[0]).toMatchObject({ rule: 'duplicate', line: 3 });
    expect(report.errors[0]!.message).toContain('created at test.cypher:1');
  });

  it('an id that would change (a different id is a different node)', async () => {
    const report = await refused("MATCH (c:Challenge {id: 'challenge:t-b'}) SET c.id = 'challenge:t-c';");
    expect(report.errors[0]).toMatchObject({ rule: 'key-change', line: 1 });
  });

  it('a system property hidden in a data map', async () => {
    const report = await refused(":param rows => [{id: 'source:q', props: {name: 'q', importId: 'import:forged'}}]\nUNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row.props;");
    expect(report.errors[0]).toMatchObject({ rule: 'system-property', line: 2 });
  });
});

describe('ontology violations (nothing written)', () => {
  const violation = async (text: string, rule: string, needle: string) => {
    const report = await refused(text);
    const error = report.errors.find((e) => e.rule === rule);
    expect(error, `${rule} in ${JSON.stringify(report.errors)}`).toBeDefined();
    expect(error!.message).toContain(needle);
    expect(error!.element).toBeDefined();
    return error!;
  };

  it('two knowledge labels on one node', async () => {
    await violation("CREATE (:Challenge:Mechanism {id: 'challenge:x', name: 'x'});", 'several-labels', 'Challenge');
  });

  it('wrong endpoints', async () => {
    const e = await violation(
      "MATCH (a:Source {id: 'source:t-1'}), (b:Challenge {id: 'challenge:t-b'}) CREATE (a)-[:PART_OF]->(b);",
      'wrong-endpoints',
      'PART_OF goes from Neighbourhood',
    );
    expect(e.element).toMatchObject({ kind: 'relationship', type: 'PART_OF', from: 'source:t-1', to: 'challenge:t-b' });
    expect(e.line).toBe(1);
  });

  it('a missing required property', async () => {
    await violation("CREATE (:Challenge {id: 'challenge:x'});", 'missing-required', '`name`');
  });

  it('a wrong type (an integer where a string belongs; a string where a date belongs; a map)', async () => {
    await violation("CREATE (:Challenge {id: 'challenge:x', name: 42});", 'wrong-type', '`name` must be a string');
    await violation(
      "CREATE (:Municipality {id: 'municipality:GM0001', name: 'x', code: 'GM0001', validFrom: '2020-01-01'});",
      'wrong-type',
      "date('2024-01-31')",
    );
    await violation("CREATE (:Challenge {id: 'challenge:x', name: {nl: 'x'}});", 'wrong-type', 'a map cannot be a property');
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

  it('a change that breaks an existing node (removing a required property)', async () => {
    await violation("MATCH (c:Challenge {id: 'challenge:t-b'}) SET c.name = null;", 'missing-required', '`name`');
    await violation("MATCH (c:Challenge {id: 'challenge:t-b'}) SET c = {id: 'challenge:t-b'};", 'missing-required', '`name`');
  });

  it('reports several violations at once', async () => {
    const report = await refused(
      "CREATE (:Challenge {id: 'challenge:x'});\nCREATE (:Source {id: 'source:w', name: 'w', colour: 1});\nCREATE (:Mechanism {id: 'mechanism:z', name: 'z', colour: 1});",
    );
    expect(new Set(rules(report))).toEqual(new Set(['missing-required', 'unknown-property']));
    expect(report.errors.map((e) => e.line).sort()).toEqual([1, 2, 3]);
  });
});

describe('warnings (the import goes ahead)', () => {
  it('a statement whose MATCH finds nothing says which node it looked for', async () => {
    const report = await importText(db, "MATCH (c:Challenge {id: 'challenge:nope'}) SET c.nameEn = 'x';", { dryRun: true });
    expect(report.status).toBe('unchanged');
    expect(report.warnings.map((w) => [w.rule, w.line])).toEqual([['no-match', 1]]);
    expect(report.warnings[0]!.message).toContain('MATCH found no Challenge with id "challenge:nope"');
  });

  it('a partner Source without publisher or year, or on a copy site, is a warning', async () => {
    const report = await importText(db, "MERGE (s:Source {id: 'source:w'}) SET s += {name: 'w', url: 'https://nl.wikipedia.org/wiki/Almere'};", { dryRun: true });
    expect(report.status).toBe('dry-run');
    expect(report.warnings.map((w) => w.rule).sort()).toEqual(['source-on-copy-site', 'source-without-publisher', 'source-without-year']);
  });

  it('the same Source is refused where the policy is enforced (the seed)', async () => {
    const report = await importText(db, "MERGE (s:Source {id: 'source:w'}) SET s += {name: 'w', url: 'https://nl.wikipedia.org/wiki/Almere'};", { sourcePolicy: 'refuse' });
    expect(report.status).toBe('refused');
    expect(rules(report).sort()).toEqual(['source-on-copy-site', 'source-without-publisher', 'source-without-year']);
    expect(await fingerprint(db)).toEqual(base);
  });
});

describe('dry run', () => {
  it('validates and counts, and changes nothing', async () => {
    const report = await importText(db, "MERGE (s:Source {id: 'source:dry'}) SET s += {name: 'Droog', publisher: 'P', year: 2020};", { dryRun: true });
    expect(report.status).toBe('dry-run');
    expect(report.counts.nodesCreated).toEqual({ Source: 1 });
    expect(await fingerprint(db)).toEqual(base);
  });

  it('reports violations like a real run', async () => {
    const report = await importText(db, "CREATE (:Challenge {id: 'challenge:x', name: 'x', colour: 'red'});", { dryRun: true });
    expect(report.status).toBe('refused');
    expect(rules(report)).toContain('unknown-property');
    expect(await fingerprint(db)).toEqual(base);
  });
});
