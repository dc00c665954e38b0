/**
 * The static safety check: a dataset may only add and update data. Every refusal rule with its
 * line, the statements APOC's exports write around the data, and things that only look dangerous.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCypherFile } from '../../server/import/cypher-file.ts';
import { APOC_TEMP_CONSTRAINT, checkFile, checkStatement, skeleton } from '../../server/import/safety.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const checkFixture = (name: string) => {
  const items = readCypherFile(fs.readFileSync(FIXTURES + name, 'utf8'));
  return { items, ...checkFile(items) };
};
/** line:rule of each issue. */
const refusals = (issues: Array<{ line: number; rule: string }>) => issues.map((i) => `${i.line}:${i.rule}`);
const rulesOf = (text: string, line = 1) => refusals(checkStatement(text, line).issues);

describe('refusal rules, each with its line', () => {
  it('refuses every rule in refusals.cypher at the right line, and nothing else', () => {
    const { issues } = checkFixture('refusals.cypher');
    expect(refusals(issues)).toEqual([
      '11:no-delete',
      '12:no-delete',
      '13:no-remove',
      '14:no-procedure',
      '15:no-call-in-transactions',
      '16:no-apoc',
      '17:no-function',
      '18:no-load-csv',
      '19:no-use',
      '20:no-client-command',
      '21:no-schema',
      '22:no-admin',
      '23:system-property',
      '24:system-property',
      '25:syntax-error',
    ]);
    for (const issue of issues) expect(issue.message.startsWith(`line ${issue.line}: `)).toBe(true);
  });

  it('gives the right lines in a file with Windows line ends and a byte-order mark', () => {
    const text = '\uFEFF:begin\r\nCREATE (:Town {name: "a;b"});\r\n\r\nMATCH (t:Town)\r\nDETACH DELETE t;\r\n:commit\r\n';
    expect(refusals(checkFile(readCypherFile(text)).issues)).toEqual(['5:no-delete']);
  });

  it('explains DELETE as the issue asks', () => {
    const [issue] = checkStatement('MATCH (n:Town)\nDELETE n', 12).issues;
    expect(issue).toEqual({
      line: 13,
      rule: 'no-delete',
      message:
        'line 13: DELETE is not allowed in an import; datasets may only add and update. Remove the statement, or ask the maintainers to delete the data.',
      statement: 'MATCH (n:Town) DELETE n',
    });
  });

  it('refuses DELETE and DETACH DELETE anywhere, in any case', () => {
    expect(rulesOf('detach delete n', 4)).toEqual(['4:no-delete']);
    expect(rulesOf('MATCH (n) CALL (n) {\n  DETACH DELETE n\n}', 4)).toEqual(['5:no-delete']);
    expect(rulesOf('MATCH (n) FOREACH (m IN [n] |\n  SET m.x = 1\n  DELETE m)', 1)).toEqual(['3:no-delete']);
    expect(checkStatement('MATCH (n) DETACH DELETE n', 1).issues[0]!.message).toContain('DETACH DELETE is not allowed');
  });

  it('refuses REMOVE except of the APOC temporary label and property', () => {
    expect(rulesOf('MATCH (n) REMOVE n:Person')).toEqual(['1:no-remove']);
    expect(rulesOf('MATCH (n) REMOVE n.name, n:`UNIQUE IMPORT LABEL`')).toEqual(['1:no-remove']);
    expect(rulesOf('MATCH (n) REMOVE n:`UNIQUE IMPORT LABEL`, n.`UNIQUE IMPORT ID`')).toEqual([]);
    expect(checkStatement('MATCH (n) REMOVE n.name', 1).issues[0]!.message).toContain('REMOVE n.name is not allowed');
  });

  it('refuses procedures other than db.awaitIndexes and db.awaitIndex', () => {
    expect(rulesOf("CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})")).toEqual(['1:no-procedure']);
    expect(rulesOf("OPTIONAL CALL apoc.load.json('http://example.org') YIELD value RETURN value")).toEqual(['1:no-procedure']);
    expect(rulesOf('CALL dbms.components()')).toEqual(['1:no-procedure']);
    expect(rulesOf('MATCH (n) WITH count(n) AS c CALL db.awaitIndexes(60) RETURN c')).toEqual([]);
    expect(checkStatement('CALL apoc.export.json.all("x.json", {})', 3).issues[0]!.message).toBe(
      'line 3: CALL apoc.export.json.all is not allowed in an import: procedures can read files, reach other systems or change ' +
        'the database outside the import (and APOC is not installed on this server). Only db.awaitIndexes and db.awaitIndex ' +
        'may be called. Remove the statement.',
    );
  });

  it('allows CALL { } subqueries but refuses CALL { } IN TRANSACTIONS', () => {
    expect(rulesOf('MATCH (n:Town) CALL (n) { SET n.seen = true }')).toEqual([]);
    expect(rulesOf('MATCH (n:Town) CALL (n) {\n  SET n.seen = true\n} IN TRANSACTIONS OF 10 ROWS', 7)).toEqual(['9:no-call-in-transactions']);
  });

  it('refuses APOC and other non-built-in functions, and allows built-in namespaced ones', () => {
    expect(rulesOf("RETURN apoc.text.join(['a'], ',')")).toEqual(['1:no-apoc']);
    expect(rulesOf("CREATE (:T {data: apoc.convert.toJson({a: 1})})")).toEqual(['1:no-apoc']);
    expect(rulesOf('RETURN custom.double(2)')).toEqual(['1:no-function']);
    expect(
      rulesOf(
        "RETURN date.truncate('month', date()), datetime.fromepoch(0, 0), duration.between(date(), date()), " +
          'point.distance(point({x: 1, y: 1}), point({x: 2, y: 2})), vector.similarity.cosine([1.0], [1.0]), toUpper("a")',
      ),
    ).toEqual([]);
  });

  it('refuses LOAD CSV, USE and client commands other than begin/commit/rollback/param', () => {
    expect(rulesOf("LOAD CSV FROM 'https://example.org/a.csv' AS row CREATE (:A {v: row[0]})")).toEqual(['1:no-load-csv']);
    expect(rulesOf('USE neo4j\nMATCH (n) RETURN n')).toEqual(['1:no-use']);
    const { issues } = checkFile(readCypherFile(':begin\n:use system\n:source /tmp/x.cypher\n:commit\n'));
    expect(refusals(issues)).toEqual(['2:no-client-command', '3:no-client-command']);
    expect(issues[1]!.message).toMatch(/^line 3: the client command :source is not allowed in an import/);
  });

  it('refuses schema commands, in Neo4j 5 and 4.x syntax', () => {
    for (const text of [
      'CREATE INDEX town_name FOR (t:Town) ON (t.name)',
      'CREATE RANGE INDEX IF NOT EXISTS FOR (n:Bar) ON (n.first_name, n.last_name)',
      'CREATE FULLTEXT INDEX names FOR (n:Town) ON EACH [n.name]',
      'CREATE CONSTRAINT town_id FOR (t:Town) REQUIRE t.id IS UNIQUE',
      'CREATE CONSTRAINT ON (t:Town) ASSERT t.id IS UNIQUE',
      'CREATE INDEX ON :`wikidataPerson`(`dateOfBirth`)',
      'DROP INDEX town_name',
      'DROP INDEX ON :Town(name)',
      'DROP CONSTRAINT town_id',
      // the temporary APOC constraint, but under another name: dropping it by name could drop a real one
      'CREATE CONSTRAINT town_id FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      // on a real label
      'CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:Town) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE',
    ]) {
      expect(rulesOf(text, 5), text).toEqual(['5:no-schema']);
    }
    expect(checkStatement('CREATE RANGE INDEX FOR (n:Foo) ON (n.name)', 1).issues[0]!.message).toMatch(
      /^line 1: CREATE RANGE INDEX is not allowed in an import: indexes and constraints are managed by the maintainers/,
    );
  });

  it('refuses administration commands', () => {
    for (const text of [
      'SHOW DATABASES',
      'SHOW INDEXES YIELD name',
      'CREATE DATABASE other',
      'DROP DATABASE neo4j',
      'CREATE USER eve SET PASSWORD "secret123"',
      'CREATE OR REPLACE ROLE reader',
      'GRANT ROLE admin TO eve',
      'DENY WRITE ON GRAPH * TO reader',
      'REVOKE ROLE admin FROM eve',
      "ALTER USER neo4j SET PASSWORD 'x'",
      'START DATABASE neo4j',
      'STOP DATABASE neo4j',
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      'CREATE ALIAS a FOR DATABASE neo4j',
    ]) {
      expect(rulesOf(text, 2), text).toEqual(['2:no-admin']);
    }
    expect(checkStatement('SHOW USERS', 1).issues[0]!.message).toBe(
      'line 1: SHOW USERS is an administration command and is not allowed in an import. Remove the statement.',
    );
  });

  it('refuses writing the application property importId, and allows matching on it', () => {
    expect(rulesOf("MATCH (n) SET n.importId = 'x'")).toEqual(['1:system-property']);
    expect(rulesOf("MATCH (n) SET n.`importId` = 'x'")).toEqual(['1:system-property']);
    expect(rulesOf('MATCH (n) SET n += {name: "a", importId: 2}')).toEqual(['1:system-property']);
    expect(rulesOf('CREATE (:Town {importId: 1})')).toEqual(['1:system-property']);
    expect(rulesOf('MERGE (t:Town {importId: 1})')).toEqual(['1:system-property']);
    expect(rulesOf('MERGE (t:Town {name: "a"})\n  ON CREATE SET t.importId = 1')).toEqual(['2:system-property']);
    expect(rulesOf('CREATE (a)-[:R {importId: 1}]->(b)')).toEqual(['1:system-property']);
    expect(rulesOf('UNWIND [{_id: 0, properties: {importId: 5}}] AS row CREATE (n) SET n += row.properties')).toEqual([
      '1:system-property',
    ]);
    expect(rulesOf("MATCH (n) SET n['importId'] = 1")).toEqual(['1:system-property']);
    expect(rulesOf("MATCH (n) SET n['import\\u0049d'] = 1")).toEqual(['1:system-property']);
    expect(rulesOf("MATCH (n) WITH n, 'name' AS key SET n[key] = 1")).toEqual(['1:system-property']);
    expect(rulesOf("MATCH (n) SET n['name'] = 1")).toEqual([]);
    expect(rulesOf('MATCH (t:Town {importId: 1}) WHERE t.importId > 0 SET t.name = "a" RETURN t.importId')).toEqual([]);
    expect(checkStatement('MATCH (n) SET n.importId = 1', 8).issues[0]!.message).toBe(
      'line 8: SET n.importId writes the property importId, which the application manages: a dataset may not write it. ' +
        'Rename the property in the data (for example to sourceId).',
    );
  });

  it("reports what the parser cannot read, with Neo4j's message and the line", () => {
    const [issue] = checkStatement('MATCH (n:Town)\nWHERE n.name = "a"\nRETURN n.name +', 20).issues;
    expect(issue).toMatchObject({ line: 22, rule: 'syntax-error' });
    expect(issue!.message).toMatch(/^line 22: the statement is not valid Cypher: Invalid input '': expected an expression/);
    expect(rulesOf('CREATE (:A)-[:R]-(:B) RETURN', 3)).toEqual(['3:syntax-error']);
  });
});

