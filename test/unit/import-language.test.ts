/**
 * The import language (server/import/check.ts): what a partner's file may say, read into a tree;
 * everything else refused with its rule, its line and what to do. No database: these are the
 * checks that run before an import touches Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../server/config.ts';
import { CheckError, DeferredPool, checkExpression, checkStatement } from '../../server/import/check.ts';
import { evaluate } from '../../server/import/evaluate.ts';
import { planFile, invalidUtf8Line, lineOfLoneSurrogate, type Program } from '../../server/import/plan.ts';

const pool = () => new DeferredPool('test.cypher');

/** `line:rule` of the refusal of `text` (starting on `line`), or 'ok'. */
function verdict(text: string, line = 1): string {
  try {
    checkStatement(text, line, pool());
    return 'ok';
  } catch (error) {
    if (!(error instanceof CheckError)) throw error;
    return `${error.line}:${error.rule}`;
  }
}

function refusal(text: string): CheckError {
  try {
    checkStatement(text, 1, pool());
  } catch (error) {
    if (error instanceof CheckError) return error;
    throw error;
  }
  throw new Error(`not refused: ${text}`);
}

function plan(text: string): Program {
  const program: Program = { steps: [], statements: { total: 0, skipped: 0 }, errors: [], warnings: [] };
  planFile({ fileName: 'test.cypher', text }, program, pool());
  return program;
}

