/**
 * `npm run generate`: write the files derived from the ontology (cypher/schema.cypher,
 * docs/ontology.md, server/api/schema.graphql) and from that schema the explorer's wire types
 * (web/src/generated/graphql.ts). Tests fail when a checked-in copy is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.ts';
import { SCHEMA_FILE, schemaFileText } from './db/schema.ts';
import { ontologyMarkdown } from './docs/ontology-doc.ts';
import { SCHEMA_FILE as SDL_FILE, generateSdl } from './api/schema.ts';

/** In this order: the web's types are made from the SDL as written just before them. */
export const GENERATED: ReadonlyArray<{ file: string; text: () => string | Promise<string> }> = [
  { file: SCHEMA_FILE, text: schemaFileText },
  { file: path.join(PROJECT_ROOT, 'docs/ontology.md'), text: ontologyMarkdown },
  { file: SDL_FILE, text: generateSdl },
  // Loaded when asked for: the code generator is a development tool, not part of the server.
  { file: path.join(PROJECT_ROOT, 'web/src/generated/graphql.ts'), text: async () => (await import('../web/codegen.ts')).webTypesText() },
];

if (process.argv[1]?.endsWith('generate.ts')) {
  for (const { file, text } of GENERATED) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await text());
    console.log(`wrote ${path.relative(PROJECT_ROOT, file)}`);
  }
}