describe('things that only look dangerous', () => {
  it.each([
    ["keywords in strings", "CREATE (n:Note {description: 'Delete this; DETACH DELETE n; CALL apoc.x(); LOAD CSV', x: \"REMOVE n.a\"})"],
    ['keywords in comments', 'MATCH (n:Note) // DELETE n\n/* CALL db.labels(); DROP INDEX x; */ SET n.seen = true'],
    ['keywords as property keys', 'CREATE (n:Note {delete: 1, remove: 2, `load`: 3, call: 4}) SET n.delete = 2, n.`remove` = 3'],
    ['keywords as labels, types and names', 'MATCH (n:Delete)-[:DELETE]->(m:`DETACH DELETE`) RETURN n.delete AS delete, count(*) AS `USE`'],
    ['a variable called index', 'CREATE index = (a:A)-[:R]->(b:B) RETURN index'],
    ['escaped quotes', String.raw`CREATE (:Note {text: 'it\'s "DELETE"; really', other: "say \"REMOVE\""})`],
    ['list literals and indexes', 'WITH [1, 2, 3] AS xs RETURN xs[0], [x IN xs WHERE x > 1 | x * 2], [[1], [2]][1][0]'],
    ['APOC batches', "UNWIND [{_id:0, properties:{born:date('2018-10-31'), name:\"a;b\", tags:['x', 'y'], at:point({x: 1.5, y: -2})}}] AS row\nCREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Town"],
  ])('accepts %s', (_name, text) => {
    expect(checkStatement(text, 1)).toEqual({ cls: 'data', issues: [] });
  });
});

