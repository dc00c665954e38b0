/**
 * The graph's vocabulary, declared once. Version 1 is the public contract for knowledge partners:
 * add to it where the domain needs, never rename.
 *
 * Everything else derives from this module: cypher/schema.cypher, the GraphQL types, the import
 * validator, the explorer's legend and styles, and docs/ontology.md. It is pure data and pure
 * functions and imports nothing, so the web client can bundle it too.
 */

export const ONTOLOGY_VERSION = 1;

export type Lang = 'nl' | 'en';
export interface Names {
  readonly nl: string;
  readonly en: string;
}

export type PropertyType = 'string' | 'string[]' | 'integer' | 'float' | 'boolean' | 'date';

export interface PropertyDef {
  readonly type: PropertyType;
  readonly required?: boolean;
  /** Unique across every node of the label (a uniqueness constraint). */
  readonly unique?: boolean;
  /** Allowed values, in order where the order means something (the evidence ladder). */
  readonly values?: readonly string[];
  /** A secondary index helps lookups and filters on it. */
  readonly indexed?: boolean;
  readonly names: Names;
  readonly description: string;
}

/** Cytoscape node shapes; each label gets its own so colour never carries meaning alone. */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'hexagon'
  | 'triangle'
  | 'star'
  | 'octagon'
  | 'rectangle'
  | 'tag'
  | 'vee'
  | 'round-triangle'
  | 'barrel';

export interface LabelDef {
  readonly names: Names;
  readonly plural: Names;
  readonly description: Names;
  /** Prefix of readable ids, e.g. `municipality` in `municipality:GM0034`. */
  readonly idPrefix: string;
  /** Fill colour of the node; text on it uses `textColour` (both checked for AA contrast). */
  readonly colour: string;
  readonly textColour: string;
  readonly shape: NodeShape;
  /** A one-character symbol shown in the legend and text view beside the name. */
  readonly symbol: string;
  readonly properties: Readonly<Record<string, PropertyDef>>;
}

