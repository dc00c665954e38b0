/**
 * `npm run generate`: write the files derived from the ontology (cypher/schema.cypher,
 * docs/ontology.md). Tests fail when a checked-in copy is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.ts';
import { SCHEMA_FILE, schemaFileText } from './db/schema.ts';
import { ontologyMarkdown } from './docs/ontology-doc.ts';
import { SCHEMA_FILE as SDL_FILE, generateSdl } from './api/schema.ts';

export const GENERATED: ReadonlyArray<{ file: string; text: () => string }> = [
  { file: SCHEMA_FILE, text: schemaFileText },
  { file: path.join(PROJECT_ROOT, 'docs/ontology.md'), text: ontologyMarkdown },
  { file: SDL_FILE, text: generateSdl },
];

if (process.argv[1]?.endsWith('generate.ts')) {
  for (const { file, text } of GENERATED) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text());
    console.log(`wrote ${path.relative(PROJECT_ROOT, file)}`);
  }
}