describe('APOC statements and classes', () => {
  it('classifies the temporary constraint in Neo4j 5 and 4.x syntax, and the clean-up and await statements', () => {
    const cls = (text: string) => checkStatement(text, 1);
    for (const text of [
      'CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      'CREATE CONSTRAINT UNIQUE_IMPORT_NAME IF NOT EXISTS FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      'CREATE CONSTRAINT ON (node:`UNIQUE IMPORT LABEL`) ASSERT (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      'create constraint on (node:`UNIQUE IMPORT LABEL`) assert node.`UNIQUE IMPORT ID` is unique',
      APOC_TEMP_CONSTRAINT.create,
    ]) {
      expect(cls(text), text).toEqual({ cls: 'apoc-temp-constraint-create', issues: [] });
    }
    for (const text of [
      'DROP CONSTRAINT UNIQUE_IMPORT_NAME',
      'DROP CONSTRAINT ON (node:`UNIQUE IMPORT LABEL`) ASSERT (node.`UNIQUE IMPORT ID`) IS UNIQUE',
      'DROP CONSTRAINT ON (node:`UNIQUE IMPORT LABEL`) ASSERT node.`UNIQUE IMPORT ID` IS UNIQUE',
      APOC_TEMP_CONSTRAINT.drop,
    ]) {
      expect(cls(text), text).toEqual({ cls: 'apoc-temp-constraint-drop', issues: [] });
    }
    expect(cls('MATCH (n:`UNIQUE IMPORT LABEL`)  WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID`')).toEqual({
      cls: 'apoc-cleanup',
      issues: [],
    });
    expect(cls('CALL db.awaitIndexes(300)').cls).toBe('await-indexes');
    expect(cls("CALL db.awaitIndex(':`wikidataPerson`(`yearOfBirth`)')").cls).toBe('await-indexes');
  });

  it('accepts the 4.x cypher-shell export (linguist sample) and classifies its statements', () => {
    const { items, classes, issues } = checkFixture('apoc4-cypher-shell-linguist.cypher');
    expect(issues).toEqual([]);
    const byLine = items.flatMap((item, i) => (item.kind === 'statement' ? [`${item.line}:${classes[i]}`] : []));
    expect(byLine).toEqual([
      '6:apoc-temp-constraint-create',
      '10:data',
      '13:data',
      '18:data',
      '23:data',
      '28:data',
      '35:apoc-cleanup',
      '39:apoc-temp-constraint-drop',
    ]);
    expect(classes.filter((c) => c === undefined)).toHaveLength(10); // :begin and :commit
  });

  it('refuses the CALL apoc.export.json.all(...) appended to a 5.x export, and only that', () => {
    const { items, classes, issues } = checkFixture('apoc5-cypher-shell-digitai.cypher');
    expect(refusals(issues)).toEqual(['29:no-procedure']);
    expect(issues[0]!.statement).toBe('CALL apoc.export.json.all("neo4jExport/p5Graph.json", {useTypes: true})');
    expect(classes[items.findIndex((i) => i.line === 18)]).toBe('await-indexes');
  });

  it('accepts the UNWIND_BATCH_PARAMS layout, checking the :param values', () => {
    const { issues, classes } = checkFixture('apoc5-cypher-shell-unwind-batch-params.cypher');
    expect(issues).toEqual([]);
    expect(classes.filter((c) => c === 'data')).toHaveLength(6);
    expect(classes.filter((c) => c === 'apoc-cleanup')).toHaveLength(3);
  });

  it("refuses the source database's own schema in the neo4j-shell and plain layouts", () => {
    expect(refusals(checkFixture('apoc5-neo4j-shell.cypher').issues)).toEqual([
      '14:no-schema',
      '15:no-schema',
      '16:no-schema',
      '17:no-schema',
    ]);
    const plain = checkFixture('apoc5-plain.cypher');
    expect(refusals(plain.issues)).toEqual(['10:no-schema', '11:no-schema', '12:no-schema', '13:no-schema']);
    expect(plain.classes).toEqual([
      'data',
      'data',
      'data',
      'data',
      'data',
      'data',
      'data',
      'apoc-temp-constraint-create',
      'data',
      'apoc-cleanup',
      'apoc-temp-constraint-drop',
    ]);
  });

  it('refuses the 4.x CREATE INDEX ON lines of a one-CREATE-per-node export and accepts the rest', () => {
    const { items, classes, issues } = checkFixture('apoc4-one-create-per-node-kuczera.cypher');
    expect(refusals(issues)).toEqual(['17:no-schema', '18:no-schema', '19:no-schema']);
    expect(issues[0]!.message).toMatch(/^line 17: CREATE INDEX is not allowed in an import/);
    const line = (n: number) => classes[items.findIndex((i) => i.line === n)];
    expect([line(9), line(20), line(22), line(26), line(34), line(37)]).toEqual([
      'data',
      'apoc-temp-constraint-create',
      'await-indexes',
      'data',
      'apoc-cleanup',
      'apoc-temp-constraint-drop',
    ]);
  });
});

