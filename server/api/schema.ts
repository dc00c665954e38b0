/**
 * The GraphQL SDL, generated from the ontology: one object type per label (its properties and
 * its relationships both ways), one link type per relationship type, the Node interface, list
 * connections, and the hand-written analysis part. server/api/schema.graphql is this text checked
 * in (`npm run generate`); a test keeps the two equal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EVIDENCE_GRADES,
  EVIDENCE_GRADE_NAMES,
  LABELS,
  LABEL_NAMES,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type LabelName,
  type PropertyDef,
  type RelationshipDef,
  type RelationshipType,
} from '../ontology.ts';

export const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql');

/** Field names of relationship fields: `out` on the start label, `in` on the end label. */
export const RELATION_FIELDS: Record<RelationshipType, { out: string; in: string }> = {
  PART_OF: { out: 'partOf', in: 'parts' },
  MERGED_INTO: { out: 'mergedInto', in: 'mergedFrom' },
  FACES: { out: 'faces', in: 'facedBy' },
  HAS_OPPORTUNITY: { out: 'opportunities', in: 'opportunityFor' },
  CAUSES: { out: 'effects', in: 'causes' },
  ADDRESSES: { out: 'addresses', in: 'addressedBy' },
  LEVERAGES: { out: 'leverages', in: 'leveragedBy' },
  IMPLEMENTS: { out: 'implements', in: 'implementedBy' },
  APPLIED_IN: { out: 'appliedIn', in: 'applications' },
  MEMBER_OF: { out: 'memberOf', in: 'members' },
  ABOUT: { out: 'about', in: 'cases' },
  INVOLVES: { out: 'involves', in: 'involvedIn' },
  PART_OF_PROGRAMME: { out: 'programmes', in: 'includes' },
  PUBLISHED_BY: { out: 'publishedBy', in: 'published' },
  SUPPORTED_BY: { out: 'sources', in: 'supports' },
};

/** Top-level list field per label. */
export const LIST_FIELDS: Record<LabelName, string> = {
  Municipality: 'municipalities',
  Neighbourhood: 'neighbourhoods',
  Challenge: 'challenges',
  Opportunity: 'opportunities',
  Mechanism: 'mechanisms',
  Intervention: 'interventions',
  Actor: 'actors',
  Source: 'sources',
  Case: 'cases',
};

const pascal = (type: string) =>
  type
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
export const linkTypeName = (type: RelationshipType) => `${pascal(type)}Link`;

function gqlType(def: PropertyDef): string {
  switch (def.type) {
    case 'string':
    case 'date':
      return 'String';
    case 'string[]':
      return '[String!]';
    case 'integer':
      return 'Int';
    case 'float':
      return 'Float';
    case 'boolean':
      return 'Boolean';
  }
}

const doc = (text: string, indent = '  ') => `${indent}"""${text.replace(/"""/g, "'''").replace(/\\/g, '\\\\')}"""\n`;

/** The other end's GraphQL type: the label when there is one, else the Node interface. */
function endType(labels: readonly LabelName[]): string {
  return labels.length === 1 ? labels[0]! : 'Node';
}

function linkType(type: RelationshipType): string {
  const def = RELATIONSHIPS[type] as RelationshipDef;
  let s = doc(`${def.names.en} (${def.names.nl}): ${def.description}`, '');
  s += `type ${linkTypeName(type)} {\n`;
  s += doc('`<source>-[TYPE]-><target>`');
  s += '  id: ID!\n  type: String!\n';
  s += doc('The node at the other end, seen from the field that returned this link.');
  s += '  node: Node!\n  source: ID!\n  target: ID!\n';
  s += doc('As an edge of a connection: pass as `after` for the links after this one.');
  s += '  cursor: String!\n';
  for (const [prop, pdef] of Object.entries(def.properties as Record<string, PropertyDef>)) {
    if (prop === 'sources') continue;
    s += doc(pdef.description);
    s += `  ${prop}: ${gqlType(pdef)}${pdef.required && prop !== 'confidence' && prop !== 'polarity' ? '' : ''}\n`;
  }
  if ('sources' in def.properties) {
    s += doc('Ids of the sources the relationship rests on.');
    s += '  sourceIds: [String!]!\n';
    s += doc('The Source nodes the relationship rests on.');
    s += '  sources: [Source!]!\n';
    s += doc('What its sources amount to: best kind, independent publishers, secondary only, grade.');
    s += '  evidence: Evidence!\n';
  }
  s += doc('Every property of the relationship.');
  s += '  properties: JSON!\n}\n';
  s += doc(`Pages of ${linkTypeName(type)}: a Relay connection.`, '');
  s += `type ${linkTypeName(type)}Connection {\n  edges: [${linkTypeName(type)}!]!\n  pageInfo: PageInfo!\n  totalCount: Int!\n}\n`;
  return s;
}

