/**
 * Resolvers: thin. Reads go through graph/ and analysis/ (named, parameterised queries); every
 * relationship field goes through a per-request DataLoader, so a request costs the same number of
 * queries for 1 parent as for 100.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import {
  CONFIDENCES,
  CONFIDENCE_NAMES,
  DOMAINS,
  DOMAIN_NAMES,
  EVIDENCE_LEVELS,
  EVIDENCE_LEVEL_NAMES,
  LABELS,
  LABEL_NAMES,
  MUNICIPALITY_CODE_PATTERN,
  ONTOLOGY_VERSION,
  POLARITIES,
  POLARITY_NAMES,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type LabelName,
  type Names,
  type PropertyDef,
  type RelationshipDef,
} from '../ontology.ts';
import { causalChain, checkDepth, feedbackLoops, type LoopKind } from '../analysis/causal.ts';
import { compareMunicipalities } from '../analysis/compare.ts';
import { interventionsFor, type Application, type RankedIntervention } from '../analysis/interventions.ts';
import { checkInt, checkLabels, edgeId, InputError, type GraphEdge, type KnowledgeNode } from '../graph/model.ts';
import {
  countNodes,
  listNodes,
  MUNICIPALITY_NEIGHBOURHOODS,
  NEIGHBOURHOOD_MUNICIPALITY,
  relationSpec,
  type ListFilter,
  type RelationItem,
} from '../graph/nodes.ts';
import { search } from '../graph/search.ts';
import { overview, subgraph } from '../graph/subgraph.ts';
import type { ApiContext } from './context.ts';
import { LIST_FIELDS, RELATION_FIELDS, linkTypeName } from './schema.ts';
import { listApiTokens } from './tokens.ts';
import { mutationResolvers } from './writes.ts';

type Resolver = (parent: any, args: any, ctx: ApiContext) => unknown;
type ResolverMap = Record<string, Record<string, Resolver> | GraphQLScalarType>;

export const LIMITS = {
  pageSize: 100,
  relationFirst: 1000,
  subgraphLimit: 5000,
  subgraphDepth: 3,
  causalDepth: 6,
  loopLength: 8,
  loops: 500,
  compareCodes: 20,
  ids: 500,
};

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.LIST:
      return ast.values.map(literal);
    default:
      return null;
  }
}

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literal,
});

/** A link object: the relationship's properties spread, plus its ends. */
function link(item: RelationItem) {
  return { ...item.properties, properties: item.properties, node: item.node, type: item.type, source: item.source, target: item.target };
}

const sourcesOf = (ids: unknown, ctx: ApiContext) =>
  Array.isArray(ids) ? ctx.node.loadMany(ids.map(String)).then((xs) => xs.filter((x): x is KnowledgeNode => !!x && !(x instanceof Error))) : [];

function names(n: Names) {
  return { nl: n.nl, en: n.en };
}

function properties(props: Record<string, PropertyDef>) {
  return Object.entries(props).map(([name, p]) => ({
    name,
    type: p.type,
    required: !!p.required,
    values: p.values ?? null,
    names: names(p.names),
    description: p.description,
  }));
}

const ontology = () => ({
  version: ONTOLOGY_VERSION,
  labels: LABEL_NAMES.map((l) => {
    const d = LABELS[l];
    return {
      name: l,
      names: names(d.names),
      plural: names(d.plural),
      description: names(d.description),
      idPrefix: d.idPrefix,
      colour: d.colour,
      textColour: d.textColour,
      shape: d.shape,
      symbol: d.symbol,
      properties: properties(d.properties as Record<string, PropertyDef>),
      listField: LIST_FIELDS[l],
    };
  }),
  relationships: RELATIONSHIP_TYPES.map((t) => {
    const d = RELATIONSHIPS[t] as RelationshipDef;
    return {
      type: t,
      names: names(d.names),
      inverseNames: names(d.inverseNames),
      description: d.description,
      from: d.from,
      to: d.to,
      claim: !!d.claim,
      properties: properties(d.properties as Record<string, PropertyDef>),
      outField: RELATION_FIELDS[t].out,
      inField: RELATION_FIELDS[t].in,
    };
  }),
  evidenceLevels: EVIDENCE_LEVELS.map((v) => ({ value: v, names: names(EVIDENCE_LEVEL_NAMES[v]) })),
  confidences: CONFIDENCES.map((v) => ({ value: v, names: names(CONFIDENCE_NAMES[v]) })),
  polarities: POLARITIES.map((v) => ({ value: v, names: names(POLARITY_NAMES[v]) })),
  domains: DOMAINS.map((v) => ({ value: v, names: names(DOMAIN_NAMES[v]) })),
});

