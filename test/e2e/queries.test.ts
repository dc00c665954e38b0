/** The explorer's GraphQL queries are valid against the checked-in SDL (no server needed). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../server/config.ts';
import * as queries from '../../web/src/queries.ts';

describe('explorer queries', () => {
  const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'server/api/schema.graphql'), 'utf8'));
  const documents = Object.entries(queries).filter((e): e is [string, string] => typeof e[1] === 'string');
  it.each(documents)('%s validates', (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