function labelType(label: LabelName): string {
  const def = LABELS[label];
  let s = doc(`${def.names.en} (${def.names.nl}): ${def.description.en}`, '');
  s += `type ${label} implements Node {\n`;
  for (const [prop, pdef] of Object.entries(def.properties as Record<string, PropertyDef>)) {
    s += doc(pdef.description);
    const t = prop === 'id' ? 'ID' : gqlType(pdef);
    s += `  ${prop}: ${t}${pdef.required ? '!' : ''}\n`;
  }
  s += doc(`Always "${label}".`);
  s += '  label: String!\n';
  s += doc('The import (or seed file) that created the node; null when none is recorded.');
  s += '  provenance: Provenance\n';
  for (const type of RELATIONSHIP_TYPES) {
    const rdef = RELATIONSHIPS[type] as RelationshipDef;
    for (const dir of ['out', 'in'] as const) {
      const here = dir === 'out' ? rdef.from : rdef.to;
      if (!here.includes(label)) continue;
      const there = dir === 'out' ? rdef.to : rdef.from;
      const names = dir === 'out' ? rdef.names : rdef.inverseNames;
      s += doc(`${names.en} (${names.nl}): ${type} ${dir === 'out' ? 'outgoing' : 'incoming'}; at most \`first\` (1..1000), by name then id.`);
      s += `  ${RELATION_FIELDS[type][dir]}(first: Int = 100): [${linkTypeName(type)}!]!\n`;
      s += doc(`${names.en} (${names.nl}) as a connection: pages of \`first\` (1..100) after a cursor, by name then id, with totalCount.`);
      s += `  ${RELATION_FIELDS[type][dir]}Connection(first: Int = 20, after: String): ${linkTypeName(type)}Connection!\n`;
      void endType(there);
    }
  }
  if (label === 'Municipality') {
    s += doc('Neighbourhoods in the municipality (directly, or in one of its wijken).');
    s += '  neighbourhoods(first: Int = 100): [Neighbourhood!]!\n';
    s += doc('The same as a connection: pages of `first` (1..100) after a cursor, with totalCount.');
    s += '  neighbourhoodsConnection(first: Int = 20, after: String): NeighbourhoodConnection!\n';
  }
  if (label === 'Neighbourhood') {
    s += doc('The municipality the neighbourhood lies in (directly, or through its wijk).');
    s += '  municipality: Municipality\n';
  }
  if (label === 'Challenge') {
    s += doc('Everything upstream of this challenge via CAUSES (see Query.causalChain).');
    s += '  causalChain(maxDepth: Int = 3, minEvidence: EvidenceGrade): Graph!\n';
  }
  s += '}\n';
  return s;
}

