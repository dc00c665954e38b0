/**
 * The database schema, derived from the ontology: uniqueness constraints, indexes the Dutch
 * full-text index and the one of names. cypher/schema.cypher is this list written out (`npm run generate`); a test
 * keeps the two equal. Applying is idempotent (IF NOT EXISTS).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  FULLTEXT_INDEX,
  IMPORT_ID_PROPERTY,
  NAME_INDEX,
  LABELS,
  LABEL_NAMES,
  RELATIONSHIP_TYPES,
  SYSTEM_LABELS,
  type PropertyDef,
} from '../ontology.ts';
import { PROJECT_ROOT } from '../config.ts';
import { cypher, type Db } from './driver.ts';
import { ensureGraphHead } from './graph-head.ts';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'cypher/schema.cypher');

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export interface SchemaStatement {
  /** Name of the constraint or index, as SHOW CONSTRAINTS / SHOW INDEXES report it. */
  name: string;
  kind: 'constraint' | 'index' | 'fulltext';
  text: string;
}

export function schemaStatements(): SchemaStatement[] {
  const out: SchemaStatement[] = [];
  for (const label of LABEL_NAMES) {
    const props = LABELS[label].properties as Record<string, PropertyDef>;
    for (const [prop, def] of Object.entries(props)) {
      if (def.unique) {
        const name = `${snake(label)}_${snake(prop)}_unique`;
        out.push({ name, kind: 'constraint', text: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${prop} IS UNIQUE` });
      }
    }
    for (const [prop, def] of Object.entries(props)) {
      if (def.indexed && !def.unique) {
        const name = `${snake(label)}_${snake(prop)}`;
        out.push({ name, kind: 'index', text: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})` });
      }
    }
    const name = `${snake(label)}_import_id`;
    out.push({ name, kind: 'index', text: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${IMPORT_ID_PROPERTY})` });
  }
  for (const type of RELATIONSHIP_TYPES) {
    const name = `rel_${type.toLowerCase()}_import_id`;
    out.push({ name, kind: 'index', text: `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${IMPORT_ID_PROPERTY})` });
  }
  for (const [label, def] of Object.entries(SYSTEM_LABELS)) {
    for (const prop of Object.keys(def.properties)) {
      const name = `${snake(label)}_${snake(prop)}_unique`;
      out.push({ name, kind: 'constraint', text: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${prop} IS UNIQUE` });
    }
  }
  for (const index of [FULLTEXT_INDEX, NAME_INDEX]) {
    const on = index.properties.map((p) => `n.${p}`).join(', ');
    out.push({
      name: index.name,
      kind: 'fulltext',
      text:
        `CREATE FULLTEXT INDEX ${index.name} IF NOT EXISTS FOR (n:${LABEL_NAMES.join('|')}) ON EACH [${on}] ` +
        `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${index.analyzer}'}}`,
    });
  }
  return out;
}

/** The text of cypher/schema.cypher. */
export function schemaFileText(): string {
  const header = [
    '// Generated from server/ontology.ts by `npm run generate`; do not edit by hand.',
    '// Uniqueness constraints, indexes and the Dutch full-text index of the New Towns knowledge graph.',
    '// Idempotent: every statement is IF NOT EXISTS. The application applies it on start-up.',
    '',
  ];
  return header.join('\n') + schemaStatements().map((s) => s.text + ';').join('\n') + '\n';
}

export function writeSchemaFile(): void {
  fs.writeFileSync(SCHEMA_FILE, schemaFileText());
}

const awaitIndexes = cypher('schema.awaitIndexes', 'CALL db.awaitIndexes(300)');

/** Apply every constraint and index; returns how many were new. */
export async function applySchema(db: Db): Promise<{ created: number }> {
  let created = 0;
  for (const statement of schemaStatements()) {
    const result = await db.write(cypher(`schema.${statement.name}`, statement.text));
    const counters = result.summary.counters.updates();
    created += counters.constraintsAdded + counters.indexesAdded;
  }
  await db.read(awaitIndexes, {}, { timeoutMs: 310_000 });
  await ensureGraphHead(db);
  return { created };
}