function connection(ctx: ApiContext, labels: LabelName[], args: { first?: number; after?: string | null; filter?: ListFilter | null }) {
  const first = checkInt('first', args.first, 20, 1, LIMITS.pageSize);
  const filter = args.filter ?? {};
  return listNodes(ctx.db, labels, filter, first, args.after).then((page) => ({
    edges: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: () => countNodes(ctx.db, labels, filter),
  }));
}

function checkIds(ids: readonly string[]): string[] {
  if (ids.length === 0 || ids.length > LIMITS.ids) throw new InputError(`ids must hold 1 to ${LIMITS.ids} ids`);
  return [...new Set(ids)];
}

function rankedView(r: RankedIntervention) {
  return {
    ...r,
    appliedIn: r.appliedIn.map((a: Application) => ({
      place: a.place,
      municipalityCode: a.municipalityCode,
      province: a.province,
      period: (a.properties.period as string | undefined) ?? null,
      properties: a.properties,
      sourceIds: a.properties.sources,
    })),
  };
}

export function buildResolvers(): ResolverMap {
  const query: Record<string, Resolver> = {
    node: (_, { id }, ctx) => ctx.node.load(id),
    nodes: (_, { ids }, ctx) => {
      if (ids.length > LIMITS.ids) throw new InputError(`ids must hold at most ${LIMITS.ids} ids`);
      return ctx.node.loadMany(ids).then((xs) => xs.map((x) => (x instanceof Error ? null : x)));
    },
    municipality: (_, { code }, ctx) => {
      if (!MUNICIPALITY_CODE_PATTERN.test(code)) throw new InputError(`code must be a CBS municipality code like GM0034, not '${code}'`);
      return ctx.municipality.load(code);
    },
    nodeList: (_, args, ctx) => connection(ctx, checkLabels(args.labels), args),
    search: (_, { text, labels, first }, ctx) =>
      search(ctx.db, text, checkLabels(labels), checkInt('first', first, 20, 1, LIMITS.pageSize)),
    causalChain: (_, { challengeId, maxDepth }, ctx) =>
      causalChain(ctx.db, challengeId, checkDepth('maxDepth', maxDepth, 3, LIMITS.causalDepth)),
    interventionsFor: async (_, { challengeId, municipalityCode, maxDepth, first }, ctx) => {
      if (municipalityCode != null && !MUNICIPALITY_CODE_PATTERN.test(municipalityCode)) {
        throw new InputError(`municipalityCode must be a CBS code like GM0034, not '${municipalityCode}'`);
      }
      const ranked = await interventionsFor(ctx.db, challengeId, {
        maxDepth: checkDepth('maxDepth', maxDepth, 4, LIMITS.causalDepth),
        municipalityCode,
        first: checkInt('first', first, 20, 1, LIMITS.pageSize),
      });
      return ranked?.map(rankedView) ?? null;
    },
    feedbackLoops: async (_, { maxLength, through, kind, first }, ctx) => {
      const length = checkInt('maxLength', maxLength, 6, 2, LIMITS.loopLength);
      const result = await feedbackLoops(ctx.db, {
        maxLength: length,
        through,
        kind: kind as LoopKind | null,
        first: checkInt('first', first, 100, 1, LIMITS.loops),
      });
      return result.loops;
    },
    subgraph: (_, { ids, depth, labels, limit }, ctx) =>
      subgraph(
        ctx.db,
        checkIds(ids),
        checkInt('depth', depth, 1, 0, LIMITS.subgraphDepth),
        checkLabels(labels),
        checkInt('limit', limit, 500, 1, LIMITS.subgraphLimit),
      ),
    neighbours: (_, { id, limit }, ctx) =>
      subgraph(ctx.db, [id], 1, checkLabels(null), checkInt('limit', limit, 100, 1, LIMITS.subgraphLimit)),
    overview: (_, __, ctx) => overview(ctx.db),
    compareMunicipalities: async (_, { codes }, ctx) => {
      if (codes.length < 1 || codes.length > LIMITS.compareCodes) throw new InputError(`codes must hold 1 to ${LIMITS.compareCodes} codes`);
      const bad = codes.filter((c: string) => !MUNICIPALITY_CODE_PATTERN.test(c));
      if (bad.length) throw new InputError(`Not CBS municipality codes: ${bad.join(', ')} (expected GM and four digits)`);
      const c = await compareMunicipalities(ctx.db, codes);
      return {
        ...c,
        rows: c.rows.map((r) => ({ ...r, label: r.node.__label, cells: r.cells.map((cell) => ({ ...cell, sourceIds: cell.sourceIds })) })),
      };
    },
    ontology,
    apiTokens: async (_, __, ctx) => {
      await ctx.requireRole('admin');
      return listApiTokens(ctx.db);
    },
  };
  for (const l of LABEL_NAMES) query[LIST_FIELDS[l]] = (_, args, ctx) => connection(ctx, [l], args);

  const resolvers: ResolverMap = {
    JSON: JSONScalar,
    Query: query,
    Mutation: mutationResolvers(),
    Node: { __resolveType: (n: KnowledgeNode) => n.__label } as unknown as Record<string, Resolver>,
    GraphNode: { node: (n) => n.node },
    GraphEdge: {
      polarity: (e: GraphEdge) => (e.properties.polarity as string | undefined) ?? null,
      confidence: (e: GraphEdge) => (e.properties.confidence as string | undefined) ?? null,
      sourceIds: (e: GraphEdge) => (Array.isArray(e.properties.sources) ? e.properties.sources : []),
      sources: (e: GraphEdge, _, ctx) => sourcesOf(e.properties.sources, ctx),
    },
    FeedbackLoop: {},
    ReachedNode: {
      confidence: (r) => r.properties.confidence ?? null,
      sources: (r, _, ctx) => sourcesOf(r.properties.sources, ctx),
    },
    ApplicationOf: { sources: (a, _, ctx) => sourcesOf(a.sourceIds, ctx) },
    ComparisonCell: { sources: (c, _, ctx) => sourcesOf(c.sourceIds, ctx) },
    Application: { sources: (a, _, ctx) => sourcesOf(a.sourceIds, ctx) },
  };

  for (const l of LABEL_NAMES) {
    const fields: Record<string, Resolver> = {
      label: (n: KnowledgeNode) => n.__label,
      provenance: (n: KnowledgeNode, _, ctx) => (typeof n.importId === 'string' ? ctx.provenance.load(n.importId) : null),
    };
    for (const type of RELATIONSHIP_TYPES) {
      const def = RELATIONSHIPS[type] as RelationshipDef;
      for (const dir of ['out', 'in'] as const) {
        if (!(dir === 'out' ? def.from : def.to).includes(l)) continue;
        const spec = relationSpec(l, type, dir);
        fields[RELATION_FIELDS[type][dir]] = async (n: KnowledgeNode, { first }, ctx) => {
          const items = await ctx.relation(spec, checkInt('first', first, 100, 1, LIMITS.relationFirst)).load(n.id);
          return items.map(link);
        };
      }
    }
    if (l === 'Municipality') {
      fields.neighbourhoods = async (n, { first }, ctx) =>
        (await ctx.relation(MUNICIPALITY_NEIGHBOURHOODS, checkInt('first', first, 100, 1, LIMITS.relationFirst)).load(n.id)).map((i) => i.node);
    }
    if (l === 'Neighbourhood') {
      fields.municipality = async (n, _, ctx) => (await ctx.relation(NEIGHBOURHOOD_MUNICIPALITY, 1).load(n.id))[0]?.node ?? null;
    }
    if (l === 'Challenge') {
      fields.causalChain = (n, { maxDepth }, ctx) => causalChain(ctx.db, n.id, checkDepth('maxDepth', maxDepth, 3, LIMITS.causalDepth));
    }
    resolvers[l] = fields;
  }

  for (const type of RELATIONSHIP_TYPES) {
    const fields: Record<string, Resolver> = {
      id: (e) => edgeId(e.source, e.type, e.target),
    };
    if ('sources' in (RELATIONSHIPS[type] as RelationshipDef).properties) {
      fields.sourceIds = (e) => (Array.isArray(e.properties.sources) ? e.properties.sources : []);
      fields.sources = (e, _, ctx) => sourcesOf(e.properties.sources, ctx);
    }
    resolvers[linkTypeName(type)] = fields;
  }
  return resolvers;
}