const STATIC = `
"""Any JSON value (relationship properties)."""
scalar JSON

"""Every knowledge node: a municipality, neighbourhood, challenge, mechanism, intervention, ..."""
interface Node {
  id: ID!
  """The Dutch name."""
  name: String!
  nameEn: String
  description: String
  descriptionEn: String
  """The node's label, e.g. Municipality."""
  label: String!
  provenance: Provenance
}

"""Which import (or seed file) created a node: the (:Import) record the import pipeline writes."""
type Provenance {
  importId: ID!
  fileName: String
  partner: String
  actor: String
  startedAt: String
  status: String
  """For an accepted contribution: proposalId, kind, author, organisation, reviewer, proposedAt, acceptedAt."""
  contribution: JSON
}

type PageInfo {
  hasNextPage: Boolean!
  """Pass as \`after\` for the next page (opaque; base64 of the sort key name, id)."""
  endCursor: String
}

"""Filters for lists; a field that does not apply to the label listed is an error."""
input ListFilter {
  """Case-insensitive substring of name or nameEn (or the exact id)."""
  text: String
  """One of the ontology's domains, e.g. wonen."""
  domain: String
  """CBS code (GM0034) or id of a municipality: nodes linked to it or its neighbourhoods."""
  municipality: String
  kind: String
  province: String
  groeikern: Boolean
  focusArea: Boolean
  evidenceLevel: String
}

type NodeEdge {
  cursor: String!
  node: Node!
}

type NodeConnection {
  edges: [NodeEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type SearchHit {
  node: Node!
  score: Float!
  """The name (or nameEn, or id) equals the search text, case-insensitively."""
  exact: Boolean!
}

"""A node of a graph result, ready for Cytoscape."""
type GraphNode {
  id: ID!
  label: String!
  name: String!
  nameEn: String
  """Hops from where the query started, where it has a start."""
  depth: Int
  node: Node!
}

"""A relationship of a graph result."""
type GraphEdge {
  id: ID!
  type: String!
  source: ID!
  target: ID!
  properties: JSON!
  """CAUSES: '+', '-' or '?'."""
  polarity: String
  confidence: String
  sourceIds: [String!]!
  sources: [Source!]!
  """The claim's evidence summary; null for a relationship that carries no sources."""
  evidence: Evidence
}

"""A claim's evidence, summarised from its sources and confidence (docs/data.md, the source policy)."""
type Evidence {
  grade: EvidenceGrade!
  """The most credible kind among its sources (Source.kind); null when none says."""
  bestKind: String
  """Independent publishers among its sources."""
  publishers: Int!
  """Sources found."""
  sources: Int!
  """Every source is news or a secondary text."""
  secondaryOnly: Boolean!
}

"""Evidence grades, lowest first; \`minEvidence\` keeps claims at or above the grade."""
enum EvidenceGrade {
__GRADES__
}

"""Every graph-valued answer: nodes, edges, and whether a limit cut it short."""
type Graph {
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
  truncated: Boolean!
}

enum LoopKind {
  """An even number of '-' edges: the loop amplifies itself (a vicious or virtuous circle)."""
  REINFORCING
  """An odd number of '-' edges: the loop dampens itself."""
  BALANCING
  """Some edge has polarity '?'."""
  UNDETERMINED
}

type FeedbackLoop {
  """The loop's edge ids from its smallest node id: stable."""
  id: ID!
  kind: LoopKind!
  length: Int!
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
}

type ReachedNode {
  node: GraphNode!
  """The ADDRESSES relationship's properties (confidence, sources, note)."""
  properties: JSON!
  confidence: String
  sources: [Source!]!
}

type ApplicationOf {
  place: Node!
  municipalityCode: String
  province: String
  period: String
  properties: JSON!
  sources: [Source!]!
}

"""An intervention for a challenge, with why it ranks where it does (see the ranking in the docs)."""
type RankedIntervention {
  intervention: Intervention!
  score: Float!
  """Hops from the node it addresses to the challenge (0 = addresses the challenge itself)."""
  distance: Int!
  """Intervention -> addressed node -> ... -> challenge."""
  path: [GraphNode!]!
  pathEdges: [GraphEdge!]!
  reaches: [ReachedNode!]!
  evidenceLevel: String
  """Product of the confidence weights along the path (1 established, 0.7 indicative, 0.4 hypothesis)."""
  confidence: Float!
  appliedIn: [ApplicationOf!]!
  """Applied in the given municipality or one of its neighbourhoods."""
  appliedInMunicipality: Boolean!
  """Not in it, but applied in the same province or in a municipality sharing a network membership."""
  near: Boolean!
}

type ComparisonCell {
  municipality: Municipality!
  present: Boolean!
  """The municipality itself faces it, not only through neighbourhoods."""
  direct: Boolean!
  neighbourhoods: [Neighbourhood!]!
  sources: [Source!]!
}

type ComparisonRow {
  node: Node!
  label: String!
  count: Int!
  cells: [ComparisonCell!]!
}

type Comparison {
  municipalities: [Municipality!]!
  """Codes that match no municipality."""
  missing: [String!]!
  rows: [ComparisonRow!]!
}

type Names {
  nl: String!
  en: String!
}

type OntologyValue {
  value: String!
  names: Names!
}

type OntologyProperty {
  name: String!
  type: String!
  required: Boolean!
  values: [String!]
  names: Names!
  description: String!
}

type OntologyLabel {
  name: String!
  names: Names!
  plural: Names!
  description: Names!
  idPrefix: String!
  colour: String!
  textColour: String!
  shape: String!
  symbol: String!
  properties: [OntologyProperty!]!
  listField: String!
}

type OntologyRelationship {
  type: String!
  names: Names!
  inverseNames: Names!
  description: String!
  from: [String!]!
  to: [String!]!
  claim: Boolean!
  properties: [OntologyProperty!]!
  outField: String!
  inField: String!
}

type Ontology {
  version: Int!
  labels: [OntologyLabel!]!
  relationships: [OntologyRelationship!]!
  evidenceLevels: [OntologyValue!]!
  confidences: [OntologyValue!]!
  polarities: [OntologyValue!]!
  domains: [OntologyValue!]!
  """Source kinds, most credible first."""
  sourceKinds: [OntologyValue!]!
  """Evidence grades of claims, lowest first."""
  evidenceGrades: [OntologyValue!]!
}

type Query {
  """Any knowledge node by id."""
  node(id: ID!): Node
  """Several nodes by id, in the order given (null where none)."""
  nodes(ids: [ID!]!): [Node]!
  """A municipality by CBS code, e.g. GM0034."""
  municipality(code: String!): Municipality
  """Every knowledge node of the given labels (all when omitted), by name then id."""
  nodeList(labels: [String!], first: Int = 20, after: String, filter: ListFilter): NodeConnection!
__LISTS__
  """Search as you type: word starts and small typos in names, Dutch full text in descriptions. Exact names first, then names starting with the text, other name matches, the rest; within each, municipalities first, neighbourhoods and sources last. first: 1..100."""
  search(text: String!, labels: [String!], first: Int = 20): [SearchHit!]!
  """Mechanisms, challenges and opportunities upstream of a challenge via CAUSES. maxDepth: 1..6. minEvidence: only CAUSES claims at or above the grade."""
  causalChain(challengeId: ID!, maxDepth: Int = 3, minEvidence: EvidenceGrade): Graph
  """Interventions that address the challenge or anything upstream of it, ranked. first: 1..100. When there are more, extensions.warnings says how many (code TRUNCATED). minEvidence: only ADDRESSES and CAUSES claims at or above the grade."""
  interventionsFor(challengeId: ID!, municipalityCode: String, maxDepth: Int = 4, first: Int = 20, minEvidence: EvidenceGrade): [RankedIntervention!]
  """Simple cycles of CAUSES, shortest first. maxLength: 2..8; first: 1..500. When there are more, the response says so in extensions.warnings (code TRUNCATED). minEvidence: only CAUSES claims at or above the grade."""
  feedbackLoops(maxLength: Int = 6, through: ID, kind: LoopKind, first: Int = 100, minEvidence: EvidenceGrade): [FeedbackLoop!]!
  """The nodes within \`depth\` (0..3) hops of the given ones, at most \`limit\` (1..5000) nodes."""
  subgraph(ids: [ID!]!, depth: Int = 1, labels: [String!], limit: Int = 500): Graph!
  """One hop around a node, at most \`limit\` (1..5000) neighbours."""
  neighbours(id: ID!, limit: Int = 100): Graph!
  """The explorer's first screen: the learning network(s), their members and the former groeikernen."""
  overview: Graph!
  """Municipalities side by side on the challenges and opportunities they face. 1..20 codes. minEvidence: only FACES and HAS_OPPORTUNITY claims at or above the grade."""
  compareMunicipalities(codes: [String!]!, minEvidence: EvidenceGrade): Comparison!
  """The vocabulary: labels and relationship types with Dutch/English names, colours and shapes."""
  ontology: Ontology!
  """Admin only: the API tokens (never their secrets)."""
  apiTokens: [ApiToken!]!
  """Who is asking: the signed-in person (session cookie) or the API token; null when anonymous."""
  me: Me
  """Admin only: the accounts of people."""
  accounts: [Account!]!
  """The signed-in person's own proposals, newest first."""
  myProposals: [Proposal!]!
  """A proposal: its author's or an editor's to see; null for anyone else."""
  proposal(id: ID!): Proposal
  """editor: proposals with this status, oldest first."""
  reviewQueue(status: ProposalStatus = submitted): [Proposal!]!
  """editor: the imports (files, accepted contributions, the seed), newest first; first: 1..500."""
  imports(first: Int = 100): [ImportRecord!]!
}

"""participant < partner < editor < admin: each may do what the roles before it may."""
enum Role {
  participant
  partner
  editor
  admin
}

"""The caller: a person signed in (kind account) or a script's API token (kind token)."""
type Me {
  kind: String!
  id: ID!
  name: String!
  role: Role!
  organisation: String
  email: String
}

type Account {
  id: ID!
  """The sign-in name."""
  email: String!
  name: String!
  organisation: String!
  role: Role!
  createdAt: String!
  createdBy: String
  disabledAt: String
}

input CreateAccountInput {
  email: String!
  name: String!
  organisation: String!
  role: Role!
}

"""A one-time link to make an account (or set its password); the secret is shown once."""
type CreatedInvitation {
  id: ID!
  role: Role!
  organisation: String!
  expiresAt: String!
  secret: String!
  """The explorer's address for it, relative to the site (the secret after #)."""
  link: String!
}

type CreatedAccount {
  account: Account!
  """The link by which the person sets a password."""
  invitation: CreatedInvitation
}

type ApiToken {
  id: ID!
  name: String!
  role: Role!
  createdAt: String!
  createdBy: String
  revokedAt: String
}

type CreatedToken {
  token: ApiToken!
  """The bearer secret: shown once, stored only as its sha256 hash."""
  secret: String!
}

"""A new Source to cite, created with the write."""
input NewSourceInput {
  name: String!
  nameEn: String
  url: String
  year: Int
  publisher: String
  kind: String
}

enum ProposalStatus {
  submitted
  accepted
  rejected
}

enum ProposalKind {
  case
  application
  causal_link
  correction
  flag
  dataset
}

type ProposalPerson {
  id: ID!
  name: String!
  organisation: String
}

"""A contribution waiting for an editor (or decided). Never part of the knowledge graph until accepted."""
type Proposal {
  id: ID!
  kind: ProposalKind!
  status: ProposalStatus!
  """The proposal as last written (the mutation's input). text: false leaves a dataset's file text out (a list need not carry megabytes); textBytes says how big it is."""
  input(text: Boolean = true): JSON!
  author: ProposalPerson!
  createdAt: String!
  updatedAt: String!
  reviewer: ProposalPerson
  reviewedAt: String
  """Why it was rejected (the last rejection's reason, also after a resubmission)."""
  reason: String
  """The import that published it (undo it with \`newtowns undo\`)."""
  importId: ID
  """applied, or undone."""
  importStatus: String
  """Every step: submitted, edited (with the input it replaced), rejected (with the reason), accepted."""
  history: JSON!
  """A dry run of the proposal against the graph as it is now: what accepting it would create and change (null for a flag, which changes nothing). Its author's or an editor's to see. Each is a dry run of the import engine: ask it of one proposal (proposal(id)), not of a whole list."""
  preview: ImportResult
}

input ApplicationInput {
  interventionId: ID!
  placeId: ID!
  period: String
  note: String
  sourceId: ID
  newSource: NewSourceInput
  """The source is the own experience of the author's organisation."""
  ownExperience: Boolean
}

input CausalLinkInput {
  fromId: ID!
  toId: ID!
  """'+', '-' or '?'."""
  polarity: String!
  """established, indicative or hypothesis (default)."""
  confidence: String
  note: String
  sourceId: ID
  newSource: NewSourceInput
  ownExperience: Boolean
}

"""A claim: the relationship of this type between these two nodes."""
input ClaimInput {
  type: String!
  fromId: ID!
  toId: ID!
}

input CorrectionInput {
  """Exactly one of nodeId and claim."""
  nodeId: ID
  claim: ClaimInput
  property: String!
  """The new value, in the property's type (null removes an optional one)."""
  value: JSON
  """Why, and on what authority."""
  reason: String!
}

input FlagInput {
  nodeId: ID
  claim: ClaimInput
  reason: String!
}

input AddCaseInput {
  name: String!
  nameEn: String
  description: String
  descriptionEn: String
  period: String
  domains: [String!]
  lessons: [String!]
  lessonsEn: [String!]
  """Municipality or Neighbourhood ids the case is ABOUT (at least one)."""
  placeIds: [ID!]!
  """Challenge, Opportunity, Mechanism, Intervention or Actor ids the case INVOLVES."""
  involves: [ID!]
  sourceId: ID
  newSource: NewSourceInput
  """The source is the own experience of the author's organisation."""
  ownExperience: Boolean
}

type Application {
  intervention: Intervention!
  place: Node!
  period: String
  sources: [Source!]!
  recordedBy: String!
  recordedAt: String!
}

type ImportIssue {
  file: String!
  line: Int
  rule: String!
  """What is wrong and what to do. lang: en (the engine's words, starting "line N: " where there is a line) or nl (Dutch, "regel N: "), from the catalogue of rules by rule and params; only a finding from outside the engine (rule conflict) has no params and keeps its English words."""
  message(lang: String = "en"): String!
  """The finding's parameters (names, ids, values; words in both languages as {nl, en}), null for a finding the catalogue has no message for."""
  params: JSON
}

"""A node a dry run would create (new) or change (changed), or an end of such a relationship (context)."""
type ImportDiffNode {
  id: ID!
  label: String!
  name: String
  nameEn: String
  change: String!
  """The properties it sets (new) or changes (changed)."""
  properties: [String!]!
}

type ImportDiffRelationship {
  type: String!
  fromId: ID!
  toId: ID!
  """new or changed."""
  change: String!
  properties: [String!]!
}

"""What a dry run would do, element by element (at most 500 nodes and 500 relationships)."""
type ImportDiff {
  nodes: [ImportDiffNode!]!
  relationships: [ImportDiffRelationship!]!
  """More changed than is listed."""
  truncated: Boolean!
}

"""An applied import (or one undone since): who, when, what it did."""
type ImportRecord {
  id: ID!
  """file (a Cypher dataset) or changes (an accepted contribution)."""
  kind: String!
  fileName: String!
  partner: String
  curated: Boolean!
  actor: String
  startedAt: String!
  """applied or undone."""
  status: String!
  counts: JSON!
  warnings: [String!]!
  ownershipOverride: Boolean!
  """For an accepted contribution: proposalId, kind, author, organisation, reviewer, proposedAt, acceptedAt."""
  contribution: JSON
  undoneAt: String
  undoneBy: String
}

type UndoResult {
  importId: ID!
  """undone, refused (later work builds on it; nothing changed) or not-found."""
  status: String!
  """Why it was refused, each naming what builds on the import."""
  reasons: [String!]!
  counts: JSON!
  """The record as it is now."""
  record: ImportRecord
}

type ImportResult {
  importId: ID!
  status: String!
  dryRun: Boolean!
  fileName: String!
  partner: String
  """Curated data (an admin's import) belongs to no partner; a partner's import owns what it creates."""
  curated: Boolean!
  """An admin let this import change data it does not own."""
  ownershipOverride: Boolean!
  actor: String
  statements: JSON!
  counts: JSON!
  errors: [ImportIssue!]!
  warnings: [ImportIssue!]!
  """A dry run that passed: its changes element by element."""
  diff: ImportDiff
}

type Mutation {
  """partner: a case in one or more places, citing a source, published at once as the partner's own data (a participant proposes one: proposeCase)."""
  addCase(input: AddCaseInput!): Case!
  """partner: an intervention was applied in a municipality or neighbourhood, citing a source."""
  addApplication(interventionId: ID!, placeId: ID!, period: String, note: String, sourceId: ID, newSource: NewSourceInput, ownExperience: Boolean): Application!
  """partner: import a Cypher dataset (see docs/importing.md); at most config.maxImportBytes. A partner may change only what its own imports created; overrideOwnership (admin only) lifts that, recorded."""
  importDataset(fileName: String!, text: String!, dryRun: Boolean = false, overrideOwnership: Boolean = false): ImportResult!
  """admin: a new token; the secret is returned once."""
  createToken(name: String!, role: Role!): CreatedToken!
  """admin: revoke a token."""
  revokeToken(id: ID!): ApiToken!
  """Sign in: a fresh session cookie (HttpOnly, SameSite=Lax, Secure over https). Failed attempts are limited per account and per address (TOO_MANY_ATTEMPTS, Retry-After)."""
  signIn(email: String!, password: String!): Me!
  """End this browser's session."""
  signOut: Boolean!
  """End every session of the signed-in person; returns how many there were."""
  signOutEverywhere: Int!
  """Use an invitation's code: set the password of the account it was made for, or make a new account (email and name needed then); signs in."""
  acceptInvitation(code: String!, password: String!, email: String, name: String): Me!
  """admin: an account; it comes with a link by which its owner sets a password."""
  createAccount(input: CreateAccountInput!): CreatedAccount!
  """admin: a link by which someone makes an account with this role and organisation (valid 1..60 days)."""
  createInvitation(role: Role!, organisation: String!, days: Int = 7): CreatedInvitation!
  """admin: disable an account and end its sessions."""
  disableAccount(id: ID!): Account!
  """participant: propose a case or experience (a proposal, published when an editor accepts it). With proposalId: edit that proposal (its author, or an editor), or resubmit it after a rejection."""
  proposeCase(input: AddCaseInput!, proposalId: ID): Proposal!
  """participant: propose that an intervention was applied in a municipality or neighbourhood."""
  proposeApplication(input: ApplicationInput!, proposalId: ID): Proposal!
  """participant: propose a causal link (CAUSES) between mechanisms, challenges and opportunities."""
  proposeCausalLink(input: CausalLinkInput!, proposalId: ID): Proposal!
  """participant: propose a correction of one property of a node or a claim."""
  proposeCorrection(input: CorrectionInput!, proposalId: ID): Proposal!
  """participant: flag an error in a node or a claim, with the reason."""
  flagError(input: FlagInput!, proposalId: ID): Proposal!
  """editor: publish a proposal through the import engine (recorded with author, organisation, reviewer and dates; undoable like an import)."""
  acceptProposal(id: ID!): Proposal!
  """editor: reject a proposal with a reason its author sees; the author can edit and resubmit it."""
  rejectProposal(id: ID!, reason: String!): Proposal!
  """partner: propose a Cypher dataset (at most config.maxImportBytes): checked at once by a dry run as the partner's import (refused with its errors and their lines), stored whole, imported as the partner's when an editor accepts it."""
  proposeDataset(fileName: String!, text: String!, proposalId: ID): Proposal!
  """editor: undo an applied import (a file or an accepted contribution); refused, changing nothing, when later work builds on it."""
  undoImport(id: ID!): UndoResult!
}
`;