describe(':param values', () => {
  it('checks :param and :params expressions like statements', () => {
    const text = [
      ":param d => date('2018-10-31')",
      ":params {a: 1, b: 'x'}",
      ":param rows => [{_id: 0, properties: {importId: 3}}]",
      ":param x => apoc.load.json('https://example.org')",
      ':param bad => [1, 2',
      ']',
      ':param worse => 1 +',
    ].join('\n');
    const { issues, classes } = checkFile(readCypherFile(text));
    expect(refusals(issues)).toEqual(['3:system-property', '4:no-apoc', '7:syntax-error']);
    expect(issues[0]!.statement).toBe(':param rows => [{_id: 0, properties: {importId: 3}}]');
    expect(classes).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('accepts one expression per :param and refuses anything more (it is evaluated as RETURN expr AS value)', () => {
    const text = [
      ':param ok1 => [x IN range(1, 3) | {v: x}]',
      ':param ok2 => COLLECT { MATCH (t:Town) RETURN t.name }',
      ':param alias => 1 AS x',
      ':param more => 1 AS x CREATE (:Town)',
      ':param two => 1, 2',
      ':param union => 1 UNION RETURN 2',
      ':param sorted => 1 ORDER BY 1',
    ].join('\n');
    const { issues } = checkFile(readCypherFile(text));
    expect(refusals(issues)).toEqual(['3:syntax-error', '4:syntax-error', '5:syntax-error', '6:syntax-error', '7:syntax-error']);
    expect(issues[0]!.message).toBe(
      'line 3: a :param value must be one Cypher expression (a value, list or map), without AS, clauses or a second statement. Correct the line.',
    );
  });
});

describe('skeletons (parsing each statement shape once)', () => {
  it('replaces literal lists, maps, strings and numbers but keeps lines and indexes', () => {
    expect(skeleton("UNWIND [{_id:0, p:{a:'x'}}, {_id:1}] AS row\nCREATE (n:L {k: 2}) SET n.v = 'a', n.w = 1.5 // c\nRETURN xs[3]")).toBe(
      'UNWIND [] AS row\nCREATE (n:L {}) SET n.v = \'\', n.w = 0.0\nRETURN xs[0]',
    );
    expect(skeleton('RETURN [\n1,\n2]\n, x')).toBe('RETURN []\n\n\n, x');
  });

  it('keeps what the checks must see: importId keys and strings, and malformed literals', () => {
    expect(skeleton("SET n['importId'] = 1")).toBe("SET n['importId'] = 0");
    expect(skeleton('UNWIND [{a: 1}, {importId: 2}] AS r')).toBe('UNWIND [{}, {importId: 0}] AS r');
    expect(skeleton('RETURN [1 2]')).toBe('RETURN [0 0]');
  });

  it('gives cached results the line of each statement', () => {
    const a = checkStatement('MATCH (n:Town {name: "a"})\nDETACH DELETE n', 3);
    const b = checkStatement('MATCH (n:Town {name: "b"})\nDETACH DELETE n', 40);
    expect(refusals(a.issues)).toEqual(['4:no-delete']);
    expect(refusals(b.issues)).toEqual(['41:no-delete']);
    expect(b.issues[0]!.statement).toBe('MATCH (n:Town {name: "b"}) DETACH DELETE n');
  });
});
