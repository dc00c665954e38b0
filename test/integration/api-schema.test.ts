/** The GraphQL types agree with the ontology, and the checked-in SDL is current. */
import { buildSchema, isInterfaceType, isObjectType, type GraphQLObjectType } from 'graphql';
import { expect, test } from 'vitest';
import { generateSdl, LIST_FIELDS, linkTypeName, readCheckedInSdl, RELATION_FIELDS } from '../../server/api/schema.ts';
import { createSchemaWithResolvers } from '../../server/api/index.ts';
import { LABELS, LABEL_NAMES, RELATIONSHIPS, RELATIONSHIP_TYPES, type PropertyDef, type RelationshipDef } from '../../server/ontology.ts';

test('server/api/schema.graphql is the SDL generated from the ontology (run `npm run generate` after changing it)', () => {
  expect(readCheckedInSdl()).toBe(generateSdl());
});

test('every label is a type implementing Node, with every property and relationship both ways', () => {
  const schema = buildSchema(generateSdl());
  const node = schema.getType('Node');
  expect(isInterfaceType(node)).toBe(true);
  for (const label of LABEL_NAMES) {
    const type = schema.getType(label) as GraphQLObjectType;
    expect(isObjectType(type), label).toBe(true);
    expect(type.getInterfaces().map((i) => i.name)).toEqual(['Node']);
    const fields = type.getFields();
    for (const [prop, def] of Object.entries(LABELS[label].properties as Record<string, PropertyDef>)) {
      expect(fields[prop], `${label}.${prop}`).toBeDefined();
      expect(String(fields[prop]!.type).endsWith('!'), `${label}.${prop} non-null iff required`).toBe(!!def.required);
    }
    for (const t of RELATIONSHIP_TYPES) {
      const def = RELATIONSHIPS[t] as RelationshipDef;
      if (def.from.includes(label)) expect(String(fields[RELATION_FIELDS[t].out]?.type), `${label}.${RELATION_FIELDS[t].out}`).toBe(`[${linkTypeName(t)}!]!`);
      if (def.to.includes(label)) expect(String(fields[RELATION_FIELDS[t].in]?.type), `${label}.${RELATION_FIELDS[t].in}`).toBe(`[${linkTypeName(t)}!]!`);
    }
    expect(String(schema.getQueryType()!.getFields()[LIST_FIELDS[label]]!.type)).toBe(`${label}Connection!`);
  }
  for (const t of RELATIONSHIP_TYPES) {
    const link = schema.getType(linkTypeName(t)) as GraphQLObjectType;
    for (const prop of Object.keys((RELATIONSHIPS[t] as RelationshipDef).properties)) {
      expect(link.getFields()[prop === 'sources' ? 'sourceIds' : prop], `${link.name}.${prop}`).toBeDefined();
    }
  }
  // The contract's names.
  const f = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
  expect(Object.keys(f('Municipality'))).toEqual(expect.arrayContaining(['neighbourhoods', 'faces', 'memberOf', 'cases', 'sources', 'applications']));
  expect(Object.keys(f('Neighbourhood'))).toEqual(expect.arrayContaining(['municipality', 'partOf']));
  expect(Object.keys(f('Challenge'))).toEqual(expect.arrayContaining(['causes', 'effects', 'addressedBy', 'facedBy']));
  expect(Object.keys(f('Intervention'))).toEqual(expect.arrayContaining(['addresses', 'appliedIn', 'implementedBy']));
  expect(Object.keys(f('Mechanism'))).toEqual(expect.arrayContaining(['effects', 'causes']));
  expect(Object.keys(f('Actor'))).toEqual(expect.arrayContaining(['members', 'memberOf', 'implements']));
});

test('the executable schema builds with resolvers for every relationship field', () => {
  const schema = createSchemaWithResolvers();
  for (const label of LABEL_NAMES) {
    const fields = (schema.getType(label) as GraphQLObjectType).getFields();
    for (const t of RELATIONSHIP_TYPES) {
      const def = RELATIONSHIPS[t] as RelationshipDef;
      if (def.from.includes(label)) expect(fields[RELATION_FIELDS[t].out]!.resolve, `${label}.${RELATION_FIELDS[t].out}`).toBeTypeOf('function');
      if (def.to.includes(label)) expect(fields[RELATION_FIELDS[t].in]!.resolve, `${label}.${RELATION_FIELDS[t].in}`).toBeTypeOf('function');
    }
  }
});

test('user text becomes a safe Lucene query: special characters escaped, operators neutralised', async () => {
  const { luceneQuery, luceneNameQuery } = await import('../../server/graph/search.ts');
  // The Dutch index: the words OR-ed, the last also as the start of a word (typing).
  expect(luceneQuery('leefbaar')).toBe('leefbaar leefbaar*');
  expect(luceneQuery('a AND (b) title:x "y" *')).toBe('a and \\(b\\) title\\:x \\"y\\" \\"y\\"*');
  expect(luceneQuery('  ***  ')).toBe('');
  expect(luceneQuery('OR NOT')).toBe('or not not*');
  // The names: every word required, as it is, as a start, and from four letters with one typo.
  expect(luceneNameQuery('Almre haven')).toBe('+(almre almre* almre~1) +(haven haven* haven~1)');
  expect(luceneNameQuery('Zo')).toBe('+(zo zo*)');
  expect(luceneNameQuery('a:b* AND')).toBe('+(a\\:b\\* a\\:b\\** a\\:b\\*~1) +(and and*)');
});
