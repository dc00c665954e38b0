/**
 * Reading datasets' Cypher files: statements and client commands with their lines, whatever the
 * file holds in strings, comments and names, in the layouts cypher-shell and APOC's exports write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CypherFileError, readCypherFile, type FileItem } from '../../server/import/read.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/import', import.meta.url));
const fixture = (name: string) => readCypherFile(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
/** kind@line, and the statement's first words, for compact expectations. */
const outline = (items: FileItem[]) =>
  items.map((i) => (i.kind === 'statement' ? `${i.line}:${i.text.split(/\s+/).slice(0, 2).join(' ')}` : `${i.line}:${i.kind}`));

function errorOf(text: string): CypherFileError {
  try {
    readCypherFile(text);
  } catch (error) {
    if (error instanceof CypherFileError) return error;
    throw error;
  }
  throw new Error('expected a CypherFileError');
}

describe('statements', () => {
  it('splits on ; and gives each statement the line of its first token, without the ;', () => {
    const items = readCypherFile('CREATE (:A);\n\n  CREATE (:B); CREATE (:C)\n;\n');
    expect(items).toEqual([
      { kind: 'statement', text: 'CREATE (:A)', line: 1 },
      { kind: 'statement', text: 'CREATE (:B)', line: 3 },
      { kind: 'statement', text: 'CREATE (:C)', line: 3 },
    ]);
  });

  it('keeps ; and quotes inside strings, backticked names and comments', () => {
    const text = [
      "CREATE (:Town {name: 'Almere; Flevoland', motto: \"it's; new\"});",
      'CREATE (:`Odd;Label` {`key;with"quote`: 1});',
      'CREATE (:C) // a comment; with "quote',
      ';',
      "CREATE /* block; 'comment */ (:D);",
    ].join('\n');
    expect(readCypherFile(text)).toEqual([
      { kind: 'statement', text: "CREATE (:Town {name: 'Almere; Flevoland', motto: \"it's; new\"})", line: 1 },
      { kind: 'statement', text: 'CREATE (:`Odd;Label` {`key;with"quote`: 1})', line: 2 },
      { kind: 'statement', text: 'CREATE (:C) // a comment; with "quote', line: 3 },
      { kind: 'statement', text: "CREATE /* block; 'comment */ (:D)", line: 5 },
    ]);
  });

  it('understands escaped quotes and doubled backticks', () => {
    const text = String.raw`CREATE (:T {a: 'it\'s; fine', b: "say \"hi;\"", c: 'back\\'});` + '\nCREATE (:`a``b;c`);';
    const items = readCypherFile(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ kind: 'statement', line: 1, text: String.raw`CREATE (:T {a: 'it\'s; fine', b: "say \"hi;\"", c: 'back\\'})` });
    expect(items[1]).toEqual({ kind: 'statement', text: 'CREATE (:`a``b;c`)', line: 2 });
  });

  it('skips comments and blank lines before a statement and keeps multi-line statements whole', () => {
    const text = '// header\n/* a\n   block */\n\nMATCH (a:Town)\n  WHERE a.name = "x;y"\nCREATE (a)-[:IN]->(:Region);\n';
    expect(readCypherFile(text)).toEqual([
      { kind: 'statement', text: 'MATCH (a:Town)\n  WHERE a.name = "x;y"\nCREATE (a)-[:IN]->(:Region)', line: 5 },
    ]);
  });

  it('counts lines inside multi-line strings and comments', () => {
    const items = readCypherFile("CREATE (:A {t: 'one\ntwo\nthree'});\n/*\n\n*/ CREATE (:B);");
    expect(outline(items)).toEqual(['1:CREATE (:A', '6:CREATE (:B)']);
    expect(items[1]).toMatchObject({ text: 'CREATE (:B)' });
  });

  it('takes a last statement without ; and skips empty statements', () => {
    expect(readCypherFile(';;CREATE (:A);;\nCREATE (:B)\n')).toEqual([
      { kind: 'statement', text: 'CREATE (:A)', line: 1 },
      { kind: 'statement', text: 'CREATE (:B)', line: 2 },
    ]);
  });

  it('reads a : inside a statement as Cypher, not as a client command', () => {
    expect(readCypherFile('CREATE (n\n:Town);')).toEqual([{ kind: 'statement', text: 'CREATE (n\n:Town)', line: 1 }]);
  });

  it('reads Windows line ends and a byte-order mark', () => {
    const text = '\uFEFF:begin\r\nCREATE (:A {s: "x;y"});\r\n\r\nMATCH (a:A)\r\nSET a.b = 1;\r\n:param x => 1\r\n:commit\r\nBEGIN\r\nCOMMIT\r\n';
    expect(readCypherFile(text)).toEqual([
      { kind: 'begin', line: 1 },
      { kind: 'statement', text: 'CREATE (:A {s: "x;y"})', line: 2 },
      { kind: 'statement', text: 'MATCH (a:A)\r\nSET a.b = 1', line: 4 },
      { kind: 'param', name: 'x', expression: '1', line: 6 },
      { kind: 'commit', line: 7 },
      { kind: 'begin', line: 8 },
      { kind: 'commit', line: 9 },
    ]);
  });
});