export function generateSdl(): string {
  const lists = LABEL_NAMES.map(
    (l) =>
      `  """${LABELS[l].plural.en}, by name then id; first: 1..100."""\n` +
      `  ${LIST_FIELDS[l]}(first: Int = 20, after: String, filter: ListFilter): ${l}Connection!`,
  ).join('\n');
  const parts = [
    '# Generated from server/ontology.ts by server/api/schema.ts (`npm run generate`); do not edit by hand.\n',
    STATIC.replace('__LISTS__', lists)
      .replace('__GRADES__', EVIDENCE_GRADES.map((g) => `  """${EVIDENCE_GRADE_NAMES[g].en}"""\n  ${g}`).join('\n'))
      .trim() + '\n',
    ...LABEL_NAMES.map(labelType),
    ...LABEL_NAMES.map(
      (l) =>
        `type ${l}Edge {\n  cursor: String!\n  node: ${l}!\n}\n` +
        `type ${l}Connection {\n  edges: [${l}Edge!]!\n  pageInfo: PageInfo!\n  totalCount: Int!\n}\n`,
    ),
    ...RELATIONSHIP_TYPES.map(linkType),
  ];
  return parts.join('\n');
}

export function readCheckedInSdl(): string {
  return fs.readFileSync(SCHEMA_FILE, 'utf8');
}

/** Writes server/api/schema.graphql (for `npm run generate`). */
export function writeSchemaFile(): void {
  fs.writeFileSync(SCHEMA_FILE, generateSdl());
}