export interface RelationshipDef {
  readonly names: Names;
  /** How the relationship reads backwards, for `Neighbourhood.municipality`-style fields and the UI. */
  readonly inverseNames: Names;
  readonly description: string;
  readonly from: readonly LabelName[];
  readonly to: readonly LabelName[];
  readonly properties: Readonly<Record<string, PropertyDef>>;
  /** A claim: it must carry `sources` (existing Source ids) and a `confidence`. */
  readonly claim?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Value sets

export const EVIDENCE_LEVELS = ['goed_beschreven', 'goed_onderbouwd', 'effectief'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const EVIDENCE_LEVEL_NAMES: Readonly<Record<EvidenceLevel, Names>> = {
  goed_beschreven: { nl: 'Goed beschreven', en: 'Well described' },
  goed_onderbouwd: { nl: 'Goed onderbouwd', en: 'Well founded' },
  effectief: { nl: 'Effectief', en: 'Effective' },
};

export const CONFIDENCES = ['established', 'indicative', 'hypothesis'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const CONFIDENCE_NAMES: Readonly<Record<Confidence, Names>> = {
  established: { nl: 'Vastgesteld', en: 'Established' },
  indicative: { nl: 'Aanwijzing', en: 'Indicative' },
  hypothesis: { nl: 'Hypothese', en: 'Hypothesis' },
};

export const POLARITIES = ['+', '-', '?'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_NAMES: Readonly<Record<Polarity, Names>> = {
  '+': { nl: 'versterkt (+)', en: 'increases (+)' },
  '-': { nl: 'verzwakt (−)', en: 'decreases (−)' },
  '?': { nl: 'richting onbekend (?)', en: 'direction unknown (?)' },
};

/** Policy domains, as the network and WijkWijzer's leefgebieden group the work. */
export const DOMAINS = [
  'wonen',
  'ruimte',
  'voorzieningen',
  'sociaal',
  'zorg',
  'veiligheid',
  'economie',
  'onderwijs',
  'energie',
  'mobiliteit',
  'bestuur',
] as const;
export type Domain = (typeof DOMAINS)[number];
export const DOMAIN_NAMES: Readonly<Record<Domain, Names>> = {
  wonen: { nl: 'Wonen', en: 'Housing' },
  ruimte: { nl: 'Ruimte en openbare ruimte', en: 'Space and public realm' },
  voorzieningen: { nl: 'Voorzieningen', en: 'Amenities' },
  sociaal: { nl: 'Sociaal', en: 'Social' },
  zorg: { nl: 'Zorg', en: 'Care' },
  veiligheid: { nl: 'Veiligheid', en: 'Safety' },
  economie: { nl: 'Economie en werk', en: 'Economy and jobs' },
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  energie: { nl: 'Energie en duurzaamheid', en: 'Energy and sustainability' },
  mobiliteit: { nl: 'Mobiliteit', en: 'Mobility' },
  bestuur: { nl: 'Bestuur en beleid', en: 'Governance and policy' },
};

export const ACTOR_KINDS = [
  'ministry',
  'directorate',
  'agency',
  'municipality',
  'province',
  'housing_association',
  'police',
  'care_provider',
  'school',
  'residents',
  'knowledge_partner',
  'network',
  'programme',
  'platform',
  'company',
] as const;
export const ACTOR_KIND_NAMES: Readonly<Record<(typeof ACTOR_KINDS)[number], Names>> = {
  ministry: { nl: 'Ministerie', en: 'Ministry' },
  directorate: { nl: 'Directoraat-generaal', en: 'Directorate-general' },
  agency: { nl: 'Uitvoeringsorganisatie van het Rijk', en: 'Government agency' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  province: { nl: 'Provincie', en: 'Province' },
  housing_association: { nl: 'Woningcorporatie', en: 'Housing association' },
  police: { nl: 'Politie', en: 'Police' },
  care_provider: { nl: 'Zorgaanbieder', en: 'Care provider' },
  school: { nl: 'Onderwijsinstelling', en: 'School' },
  residents: { nl: 'Bewoners', en: 'Residents' },
  knowledge_partner: { nl: 'Kennispartner', en: 'Knowledge partner' },
  network: { nl: 'Netwerk', en: 'Network' },
  programme: { nl: 'Programma', en: 'Programme' },
  platform: { nl: 'Platform', en: 'Platform' },
  company: { nl: 'Bedrijf', en: 'Company' },
};

export const INTERVENTION_KINDS = ['policy', 'action', 'programme', 'instrument'] as const;
export const INTERVENTION_KIND_NAMES: Readonly<Record<(typeof INTERVENTION_KINDS)[number], Names>> = {
  policy: { nl: 'Beleid', en: 'Policy' },
  action: { nl: 'Actie', en: 'Action' },
  programme: { nl: 'Programma', en: 'Programme' },
  instrument: { nl: 'Instrument', en: 'Instrument' },
};

/**
 * What a source is, on an ordered scale of credibility, most credible first. A claim's evidence is
 * summarised from the kinds of its sources (see `EVIDENCE_GRADES` and server/graph/evidence.ts).
 */
export const SOURCE_KINDS = [
  'official_statistics',
  'research',
  'government_policy',
  'local_document',
  'practice_database',
  'own_experience',
  'news',
  'secondary',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_NAMES: Readonly<Record<SourceKind, Names>> = {
  official_statistics: { nl: 'Officiële statistiek of register', en: 'Official statistics or register' },
  research: { nl: 'Planbureau of wetenschappelijk onderzoek', en: 'Planning bureau or peer-reviewed research' },
  government_policy: { nl: 'Beleidsdocument van het Rijk of de provincie', en: 'Government policy document' },
  local_document: { nl: 'Document van gemeente of woningcorporatie', en: 'Municipal or housing-association document' },
  practice_database: { nl: 'Erkende interventiedatabank', en: 'Recognised practice database' },
  own_experience: { nl: 'Eigen ervaring van een organisatie uit het netwerk', en: "Own experience of an organisation of the network" },
  news: { nl: 'Nieuws', en: 'News' },
  secondary: { nl: 'Encyclopedie of andere secundaire tekst', en: 'Encyclopedia or other secondary text' },
};
/** Kinds whose texts report what others found: a claim resting on these alone is secondary-only. */
export const SECONDARY_KINDS: readonly SourceKind[] = ['news', 'secondary'];

/**
 * A claim's evidence grade, lowest first, summarised from its sources and confidence:
 * - none: no source;
 * - weak: only news or secondary texts;
 * - fair: at best a municipal, housing-association or practice-database document, or a better
 *   source for what is only a hypothesis;
 * - good: official statistics, research or a government document, from one publisher;
 * - strong: such a source and two or more independent publishers, and more than a hypothesis.
 */
export const EVIDENCE_GRADES = ['none', 'weak', 'fair', 'good', 'strong'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];
export const EVIDENCE_GRADE_NAMES: Readonly<Record<EvidenceGrade, Names>> = {
  none: { nl: 'Geen bron', en: 'No source' },
  weak: { nl: 'Zwak: alleen nieuws of secundaire teksten', en: 'Weak: news or secondary texts only' },
  fair: { nl: 'Redelijk: lokale documenten of een hypothese', en: 'Fair: local documents or a hypothesis' },
  good: { nl: 'Goed: primaire bron, één uitgever', en: 'Good: primary source, one publisher' },
  strong: { nl: 'Sterk: primaire bron, meerdere uitgevers', en: 'Strong: primary source, several publishers' },
};

/**
 * Names of the roles relationships carry (MEMBER_OF, IMPLEMENTS, INVOLVES, PUBLISHED_BY `role`).
 * The property is free text, so a role not listed here is shown as written.
 */
export const ROLE_NAMES: Readonly<Record<string, Names>> = {
  signatory: { nl: 'ondertekenaar', en: 'signatory' },
  member: { nl: 'lid', en: 'member' },
  intended_member: { nl: 'beoogd lid', en: 'intended member' },
  founder: { nl: 'oprichter', en: 'founder' },
  part: { nl: 'onderdeel', en: 'part' },
  lead: { nl: 'trekker', en: 'lead' },
  partner: { nl: 'partner', en: 'partner' },
  funder: { nl: 'financier', en: 'funder' },
  author: { nl: 'auteur', en: 'author' },
  publisher: { nl: 'uitgever', en: 'publisher' },
  commissioner: { nl: 'opdrachtgever', en: 'commissioner' },
  developer: { nl: 'ontwikkelaar', en: 'developer' },
  evaluator: { nl: 'evaluator', en: 'evaluator' },
  aanpak: { nl: 'aanpak', en: 'approach' },
  gevolg: { nl: 'gevolg', en: 'consequence' },
  mechanisme: { nl: 'mechanisme', en: 'mechanism' },
  oorzaak: { nl: 'oorzaak', en: 'cause' },
  opgave: { nl: 'opgave', en: 'challenge' },
  programma: { nl: 'programma', en: 'programme' },
  start: { nl: 'start', en: 'start' },
  uitgangssituatie: { nl: 'uitgangssituatie', en: 'starting point' },
  uitvoerder: { nl: 'uitvoerder', en: 'implementer' },
  uitvoering: { nl: 'uitvoering', en: 'implementation' },
  visie: { nl: 'visie', en: 'vision' },
  medeontwerpers: { nl: 'medeontwerpers', en: 'co-designers' },
};

// ---------------------------------------------------------------------------------------------
// Properties

const common = {
  id: {
    type: 'string',
    required: true,
    unique: true,
    names: { nl: 'Id', en: 'Id' },
    description: 'Readable id, unique across the whole graph: `<prefix>:<key>`, e.g. `municipality:GM0034`.',
  },
  name: {
    type: 'string',
    required: true,
    names: { nl: 'Naam', en: 'Name (Dutch)' },
    description: 'The Dutch name.',
  },
  nameEn: { type: 'string', names: { nl: 'Engelse naam', en: 'Name' }, description: 'The English name.' },
  description: {
    type: 'string',
    names: { nl: 'Beschrijving', en: 'Description (Dutch)' },
    description: 'A short Dutch description.',
  },
  descriptionEn: {
    type: 'string',
    names: { nl: 'Engelse beschrijving', en: 'Description' },
    description: 'A short English description.',
  },
} as const satisfies Record<string, PropertyDef>;

const domains: PropertyDef = {
  type: 'string[]',
  values: DOMAINS,
  names: { nl: 'Domeinen', en: 'Domains' },
  description: 'Policy domains the node belongs to.',
};

const claimProperties = {
  sources: {
    type: 'string[]',
    required: true,
    names: { nl: 'Bronnen', en: 'Sources' },
    description: 'Ids of the Source nodes the claim rests on; non-empty, each must exist.',
  },
  confidence: {
    type: 'string',
    required: true,
    values: CONFIDENCES,
    names: { nl: 'Zekerheid', en: 'Confidence' },
    description: '`established` (measured, several sources), `indicative` (one source, or qualitative), `hypothesis` (described, not shown).',
  },
  note: {
    type: 'string',
    names: { nl: 'Toelichting', en: 'Note' },
    description: 'What the source says, in a sentence (Dutch).',
  },
  noteEn: { type: 'string', names: { nl: 'Engelse toelichting', en: 'Note (English)' }, description: 'The note in English.' },
} as const satisfies Record<string, PropertyDef>;

/** Set on what is written through the API (who and when); imports record that in their Import instead. */
const recorded = {
  recordedBy: { type: 'string', names: { nl: 'Vastgelegd door', en: 'Recorded by' }, description: 'Who added it through the API (the token name).' },
  recordedAt: { type: 'string', names: { nl: 'Vastgelegd op', en: 'Recorded at' }, description: 'When it was added through the API (ISO date-time).' },
} as const satisfies Record<string, PropertyDef>;

const optionalSources: PropertyDef = {
  type: 'string[]',
  names: { nl: 'Bronnen', en: 'Sources' },
  description: 'Ids of the Source nodes that say so; each must exist.',
};

// ---------------------------------------------------------------------------------------------
// Labels

export const LABELS = {
  Municipality: {
    names: { nl: 'Gemeente', en: 'Municipality' },
    plural: { nl: 'Gemeenten', en: 'Municipalities' },
    description: {
      nl: 'Een gemeente, met haar CBS-gemeentecode; ook voormalige gemeenten die zijn opgegaan in een andere.',
      en: 'A municipality with its CBS code; former municipalities too, linked to their successor.',
    },
    idPrefix: 'municipality',
    colour: '#1f4e99',
    textColour: '#ffffff',
    shape: 'round-rectangle',
    symbol: '▣',
    properties: {
      ...common,
      code: {
        type: 'string',
        required: true,
        unique: true,
        names: { nl: 'CBS-gemeentecode', en: 'CBS municipality code' },
        description: 'CBS gemeentecode, `GM` and four digits, e.g. GM0034.',
      },
      province: { type: 'string', indexed: true, names: { nl: 'Provincie', en: 'Province' }, description: 'Province.' },
      population: { type: 'integer', names: { nl: 'Inwoners', en: 'Population' }, description: 'Residents, on 1 January of `populationYear`.' },
      populationYear: { type: 'integer', names: { nl: 'Peiljaar inwoners', en: 'Population year' }, description: 'Year of `population`.' },
      populationSource: { ...optionalSources, type: 'string', description: 'Id of the Source for `population`.' },
      groeikern: {
        type: 'boolean',
        indexed: true,
        names: { nl: 'Voormalige groeikern', en: 'Former growth centre' },
        description: 'Designated groeikern (New Town), per the declaration footnote.',
      },
      validFrom: { type: 'date', names: { nl: 'Bestaat sinds', en: 'Valid from' }, description: 'Date the municipality came into being.' },
      validTo: { type: 'date', names: { nl: 'Bestond tot', en: 'Valid to' }, description: 'Last day of the municipality, if merged away.' },
    },
  },
  Neighbourhood: {
    names: { nl: 'Wijk', en: 'Neighbourhood' },
    plural: { nl: 'Wijken', en: 'Neighbourhoods' },
    description: {
      nl: 'Een wijk of buurt; een CBS-code betekent alleen iets samen met het jaar van de indeling.',
      en: 'A district or neighbourhood; a CBS code only means something with the year of its division.',
    },
    idPrefix: 'neighbourhood',
    colour: '#5b8fd6',
    textColour: '#000000',
    shape: 'barrel',
    symbol: '▤',
    properties: {
      ...common,
      code: {
        type: 'string',
        unique: true,
        names: { nl: 'CBS-wijk- of buurtcode', en: 'CBS district code' },
        description: 'CBS wijkcode (`WK` + 6 digits) or buurtcode (`BU` + 8 digits), where sourced.',
      },
      codeYear: {
        type: 'integer',
        names: { nl: 'Jaar van de indeling', en: 'Code year' },
        description: 'The year of the CBS division the code belongs to; required with `code`.',
      },
      builtFrom: { type: 'integer', names: { nl: 'Gebouwd vanaf', en: 'Built from' }, description: 'First year of construction.' },
      builtTo: { type: 'integer', names: { nl: 'Gebouwd tot', en: 'Built until' }, description: 'Last year of the main construction period.' },
      focusArea: {
        type: 'boolean',
        indexed: true,
        names: { nl: 'NPLV-focusgebied', en: 'NPLV focus area' },
        description: 'One of the 20 focus areas of the Nationaal Programma Leefbaarheid en Veiligheid.',
      },
      kind: {
        type: 'string',
        values: ['stadsdeel', 'wijk', 'buurt', 'kern', 'gebied'],
        names: { nl: 'Soort gebied', en: 'Kind of area' },
        description: 'stadsdeel, wijk, buurt, kern (village) or gebied (a programme area across wijken).',
      },
    },
  },
  Challenge: {
    names: { nl: 'Opgave', en: 'Challenge' },
    plural: { nl: 'Opgaven', en: 'Challenges' },
    description: { nl: 'Een uitdaging waar New Towns voor staan.', en: 'A challenge New Towns face.' },
    idPrefix: 'challenge',
    colour: '#b3261e',
    textColour: '#ffffff',
    shape: 'triangle',
    symbol: '▲',
    properties: { ...common, domains },
  },
  Opportunity: {
    names: { nl: 'Kans', en: 'Opportunity' },
    plural: { nl: 'Kansen', en: 'Opportunities' },
    description: { nl: 'Een kans die New Towns kunnen verzilveren.', en: 'An opportunity New Towns can seize.' },
    idPrefix: 'opportunity',
    colour: '#1b7a3a',
    textColour: '#ffffff',
    shape: 'star',
    symbol: '★',
    properties: { ...common, domains },
  },
  Mechanism: {
    names: { nl: 'Mechanisme', en: 'Mechanism' },
    plural: { nl: 'Mechanismen', en: 'Mechanisms' },
    description: {
      nl: 'Een onderliggende oorzaak of werking die de ontwikkeling van New Towns drijft.',
      en: 'An underlying cause or mechanism that drives how New Towns develop.',
    },
    idPrefix: 'mechanism',
    colour: '#c27a00',
    textColour: '#000000',
    shape: 'diamond',
    symbol: '◆',
    properties: { ...common, domains },
  },
  Intervention: {
    names: { nl: 'Interventie', en: 'Intervention' },
    plural: { nl: 'Interventies', en: 'Interventions' },
    description: {
      nl: 'Beleid, een actie of een programma dat partijen kunnen inzetten.',
      en: 'A policy, action or programme that parties can deploy.',
    },
    idPrefix: 'intervention',
    colour: '#6a3d9a',
    textColour: '#ffffff',
    shape: 'hexagon',
    symbol: '⬢',
    properties: {
      ...common,
      domains,
      kind: {
        type: 'string',
        values: INTERVENTION_KINDS,
        names: { nl: 'Soort', en: 'Kind' },
        description: 'policy, action, programme or instrument.',
      },
      evidenceLevel: {
        type: 'string',
        values: EVIDENCE_LEVELS,
        indexed: true,
        names: { nl: 'Erkenningsniveau', en: 'Evidence level' },
        description: 'The Dutch recognition ladder, goed_beschreven < goed_onderbouwd < effectief; absent when no database rated it.',
      },
      assessedBy: { type: 'string', names: { nl: 'Beoordeeld door', en: 'Assessed by' }, description: 'Body that rated the evidence.' },
      assessedOn: { type: 'date', names: { nl: 'Beoordeeld op', en: 'Assessed on' }, description: 'Date of the rating.' },
      activeIngredients: {
        type: 'string[]',
        names: { nl: 'Werkzame elementen', en: 'Active ingredients' },
        description: 'Werkzame elementen, as the source describes them (Dutch).',
      },
      activeIngredientsEn: {
        type: 'string[]',
        names: { nl: 'Werkzame elementen (Engels)', en: 'Active ingredients (English)' },
        description: 'The active ingredients in English.',
      },
      period: { type: 'string', names: { nl: 'Periode', en: 'Period' }, description: 'When it ran, e.g. `2005-2024`.' },
    },
  },
  Actor: {
    names: { nl: 'Partij', en: 'Actor' },
    plural: { nl: 'Partijen', en: 'Actors' },
    description: {
      nl: 'Een organisatie of groep die kan handelen: ministerie, gemeente, corporatie, politie, bewoners, kennispartner, netwerk.',
      en: 'An organisation or group that can act: ministry, municipality, housing association, police, residents, knowledge partner, network.',
    },
    idPrefix: 'actor',
    colour: '#00718f',
    textColour: '#ffffff',
    shape: 'ellipse',
    symbol: '●',
    properties: {
      ...common,
      kind: {
        type: 'string',
        required: true,
        values: ACTOR_KINDS,
        indexed: true,
        names: { nl: 'Soort partij', en: 'Kind of actor' },
        description: 'ministry, municipality, housing_association, police, residents, knowledge_partner, network, ...',
      },
      url: { type: 'string', names: { nl: 'Website', en: 'Website' }, description: 'Website.' },
    },
  },
  Source: {
    names: { nl: 'Bron', en: 'Source' },
    plural: { nl: 'Bronnen', en: 'Sources' },
    description: {
      nl: 'Een publicatie, document of webpagina waarop claims rusten; de naam is de titel.',
      en: 'A publication, document or web page that claims rest on; the name is its title.',
    },
    idPrefix: 'source',
    colour: '#5f6368',
    textColour: '#ffffff',
    shape: 'rectangle',
    symbol: '■',
    properties: {
      ...common,
      url: {
        type: 'string',
        names: { nl: 'Adres', en: 'URL' },
        description: "The publication on its publisher's own address (never a copy, mirror or content site).",
      },
      year: { type: 'integer', names: { nl: 'Jaar', en: 'Year' }, description: 'Year of publication.' },
      date: { type: 'date', names: { nl: 'Datum', en: 'Date' }, description: 'Date of publication (or the reference date of a table), where known.' },
      publisher: { type: 'string', names: { nl: 'Uitgever', en: 'Publisher' }, description: 'The body that published it (an author where there is no publisher).' },
      kind: {
        type: 'string',
        values: SOURCE_KINDS,
        names: { nl: 'Soort bron', en: 'Kind of source' },
        description:
          'On the credibility scale, most credible first: official_statistics (statistics and registers), research (planning bureaus, peer-reviewed research), government_policy, local_document (municipalities, housing associations), practice_database (Movisie, Loket Gezond Leven), own_experience (what an organisation of the network saw itself: the source of a contribution), news, secondary (encyclopedias and other secondary texts).',
      },
      identifier: {
        type: 'string',
        names: { nl: 'Kenmerk', en: 'Identifier' },
        description: 'Where one exists: CBS table id (85318NED), Staatsblad or Staatscourant number (Stb. 2021, 123), DOI or ISBN.',
      },
      retrievedVia: {
        type: 'string',
        names: { nl: 'Gelezen via', en: 'Retrieved via' },
        description: 'Where it was actually read when that is not `url` (an archive or a mirror): the citation stays the publication itself.',
      },
      secondary: {
        type: 'boolean',
        names: { nl: 'Secundaire bron', en: 'Secondary source' },
        description: 'True when the source only reports what another says (a news summary of a report); counted as secondary in the evidence summary.',
      },
      ...recorded,
    },
  },
  Case: {
    names: { nl: 'Casus', en: 'Case' },
    plural: { nl: 'Casussen', en: 'Cases' },
    description: {
      nl: 'Een concrete situatie op een plek die het netwerk ontleedt: plek, opgaven, mechanismen, interventies en lessen.',
      en: 'A concrete situation in a place that the network dissects: place, challenges, mechanisms, interventions and lessons.',
    },
    idPrefix: 'case',
    colour: '#c2185b',
    textColour: '#ffffff',
    shape: 'tag',
    symbol: '✎',
    properties: {
      ...common,
      domains,
      period: { type: 'string', names: { nl: 'Periode', en: 'Period' }, description: 'When it happened, e.g. `2005-2024`.' },
      lessons: { type: 'string[]', names: { nl: 'Lessen', en: 'Lessons (Dutch)' }, description: 'Lessons drawn (Dutch).' },
      lessonsEn: { type: 'string[]', names: { nl: 'Lessen (Engels)', en: 'Lessons' }, description: 'Lessons drawn (English).' },
      ...recorded,
    },
  },
} as const satisfies Record<string, LabelDef>;

export type LabelName = keyof typeof LABELS;
export const LABEL_NAMES = Object.keys(LABELS) as LabelName[];

/** Labels that make claims and so may be SUPPORTED_BY a Source: every label but Source itself. */
const CLAIM_NODES = LABEL_NAMES.filter((l) => l !== 'Source');

// ---------------------------------------------------------------------------------------------
// Relationship types

export const RELATIONSHIPS = {
  PART_OF: {
    names: { nl: 'ligt in', en: 'part of' },
    inverseNames: { nl: 'omvat', en: 'contains' },
    description: 'A neighbourhood lies in a municipality (or a buurt in a wijk).',
    from: ['Neighbourhood'],
    to: ['Municipality', 'Neighbourhood'],
    properties: {},
  },
  MERGED_INTO: {
    names: { nl: 'opgegaan in', en: 'merged into' },
    inverseNames: { nl: 'ontstaan uit', en: 'formed from' },
    description: 'A former municipality merged into its successor.',
    from: ['Municipality'],
    to: ['Municipality'],
    properties: {
      date: { type: 'date', required: true, names: { nl: 'Datum', en: 'Date' }, description: 'Date the merger took effect.' },
      sources: optionalSources,
    },
  },
  FACES: {
    names: { nl: 'staat voor', en: 'faces' },
    inverseNames: { nl: 'speelt in', en: 'faced by' },
    description: 'A place faces a challenge.',
    from: ['Municipality', 'Neighbourhood'],
    to: ['Challenge'],
    properties: { sources: optionalSources, note: claimProperties.note, noteEn: claimProperties.noteEn },
  },
  HAS_OPPORTUNITY: {
    names: { nl: 'heeft kans', en: 'has opportunity' },
    inverseNames: { nl: 'kans voor', en: 'opportunity for' },
    description: 'A place has an opportunity.',
    from: ['Municipality', 'Neighbourhood'],
    to: ['Opportunity'],
    properties: { sources: optionalSources, note: claimProperties.note, noteEn: claimProperties.noteEn },
  },
  CAUSES: {
    names: { nl: 'leidt tot', en: 'causes' },
    inverseNames: { nl: 'veroorzaakt door', en: 'caused by' },
    description:
      "A causal claim with polarity: '+' more of the cause gives more of the effect, '-' less, '?' direction unknown. Challenges feed back into mechanisms, which is how vicious circles close.",
    from: ['Mechanism', 'Challenge', 'Opportunity'],
    to: ['Mechanism', 'Challenge', 'Opportunity'],
    claim: true,
    properties: {
      polarity: {
        type: 'string',
        required: true,
        values: POLARITIES,
        names: { nl: 'Richting', en: 'Polarity' },
        description: "'+', '-' or '?'.",
      },
      ...claimProperties,
    },
  },
  ADDRESSES: {
    names: { nl: 'pakt aan', en: 'addresses' },
    inverseNames: { nl: 'aangepakt door', en: 'addressed by' },
    description: 'An intervention addresses a mechanism or a challenge.',
    from: ['Intervention'],
    to: ['Mechanism', 'Challenge'],
    claim: true,
    properties: { ...claimProperties },
  },
  LEVERAGES: {
    names: { nl: 'benut', en: 'leverages' },
    inverseNames: { nl: 'benut door', en: 'leveraged by' },
    description: 'An intervention makes use of an opportunity.',
    from: ['Intervention'],
    to: ['Opportunity'],
    properties: { sources: optionalSources, note: claimProperties.note, noteEn: claimProperties.noteEn },
  },
  IMPLEMENTS: {
    names: { nl: 'voert uit', en: 'implements' },
    inverseNames: { nl: 'uitgevoerd door', en: 'implemented by' },
    description: 'An actor or municipality deploys an intervention.',
    from: ['Actor', 'Municipality'],
    to: ['Intervention'],
    properties: {
      role: { type: 'string', names: { nl: 'Rol', en: 'Role' }, description: 'Role in it, e.g. lead, partner, funder.' },
      sources: optionalSources,
    },
  },
  APPLIED_IN: {
    names: { nl: 'toegepast in', en: 'applied in' },
    inverseNames: { nl: 'toepassing van', en: 'application of' },
    description: 'An intervention was applied in a place.',
    from: ['Intervention'],
    to: ['Municipality', 'Neighbourhood'],
    properties: {
      period: { type: 'string', names: { nl: 'Periode', en: 'Period' }, description: 'When, e.g. `2005-2024`.' },
      sources: optionalSources,
      note: claimProperties.note,
      noteEn: claimProperties.noteEn,
      ...recorded,
    },
  },
  MEMBER_OF: {
    names: { nl: 'lid van', en: 'member of' },
    inverseNames: { nl: 'heeft lid', en: 'has member' },
    description: 'A municipality or actor is a member of a network or organisation.',
    from: ['Municipality', 'Actor'],
    to: ['Actor'],
    properties: {
      role: {
        type: 'string',
        names: { nl: 'Rol', en: 'Role' },
        description: 'signatory, member, intended_member, founder, part (a directorate of a ministry), ...',
      },
      since: { type: 'date', names: { nl: 'Sinds', en: 'Since' }, description: 'Date membership began.' },
      sources: optionalSources,
    },
  },
  ABOUT: {
    names: { nl: 'gaat over', en: 'about' },
    inverseNames: { nl: 'casus', en: 'case' },
    description: 'A case takes place in a municipality or neighbourhood.',
    from: ['Case'],
    to: ['Municipality', 'Neighbourhood'],
    properties: { ...recorded },
  },
  INVOLVES: {
    names: { nl: 'betreft', en: 'involves' },
    inverseNames: { nl: 'komt voor in', en: 'involved in' },
    description: 'A case involves a challenge, opportunity, mechanism, intervention or actor.',
    from: ['Case'],
    to: ['Challenge', 'Opportunity', 'Mechanism', 'Intervention', 'Actor'],
    properties: { role: { type: 'string', names: { nl: 'Rol', en: 'Role' }, description: 'Its role in the case.' }, ...recorded },
  },
  PART_OF_PROGRAMME: {
    names: { nl: 'onderdeel van', en: 'part of programme' },
    inverseNames: { nl: 'omvat', en: 'includes' },
    description: 'An intervention is part of a larger programme or strategy (another intervention).',
    from: ['Intervention'],
    to: ['Intervention'],
    properties: { sources: optionalSources },
  },
  PUBLISHED_BY: {
    names: { nl: 'uitgegeven door', en: 'published by' },
    inverseNames: { nl: 'publiceerde', en: 'published' },
    description: 'A source was written, published or commissioned by an actor.',
    from: ['Source'],
    to: ['Actor'],
    properties: {
      role: { type: 'string', names: { nl: 'Rol', en: 'Role' }, description: 'author, publisher or commissioner.' },
    },
  },
  SUPPORTED_BY: {
    names: { nl: 'onderbouwd door', en: 'supported by' },
    inverseNames: { nl: 'onderbouwt', en: 'supports' },
    description: 'A claim node rests on a source.',
    from: CLAIM_NODES,
    to: ['Source'],
    properties: {
      note: claimProperties.note,
      noteEn: claimProperties.noteEn,
      page: { type: 'string', names: { nl: 'Pagina', en: 'Page' }, description: 'Page or section.' },
      ...recorded,
    },
  },
} as const satisfies Record<string, RelationshipDef>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

// ---------------------------------------------------------------------------------------------
// Provenance and system vocabulary: written by the application, never by a dataset.

/** Set on every node and relationship a dataset creates: the id of the Import that created it. */
export const IMPORT_ID_PROPERTY = 'importId';
/** Set on an existing node or relationship an import changes: the id of the last Import that changed it. */
export const CHANGED_BY_PROPERTY = 'changedBy';
/** Application-managed properties a dataset may not set itself. */
export const SYSTEM_PROPERTIES = [IMPORT_ID_PROPERTY, CHANGED_BY_PROPERTY] as const;

/** Labels the application keeps beside the knowledge graph (import records, API tokens). */
export const SYSTEM_LABELS = {
  Import: {
    description: 'A dataset import: file, sha256, partner, who, when, counts, status; undo data.',
    properties: { id: { unique: true } },
  },
  ApiToken: {
    description: 'A bearer token for writes, stored as a sha256 hash with its role.',
    properties: { id: { unique: true }, hash: { unique: true } },
  },
  Account: {
    description: 'A person who signs in: email (the sign-in name), name, organisation, role, scrypt password hash.',
    properties: { id: { unique: true }, email: { unique: true } },
  },
  Session: {
    description: 'A signed-in browser: the sha256 hash of its cookie secret, its account, when it expires.',
    properties: { id: { unique: true } },
  },
  Invitation: {
    description: 'A one-time link to create an account (or set its password), stored as the sha256 hash of its secret.',
    properties: { id: { unique: true }, hash: { unique: true } },
  },
  SignInThrottle: {
    description: 'Failed sign-ins counted per account or client address within a window, shared by every API server.',
    properties: { id: { unique: true } },
  },
  Proposal: {
    description: "A contribution waiting for an editor: its author, kind, input, status and history (a dataset's file text apart, in datasetText, which lists do not read); never part of the knowledge graph.",
    properties: { id: { unique: true } },
  },
  GraphHead: {
    description:
      'The one node every change to the knowledge graph passes through: its lock serialises writers across processes, its version tells caches the graph changed.',
    properties: { id: { unique: true } },
  },
} as const;

/** The full-text index over names and descriptions of every knowledge label (Dutch analyzer). */
export const FULLTEXT_INDEX = {
  name: 'node_text',
  analyzer: 'dutch',
  properties: ['name', 'nameEn', 'description', 'descriptionEn'] as const,
} as const;

/**
 * Names only, unstemmed, accents folded: search as you type matches the start of a name word
 * ("Zoet", "leefbaarh") and small typos ("Almre") here; the Dutch index stems, so a prefix of a
 * word ("leefbaarh") need not be a prefix of its stem ("leefbar").
 */
export const NAME_INDEX = {
  name: 'node_name',
  analyzer: 'standard-folding',
  properties: ['name', 'nameEn'] as const,
} as const;

// ---------------------------------------------------------------------------------------------
// Pure helpers

export function isLabel(value: string): value is LabelName {
  return Object.prototype.hasOwnProperty.call(LABELS, value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIPS, value);
}

export function labelDef(label: LabelName): LabelDef {
  return LABELS[label];
}

export function relationshipDef(type: RelationshipType): RelationshipDef {
  return RELATIONSHIPS[type];
}

/** Whether `(from)-[type]->(to)` is allowed. */
export function allowsEndpoints(type: RelationshipType, from: LabelName, to: LabelName): boolean {
  const def = RELATIONSHIPS[type] as RelationshipDef;
  return def.from.includes(from) && def.to.includes(to);
}

/** Relationship types that may leave (`out`) or enter (`in`) a node of the label. */
export function relationshipsOf(label: LabelName, direction: 'out' | 'in'): RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((t) => {
    const def = RELATIONSHIPS[t] as RelationshipDef;
    return (direction === 'out' ? def.from : def.to).includes(label);
  });
}

export function displayName(label: LabelName, lang: Lang): string {
  return LABELS[label].names[lang];
}

/** `municipality:GM0034` -> `Municipality`, by its prefix; undefined when no label uses it. */
export function labelOfId(id: string): LabelName | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return LABEL_NAMES.find((l) => LABELS[l].idPrefix === prefix);
}

export const ID_PATTERN = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9._~-]*$/;
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;
export const NEIGHBOURHOOD_CODE_PATTERN = /^(WK\d{6}|BU\d{8})$/;

/** Rank on the evidence ladder: 0 for none, 1..3 up the ladder. */
export function evidenceRank(level: string | null | undefined): number {
  return level ? EVIDENCE_LEVELS.indexOf(level as EvidenceLevel) + 1 : 0;
}