describe('client commands', () => {
  it('reads :begin, :commit and :rollback, which end at their line end without ;', () => {
    const items = readCypherFile(':begin\nCREATE (:A);\n:commit\n  :begin // again\nCREATE (:B);\n:rollback;\n');
    expect(outline(items)).toEqual(['1:begin', '2:CREATE (:A)', '3:commit', '4:begin', '5:CREATE (:B)', '6:rollback']);
  });

  it('reads :param name => expression', () => {
    expect(readCypherFile(":param x => date('2018-10-31')\n:param `town name` => 'Almere'\n:param limit: 10\n")).toEqual([
      { kind: 'param', name: 'x', expression: "date('2018-10-31')", line: 1 },
      { kind: 'param', name: 'town name', expression: "'Almere'", line: 2 },
      { kind: 'param', name: 'limit', expression: '10', line: 3 },
    ]);
  });

  it('reads :params {map} and :param {map}', () => {
    expect(readCypherFile(":params {a: 1, b: 'x'}\n:param {c: [1, 2]}\n")).toEqual([
      { kind: 'params', expression: "{a: 1, b: 'x'}", line: 1 },
      { kind: 'params', expression: '{c: [1, 2]}', line: 2 },
    ]);
  });

  it('lets a :param value span lines while its brackets are open, and leaves comments out', () => {
    const text = ":param rows => [\n  {_id: 0, name: 'a ] b'}, // first\n  {_id: 1, name: \"c\"}\n]\nUNWIND $rows AS row CREATE (:T {name: row.name});\n";
    const items = readCypherFile(text);
    expect(items[0]).toEqual({
      kind: 'param',
      name: 'rows',
      expression: "[\n  {_id: 0, name: 'a ] b'},  \n  {_id: 1, name: \"c\"}\n]",
      line: 1,
    });
    expect(items[1]).toEqual({ kind: 'statement', text: 'UNWIND $rows AS row CREATE (:T {name: row.name})', line: 5 });
  });

  it('drops a trailing ; and comment from a :param line', () => {
    expect(readCypherFile(':param n => 42; // the answer\n')).toEqual([{ kind: 'param', name: 'n', expression: '42', line: 1 }]);
  });

  it('keeps other client commands as unknown-command with their text', () => {
    const items = readCypherFile(':use system\n:source /etc/passwd\n:params\n:param clear\n:begin now\n');
    expect(items).toEqual([
      { kind: 'unknown-command', text: ':use system', line: 1 },
      { kind: 'unknown-command', text: ':source /etc/passwd', line: 2 },
      { kind: 'unknown-command', text: ':params', line: 3 },
      { kind: 'unknown-command', text: ':param clear', line: 4 },
      { kind: 'unknown-command', text: ':begin now', line: 5 },
    ]);
  });

  it("reads neo4j-shell's BEGIN, COMMIT and SCHEMA AWAIT lines, in either case", () => {
    const items = readCypherFile('BEGIN\nCREATE (:A);\nCOMMIT\nSCHEMA AWAIT\nbegin\nCREATE (:B);\ncommit\nschema await\n');
    expect(outline(items)).toEqual(['1:begin', '2:CREATE (:A)', '3:commit', '4:await', '5:begin', '6:CREATE (:B)', '7:commit', '8:await']);
  });
});

describe('errors', () => {
  it('reports an unterminated string with the line it starts on', () => {
    const error = errorOf("CREATE (:A);\nCREATE (:B {name: 'Almere});\nCREATE (:C);\n");
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^line 2: a string starts here with ' and is never closed/);
  });

  it('reports an unterminated escaped quote at the end of a string', () => {
    expect(errorOf('\n\nCREATE (:B {name: "x\\"});').line).toBe(3);
  });

  it('reports an unterminated block comment and backticked name', () => {
    expect(errorOf('CREATE (:A);\n/* never\nclosed').line).toBe(2);
    expect(errorOf('CREATE (:A);\n\nCREATE (:`Town);').message).toMatch(/^line 3: a `backticked` name/);
  });

  it('reports a :param whose brackets never close', () => {
    const error = errorOf(':begin\n:param rows => [{a: 1},\n{b: 2}\n:commit\n');
    expect(error.line).toBe(2);
    expect(error.message).toContain('never closes its brackets');
  });
});