describe('what a file may say', () => {
  it.each([
    "MERGE (s:Source {id: 'source:x'}) SET s += {name: 'x', kind: 'research', year: 2020}",
    "MATCH (a:Mechanism {id: 'mechanism:a'}) MATCH (b:Challenge {id: 'challenge:b'}) MERGE (a)-[r:CAUSES]->(b) SET r += {polarity: '+'}",
    "MATCH (a:Mechanism {id: 'mechanism:a'}), (b:Challenge {id: 'challenge:b'}) CREATE (a)-[:CAUSES {polarity: '-'}]->(b)",
    "MATCH (a:Mechanism) WHERE a.id = 'mechanism:a' SET a.name = 'A'",
    "MATCH (m:Municipality {code: 'GM0034'}) SET m.population = 218096",
    "MATCH (b:Challenge {id: 'challenge:b'})<-[r:CAUSES]-(a:Mechanism {id: 'mechanism:a'}) SET r.note = 'x'",
    "MERGE (n:Challenge {id: 'challenge:x'}) ON CREATE SET n.name = 'x' ON MATCH SET n.nameEn = 'y'",
    'UNWIND [{_id: 0, properties: {id: "source:a", name: "A"}}] AS row CREATE (n:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Source',
    'UNWIND $rows AS row MATCH (start:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: row.start._id}) MATCH (end:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: row.end._id}) CREATE (start)-[r:CAUSES]->(end) SET r += row.properties',
    "CREATE (:Challenge:`UNIQUE IMPORT LABEL` {id: 'challenge:a', name: 'A', `UNIQUE IMPORT ID`: 3})",
    "MATCH (n1:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 0}), (n2:Challenge {id: 'challenge:b'}) CREATE (n1)-[r:FACES]->(n2)",
    "UNWIND $rows AS row WITH row, row.id AS id MERGE (n:Source {id: id}) SET n.name = 'Bron ' + row.n",
    "MERGE (n:Municipality {id: 'municipality:GM0050'}) SET n.validFrom = date('1984-01-01'), n.validTo = date({year: 2018, month: 12, day: 31})",
    "MATCH (c:Challenge {id: 'challenge:x'}) REMOVE c.nameEn",
    // Keywords in strings, comments and backticked keys are data, not clauses.
    "MERGE (s:Source {id: 'source:x'}) SET s.name = 'DETACH DELETE everything; CALL apoc.x()' // DELETE n\n SET s.description = \"LOAD CSV \\\"quoted\\\"\" /* CALL db.labels(); */",
  ])('%s', (text) => {
    expect(verdict(text)).toBe('ok');
  });

  it("recognises APOC's own statements and skips them", () => {
    for (const text of [
      'CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      'CREATE CONSTRAINT ON (node:`UNIQUE IMPORT LABEL`) ASSERT (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      'DROP CONSTRAINT UNIQUE_IMPORT_NAME',
      'DROP CONSTRAINT ON (node:`UNIQUE IMPORT LABEL`) ASSERT (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      'MATCH (n:`UNIQUE IMPORT LABEL`)  WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID`',
      'CALL db.awaitIndexes(300)',
      "CALL db.awaitIndex(':`wikidataPerson`(`yearOfBirth`)', 300)",
    ]) {
      expect(checkStatement(text, 1, pool()).kind, text).toBe('skip');
    }
  });

  it('reads every seed file without a refusal', () => {
    const dir = path.join(PROJECT_ROOT, 'cypher/seed');
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.cypher'))) {
      const program = plan(fs.readFileSync(path.join(dir, name), 'utf8'));
      expect(program.errors, name).toEqual([]);
      expect(program.steps.length, name).toBeGreaterThan(0);
    }
  });
});

describe('what a file may not say, with its rule and line', () => {
  it.each([
    ["MATCH (n:Source {id: 'source:x'})\nDETACH DELETE n", '2:no-delete'],
    ["MATCH (n:Source {id: 'source:x'}) DELETE n", '1:no-delete'],
    ["MATCH (n:Source {id: 'source:x'})\n  REMOVE n:Source", '2:no-remove'],
    ['CALL db.labels()', '1:no-procedure'],
    ["CALL apoc.export.json.all('x.json', {})", '1:no-apoc'],
    ['CALL dbms.security.createUser("x", "y", false)', '1:no-procedure'],
    ["MATCH (n:Source {id: 'source:x'}) CALL (n) { SET n.name = 'x' }", '1:no-subquery'],
    ["MATCH (n:Source {id: 'source:x'}) CALL (n) {\n SET n.name = 'x' } IN TRANSACTIONS OF 10 ROWS", '1:no-call-in-transactions'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.name = apoc.text.join(['a'], ',')", '1:no-apoc'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.name = toUpper('a')", '1:no-function'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.name = custom.double(2)", '1:no-function'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row\nMERGE (s:Source {id: row[0]})", '1:no-load-csv'],
    ['USE system MATCH (n:Source {id: "source:x"}) SET n.name = "x"', '1:no-use'],
    ['CREATE INDEX x FOR (n:Source) ON (n.year)', '1:no-schema'],
    ['CREATE CONSTRAINT ON (t:Source) ASSERT t.id IS UNIQUE', '1:no-schema'],
    ['DROP INDEX x', '1:no-schema'],
    ['SHOW USERS', '1:no-admin'],
    ['CREATE USER mallory SET PASSWORD "x"', '1:no-admin'],
    ['ALTER USER neo4j SET PASSWORD "x"', '1:no-admin'],
    ["MATCH (n:Source {id: 'source:x'}) SET n.importId = 'mine'", '1:system-property'],
    ["MERGE (n:Source {id: 'source:x'}) SET n += {name: 'x', changedBy: 'me'}", '1:system-property'],
    ["CREATE (:Source {id: 'source:x', name: 'x', importId: 7})", '1:system-property'],
    ["MERGE (s:Source {id: 'source:x'}\nSET s.name = 'x'", '2:syntax-error'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.name = 'x' RETURN s", '1:no-read'],
    ["MATCH (n:Source {id: 'source:x'}) OPTIONAL MATCH (m:Actor {id: 'actor:y'}) SET n.name = 'x'", '1:unsupported'],
    ["MATCH (n:Source {id: 'source:x'}) FOREACH (x IN [1] | SET n.name = 'x')", '1:unsupported'],
    ["UNWIND [1, 2] AS x WITH x WHERE x > 1 MERGE (n:Source {id: 'source:x'})", '1:unsupported'],
    ["MERGE (n:Town {id: 'town:x'})", '1:unknown-label'],
    ["MATCH (a:Mechanism {id: 'mechanism:a'}), (b:Challenge {id: 'challenge:b'}) CREATE (a)-[:INFLUENCES]->(b)", '1:unknown-type'],
    ["MATCH (a:Mechanism {id: 'mechanism:a'}) SET b.name = 'x'", '1:unknown-variable'],
    ['EXPLAIN MATCH (n:Source {id: "source:x"}) SET n.name = "x"', '1:unsupported'],
  ])('%s', (text, expected) => {
    expect(verdict(text)).toBe(expected);
  });

  it('says what to do instead, starting with the line', () => {
    const e = refusal("MATCH (n:Challenge)\nSET n.name = 'x'");
    expect(e.rule).toBe('no-search');
    expect(e.message).toMatch(/^line 1: MATCH \(n:Challenge\) must name its node by its id: MATCH \(n:Challenge \{id: '\.\.\.'\}\)\. An import cannot search the graph\./);
    expect(refusal("MATCH (n:Source {id: 'source:x'}) DETACH DELETE n").message).toContain('a dataset only adds and updates');
  });
});

describe('the ways into system data the review found, and their variants: refused before the database', () => {
  it.each([
    // §1.1: a dynamic label forging an API token (also in SET and relationship types)
    ["CREATE (t:$(['Import','ApiToken']) {id: 'token:forged', hash: 'x', role: 'admin'})", '1:dynamic-name'],
    ["MERGE (s:Source {id: 'source:x'}) SET s:$('ApiToken')", '1:dynamic-name'],
    ["MATCH (a:Source {id: 'source:a'}), (b:Source {id: 'source:b'}) CREATE (a)-[:$('OWNS')]->(b)", '1:dynamic-name'],
    ["MATCH (t:$('ApiToken')) SET t.role = 'admin'", '1:dynamic-name'],
    // static system labels, anywhere
    ["MATCH (t:ApiToken {id: 'token:x'}) SET t.role = 'admin'", '1:system-label'],
    ["CREATE (:Import {id: 'import:x', status: 'applied'})", '1:system-label'],
    ["MERGE (s:Source {id: 'source:x'}) SET s:ApiToken", '1:system-label'],
    ["MATCH (i:Import {id: 'import:x'}) SET i.status = 'undone'", '1:system-label'],
    ["MATCH (h:GraphHead {id: 'head'}) SET h.version = 0", '1:system-label'],
    ["MERGE (s:Source {id: 'source:x'}) SET s:Source:ApiToken", '1:system-label'],
    // §1.5: unlabelled matches filtered by property, and reading values
    ['MATCH (t) WHERE t.hash IS NOT NULL SET t.role = "admin"', '1:no-search'],
    ["MATCH (t {id: 'token:x'}) SET t.role = 'admin'", '1:no-search'],
    ["MATCH (t:Source) WHERE t.url STARTS WITH 'x' SET t.name = 'y'", '1:no-search'],
    ['MATCH (n:Source {id: "source:x"}), (t:Source {id: "source:y"}) SET n.name = t.hash', '1:no-read'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.name = COLLECT { MATCH (t:ApiToken) RETURN t.hash }[0]", '1:no-read'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.name = EXISTS { MATCH (t:ApiToken) }", '1:no-read'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.description = labels(s)[0]", '1:no-read'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.description = keys(s)", '1:no-read'],
    ["MERGE (s:Source {id: 'source:x'}) SET s += properties(s)", '1:no-read'],
    ["MERGE (s:Source {id: 'source:x'}) WITH s MATCH (t:Source {id: s.id}) SET t.name = 'x'", '1:no-read'],
    ["MERGE (s:Source {id: 'source:x'}) SET s.name = s[$key]", '1:dynamic-name'],
    ["MERGE (s:Source {id: 'source:x'}) SET s[$key] = 'x'", '1:dynamic-name'],
    ["MATCH (a:Source {id: 'source:a'})-[*]->(t:Source {id: 'source:b'}) SET t.name = 'x'", '1:no-search'],
    ["MATCH p = (a:Source {id: 'source:a'})-[:PUBLISHED_BY]->(b:Actor {id: 'actor:b'}) SET a.name = 'x'", '1:unsupported'],
    ["MATCH (a:Source {id: 'source:a'})-[r]->(b:Actor {id: 'actor:b'}) SET a.name = 'x'", '1:unsupported'],
  ])('%s', (text, expected) => {
    expect(verdict(text)).toBe(expected);
  });

  it('a :param expression cannot read the graph either (§1.5: :param h => COLLECT { ... })', () => {
    const program = plan(":param h => COLLECT { MATCH (t:ApiToken) RETURN t.hash }\nMERGE (s:Source {id: 'source:x'}) SET s.name = $h;");
    expect(program.errors.map((e) => `${e.line}:${e.rule}`)).toEqual(['1:no-read']);
    const calls = plan(':param x => apoc.load.json("http://x")\n:param y => labels($x)\n');
    expect(calls.errors.map((e) => `${e.line}:${e.rule}`)).toEqual(['1:no-apoc', '2:no-read']);
  });
});

describe('values', () => {
  const value = (text: string, params: Record<string, unknown> = {}) => evaluate(checkExpression(text, 1, pool()), new Map(), params as never, pool());

  it('keeps integers and floats apart, with their exact values', () => {
    expect(neo4j.isInt(value('42'))).toBe(true);
    expect(String(value('9223372036854775807'))).toBe('9223372036854775807');
    expect(String(value('-9223372036854775807'))).toBe('-9223372036854775807');
    expect(String(value('0x1F'))).toBe('31');
    expect(value('1.5e3')).toBe(1500);
    expect(value('-2.5')).toBe(-2.5);
    expect(() => value('9223372036854775808')).toThrow(/too large/);
  });

  it('reads strings byte for byte: escapes as Cypher has them, and $& or $$ as themselves', () => {
    expect(value("'$$5 and $&'")).toBe('$$5 and $&');
    expect(value(`'it\\'s \\"quoted\\"\\n\\t\\\\ \\u00e9 \\U0001F600'`)).toBe('it\'s "quoted"\n\t\\ é 😀');
    expect(value('"née"')).toBe('née');
    expect(() => value("'\\q'")).toThrow(/escape/);
  });

  it('builds lists and maps, with + on strings, numbers and lists', () => {
    const v = value("{a: [1, 2.0, 'x'], `odd key`: {b: null}, c: 'x' + 1, d: [1] + [2]}") as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['a', 'odd key', 'c', 'd']);
    expect(v.c).toBe('x1');
    expect((v.d as unknown[]).map(String)).toEqual(['1', '2']);
    const proto = value("{__proto__: 'data', constructor: 1}") as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBeNull();
    expect(proto.__proto__).toBe('data');
  });

  it('says which parameter is missing', () => {
    expect(() => value('$nope')).toThrow(/\$nope has no value; set it before this statement with :param nope => \.\.\./);
    expect(value('$rows', { rows: [1] })).toEqual([1]);
  });
});

describe('the file as a whole', () => {
  it('resolves transaction markers: one transaction, :rollback blocks left out with a warning', () => {
    const program = plan(":begin\nMERGE (s:Source {id: 'source:a'}) SET s.name = 'a';\n:rollback\n:begin\nMERGE (s:Source {id: 'source:b'}) SET s.name = 'b';\n:commit\n");
    expect(program.errors).toEqual([]);
    expect(program.steps.map((s) => s.line)).toEqual([5]);
    expect(program.warnings.map((w) => `${w.line}:${w.rule}`)).toEqual(['3:rolled-back-block']);
  });

  it('refuses client commands other than the transaction markers and parameters', () => {
    const program = plan(':begin\n:use system\n:source /tmp/x.cypher\n:commit\n');
    expect(program.errors.map((e) => `${e.line}:${e.rule}`)).toEqual(['2:no-client-command', '3:no-client-command']);
  });

  it('finds the line of bytes that are not UTF-8, and of broken characters in text', () => {
    const bytes = Buffer.concat([Buffer.from("MERGE (s:Source {id: 'source:a'});\n// fine\nSET s.name = '"), Buffer.from([0xe0, 0xa4]), Buffer.from("';\n")]);
    expect(invalidUtf8Line(bytes)).toBe(3);
    expect(invalidUtf8Line(Buffer.from('héhé\n', 'utf8'))).toBeUndefined();
    expect(lineOfLoneSurrogate('a\nb\n\ud800c')).toBe(3);
    expect(lineOfLoneSurrogate('😀')).toBeUndefined();
  });

  it('reads a 10 MB APOC export', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `{_id:${i}, properties:{id:"mechanism:m-${i}", name:"Mechanisme ${i}", domains:["wonen", "sociaal"]}}`).join(', ');
    const statement = `UNWIND [${rows}] AS row\nCREATE (n:\`UNIQUE IMPORT LABEL\`{\`UNIQUE IMPORT ID\`: row._id}) SET n += row.properties SET n:Mechanism;\n`;
    const text = statement.repeat(Math.ceil(10e6 / statement.length));
    const program = plan(text);
    expect(program.errors).toEqual([]);
    expect(program.steps.length).toBe(Math.ceil(10e6 / statement.length));
  });
});