describe('APOC export layouts (fixtures)', () => {
  it('reads the 4.x cypher-shell export (linguist sample)', () => {
    expect(outline(fixture('apoc4-cypher-shell-linguist.cypher'))).toEqual([
      '5:begin',
      '6:CREATE CONSTRAINT',
      '7:commit',
      '9:begin',
      '10:UNWIND [{_id:0,',
      '13:UNWIND [{_id:1,',
      '15:commit',
      '17:begin',
      '18:UNWIND [{start:',
      '23:UNWIND [{start:',
      '28:UNWIND [{start:',
      '32:commit',
      '34:begin',
      '35:MATCH (n:`UNIQUE',
      '36:commit',
      '38:begin',
      '39:DROP CONSTRAINT',
      '40:commit',
    ]);
  });

  it('reads the 5.x cypher-shell export with CALL db.awaitIndexes and a trailing CALL', () => {
    const items = fixture('apoc5-cypher-shell-digitai.cypher');
    expect(outline(items)).toEqual([
      '15:begin',
      '16:CREATE CONSTRAINT',
      '17:commit',
      '18:CALL db.awaitIndexes(300)',
      '19:begin',
      '20:UNWIND [{_id:0,',
      '22:commit',
      '23:begin',
      '24:MATCH (n:`UNIQUE',
      '25:commit',
      '26:begin',
      '27:DROP CONSTRAINT',
      '28:commit',
      '29:CALL apoc.export.json.all("neo4jExport/p5Graph.json",',
    ]);
    expect(items.at(-1)).toEqual({
      kind: 'statement',
      text: 'CALL apoc.export.json.all("neo4jExport/p5Graph.json", {useTypes: true})',
      line: 29,
    });
  });

  it('reads the UNWIND_BATCH_PARAMS layout: :param rows => [...] then UNWIND $rows', () => {
    const items = fixture('apoc5-cypher-shell-unwind-batch-params.cypher');
    const params = items.filter((i) => i.kind === 'param');
    expect(params.map((p) => p.line)).toEqual([12, 17, 20, 25, 30, 35]);
    expect(params[0]).toEqual({
      kind: 'param',
      name: 'rows',
      expression: `[{_id:0, properties:{born:date('2018-10-31'), name:"foo"}}, {_id:1, properties:{born:date('2017-09-29'), name:"foo2"}}]`,
      line: 12,
    });
    expect(items[items.indexOf(params[0]!) + 1]).toEqual({
      kind: 'statement',
      text: 'UNWIND $rows AS row\nCREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Foo',
      line: 13,
    });
    expect(items.filter((i) => i.kind === 'begin')).toHaveLength(10);
    expect(items.filter((i) => i.kind === 'commit')).toHaveLength(10);
  });

  it('reads the neo4j-shell layout', () => {
    expect(outline(fixture('apoc5-neo4j-shell.cypher'))).toEqual([
      '8:begin',
      '9:CREATE (:Foo:`UNIQUE',
      '10:CREATE (:Bar',
      '11:CREATE (:Bar:`UNIQUE',
      '12:commit',
      '13:begin',
      '14:CREATE RANGE',
      '15:CREATE RANGE',
      '16:CREATE CONSTRAINT',
      '17:CREATE CONSTRAINT',
      '18:CREATE CONSTRAINT',
      '19:commit',
      '20:await',
      '21:begin',
      '22:MATCH (n1:`UNIQUE',
      '23:commit',
      '24:begin',
      '25:MATCH (n:`UNIQUE',
      '26:commit',
      '27:begin',
      '28:DROP CONSTRAINT',
      '29:commit',
    ]);
  });

  it('reads the plain layout and the one-CREATE-per-node layout', () => {
    const plain = fixture('apoc5-plain.cypher');
    expect(plain.every((i) => i.kind === 'statement')).toBe(true);
    expect(plain.map((i) => i.line)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);

    const perNode = fixture('apoc4-one-create-per-node-kuczera.cypher');
    expect(perNode[1]).toMatchObject({ kind: 'statement', line: 9 });
    expect((perNode[1] as { text: string }).text).toMatch(/^CREATE \(:`wikidataPerson`:`UNIQUE IMPORT LABEL` \{.*`UNIQUE IMPORT ID`:542\}\)$/);
    expect(outline(perNode).slice(13, 17)).toEqual([
      '21:commit',
      "22:CALL db.awaitIndex(':`wikidataPerson`(`yearOfBirth`)')",
      "23:CALL db.awaitIndex(':`wikidataPerson`(`wikidataUrl`)')",
      "24:CALL db.awaitIndex(':`wikidataPerson`(`dateOfBirth`)')",
    ]);
  });
});
