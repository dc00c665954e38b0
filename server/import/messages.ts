/**
 * The import engine's findings in words: one catalogue keyed by rule code, each with its name and
 * (where the engine gives the finding's parameters) its message, in Dutch and English. The engine
 * emits the code, its parameters and the line (LineError, Violation, ImportIssue); the message in
 * English is made here too, so the CLI's words and the explorer's are one text. The explorer's
 * dry-run report and GraphQL's `ImportIssue.message(lang:)` give it in the reader's language. A
 * finding without parameters (most of the syntax checker's, each with its own sentence) keeps the
 * engine's English words after the rule's name.
 */
import type { Lang } from '../ontology.ts';

type Text = Readonly<Record<Lang, string>>;

/** A parameter: a name, id or number as it is, or words in each language. */
export type Param = string | number | Text;
export type Params = Readonly<Record<string, Param>>;

interface Rule {
  name: Text;
  /** `{param}` is replaced by the finding's parameter of that name. */
  message?: Text;
}

const rules = {
  // Reading the file.
  'invalid-utf8': {
    name: { nl: 'Geen UTF-8', en: 'Not UTF-8' },
    message: {
      nl: 'het bestand is hier geen geldige UTF-8; sla het op als UTF-8 (de instelling "codering" van uw editor) en lees het opnieuw in',
      en: 'the file is not valid UTF-8 here; save it as UTF-8 (your editor\'s "encoding" setting) and import it again',
    },
  },
  'invalid-text': { name: { nl: 'Kapot teken', en: 'Broken character' } },
  unreadable: { name: { nl: 'Onleesbaar', en: 'Unreadable' } },
  'nested-begin': { name: { nl: ':begin binnen :begin', en: ':begin inside :begin' } },
  'commit-without-begin': { name: { nl: ':commit zonder :begin', en: ':commit without :begin' } },
  'rollback-without-begin': { name: { nl: ':rollback zonder :begin', en: ':rollback without :begin' } },
  'rolled-back-block': { name: { nl: 'Teruggedraaid blok', en: 'Rolled-back block' } },
  'unterminated-begin': { name: { nl: ':begin zonder :commit', en: ':begin without :commit' } },
  'no-client-command': { name: { nl: 'Clientopdracht niet toegestaan', en: 'Client command not allowed' } },

  // The import language (check.ts).
  'syntax-error': { name: { nl: 'Schrijffout in de Cypher', en: 'Cypher syntax error' } },
  unsupported: { name: { nl: 'Niet toegestaan in een dataset', en: 'Not allowed in a dataset' } },
  'no-delete': { name: { nl: 'Verwijderen niet toegestaan', en: 'Deleting not allowed' } },
  'no-remove': { name: { nl: 'REMOVE niet toegestaan', en: 'REMOVE not allowed' } },
  'no-procedure': { name: { nl: 'Procedure niet toegestaan', en: 'Procedure not allowed' } },
  'no-subquery': { name: { nl: 'Subquery niet toegestaan', en: 'Subquery not allowed' } },
  'no-call-in-transactions': { name: { nl: 'Aparte transacties niet toegestaan', en: 'Separate transactions not allowed' } },
  'no-apoc': { name: { nl: 'APOC niet toegestaan', en: 'APOC not allowed' } },
  'no-function': { name: { nl: 'Functie niet toegestaan', en: 'Function not allowed' } },
  'no-load-csv': { name: { nl: 'LOAD CSV niet toegestaan', en: 'LOAD CSV not allowed' } },
  'no-use': { name: { nl: 'USE niet toegestaan', en: 'USE not allowed' } },
  'no-schema': { name: { nl: 'Schemawijziging niet toegestaan', en: 'Schema change not allowed' } },
  'no-admin': { name: { nl: 'Beheeropdracht niet toegestaan', en: 'Administrative command not allowed' } },
  'no-read': { name: { nl: 'Lezen buiten de dataset is niet toegestaan', en: 'Reading beyond the dataset is not allowed' } },
  'no-search': { name: { nl: 'Zoeken in de graaf is niet toegestaan', en: 'Searching the graph is not allowed' } },
  'dynamic-name': { name: { nl: 'Berekende namen zijn niet toegestaan', en: 'Computed names are not allowed' } },
  'system-label': {
    name: { nl: 'Gereserveerd voor de applicatie', en: 'Reserved for the application' },
    message: {
      nl: 'het label {label} hoort bij de applicatie, niet bij de kennisgraaf; een dataset mag het niet noemen. Haal het weg.',
      en: 'the label {label} belongs to the application, not to the knowledge graph; a dataset may not name it. Remove it.',
    },
  },
  'system-property': {
    name: { nl: 'Gereserveerd voor de applicatie', en: 'Reserved for the application' },
    message: {
      nl: 'de eigenschap {property} schrijft de applicatie zelf (herkomst); een dataset mag haar niet zetten. Geef haar in de gegevens een andere naam (bijvoorbeeld sourceId).',
      en: 'the property {property} is written by the application (provenance); a dataset may not set it. Rename it in the data (for example sourceId).',
    },
  },
  'unknown-label': {
    name: { nl: 'Onbekend soort knooppunt', en: 'Unknown kind of node' },
    message: {
      nl: 'het label `{label}` staat niet in de woordenlijst; bekende labels: {known}',
      en: 'the label `{label}` is not in the vocabulary; known labels: {known}',
    },
  },
  'unknown-type': {
    name: { nl: 'Onbekend soort relatie', en: 'Unknown kind of relationship' },
    message: {
      nl: 'het relatietype `{type}` staat niet in de woordenlijst; zie docs/ontology.md',
      en: 'the relationship type `{type}` is not in the vocabulary; see docs/ontology.md',
    },
  },
  'unknown-variable': {
    name: { nl: 'Onbekende variabele', en: 'Unknown variable' },
    message: {
      nl: 'er is hier geen variabele {variable}; zoek of maak het knooppunt eerst met MATCH, MERGE of CREATE',
      en: 'there is no variable {variable} here; MATCH, MERGE or CREATE it first',
    },
  },
  'unknown-parameter': { name: { nl: 'Onbekende parameter', en: 'Unknown parameter' } },

  // Running the file (track.ts, evaluate.ts).
  'bad-value': { name: { nl: 'Ongeldige waarde', en: 'Invalid value' } },
  'merge-conflict': { name: { nl: 'MERGE botst met wat er is', en: 'MERGE conflicts with what exists' } },
  'key-change': { name: { nl: 'Sleutel mag niet veranderen', en: 'A key cannot change' } },
  duplicate: { name: { nl: 'Bestaat al', en: 'Exists already' } },
  'no-match': {
    name: { nl: 'Deed niets', en: 'Did nothing' },
    message: {
      nl: 'de opdracht deed niets: MATCH vond geen {missing}. Controleer de id\'s.',
      en: 'the statement did nothing: MATCH found no {missing}. Check the ids.',
    },
  },

  // The ontology (validate.ts).
  'no-label': {
    name: { nl: 'Knooppunt zonder label', en: 'Node without a label' },
    message: { nl: '{element} heeft geen label; geef het precies één van {known}', en: '{element} has no label; give it exactly one of {known}' },
  },
  'several-labels': {
    name: { nl: 'Meer dan één label', en: 'Several labels' },
    message: { nl: '{element} heeft meer dan één label ({labels}); een knooppunt heeft er precies één', en: '{element} has several labels ({labels}); a node has exactly one' },
  },
  'bad-id': {
    name: { nl: 'Ongeldige id', en: 'Invalid id' },
    message: {
      nl: '{element}: de id moet eruitzien als `{prefix}:<sleutel>` (voorvoegsel in kleine letters, een dubbele punt, dan letters, cijfers, . _ ~ -)',
      en: '{element}: the id must look like `{prefix}:<key>` (lower-case prefix, a colon, then letters, digits, . _ ~ -)',
    },
  },
  'missing-required': {
    name: { nl: 'Verplichte eigenschap ontbreekt', en: 'Required property missing' },
    message: { nl: '{element} mist de verplichte eigenschap `{property}` ({type})', en: '{element} lacks the required property `{property}` ({type})' },
  },
  'unknown-property': {
    name: { nl: 'Onbekende eigenschap', en: 'Unknown property' },
    message: {
      nl: '{element} heeft de eigenschap `{property}`, die de woordenlijst er niet voor kent; toegestaan: {allowed}',
      en: '{element} has the property `{property}`, which the vocabulary does not know for it; allowed: {allowed}',
    },
  },
  'wrong-type': {
    name: { nl: 'Verkeerd type waarde', en: 'Wrong type of value' },
    message: { nl: '{element}: `{property}` moet {expected} zijn, maar is {actual}', en: '{element}: `{property}` must be {expected}, but is {actual}' },
  },
  'value-not-allowed': {
    name: { nl: 'Waarde niet toegestaan', en: 'Value not allowed' },
    message: { nl: '{element}: `{property}` heeft de waarde {value}, die niet een van {allowed} is', en: '{element}: `{property}` has the value {value}, which is not one of {allowed}' },
  },
  'bad-format': {
    name: { nl: 'Verkeerde vorm', en: 'Wrong format' },
    message: { nl: '{element}: `{property}` = {value} heeft niet de verwachte vorm', en: '{element}: `{property}` = {value} does not have the expected format' },
  },
  'missing-source': {
    name: { nl: 'Bron ontbreekt of bestaat niet', en: 'Source missing or unknown' },
    message: {
      nl: '{element}: `{property}` noemt {source}, maar geen Source-knooppunt heeft die id (voeg de Source toe in hetzelfde bestand, of verbeter de id)',
      en: '{element}: `{property}` names {source}, but no Source node has that id (add the Source in the same file, or fix the id)',
    },
  },
  'wrong-endpoints': {
    name: { nl: 'Relatie tussen de verkeerde soorten', en: 'Relationship between the wrong kinds' },
    message: { nl: '{element} gaat van {from} naar {to}; {type} gaat van {allowedFrom} naar {allowedTo}', en: '{element} goes from {from} to {to}; {type} goes from {allowedFrom} to {allowedTo}' },
  },
  'empty-sources': {
    name: { nl: 'Bewering zonder bron', en: 'Claim without a source' },
    message: { nl: '{element} is een bewering en heeft minstens één Source-id nodig in `sources`', en: '{element} is a claim and needs at least one Source id in `sources`' },
  },

  // The source policy (source-policy.ts).
  'source-without-publisher': {
    name: { nl: 'Bron zonder uitgever', en: 'Source without a publisher' },
    message: { nl: 'Bron {id} heeft geen uitgever: noem wie haar publiceerde.', en: 'Source {id} has no publisher: name who published it.' },
  },
  'source-without-year': {
    name: { nl: 'Bron zonder jaar', en: 'Source without a year' },
    message: { nl: 'Bron {id} heeft geen jaar: geef het jaar van publicatie.', en: 'Source {id} has no year: give the year of publication.' },
  },
  'source-on-copy-site': {
    name: { nl: 'Bron op een kopiesite', en: 'Source on a copy site' },
    message: {
      nl: 'Bron {id} wijst naar {copy}, een kopie- of inhoudssite: citeer de publicatie op het eigen adres van de uitgever (en zet waar u haar las in retrievedVia).',
      en: "Source {id} points at {copy}, a copy or content site: cite the publication on its publisher's own address (and put where you read it in retrievedVia).",
    },
  },

  // Ownership and the import as a whole (pipeline.ts).
  'not-owner': { name: { nl: 'Gegevens van een ander', en: "Someone else's data" } },
  'ownership-override': { name: { nl: 'Eigendom doorbroken', en: 'Ownership overridden' } },
  conflict: { name: { nl: 'Tegelijk gewijzigd', en: 'Changed meanwhile' } },
  interrupted: { name: { nl: 'Onderbroken', en: 'Interrupted' } },
  'too-large': { name: { nl: 'Te groot', en: 'Too large' } },
  'write-failed': { name: { nl: 'Schrijven mislukt', en: 'Writing failed' } },
  'more-errors': { name: { nl: 'Meer fouten', en: 'More errors' } },
  'more-warnings': { name: { nl: 'Meer waarschuwingen', en: 'More warnings' } },
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof rules;
export const RULES: Readonly<Record<RuleCode, Rule>> = rules;
export const RULE_CODES = Object.keys(rules) as RuleCode[];

export const isRuleCode = (rule: string): rule is RuleCode => Object.hasOwn(rules, rule);

/** The rule's name in `lang`; the code itself for a rule the catalogue does not know. */
export function ruleName(lang: Lang, rule: string): string {
  return isRuleCode(rule) ? RULES[rule].name[lang] : rule;
}

const word = (lang: Lang, p: Param | undefined): string => (p === undefined ? '' : typeof p === 'object' ? p[lang] : String(p));

/** Whether the catalogue has words for the rule's findings (given their parameters). */
export const hasMessage = (rule: string): boolean => isRuleCode(rule) && (RULES[rule] as Rule).message !== undefined;

/** The rule's message in `lang` with `params` filled in; null when the rule has none. */
export function ruleMessage(lang: Lang, rule: string, params: Params): string | null {
  const template = isRuleCode(rule) ? (RULES[rule] as Rule).message : undefined;
  return template ? template[lang].replace(/\{(\w+)\}/g, (_, k: string) => word(lang, params[k])) : null;
}

/** The message of a finding in `lang`: from the catalogue where it has its parameters, else the engine's (English) words. */
export function findingMessage(lang: Lang, finding: { rule: string; message: string; params?: Params | null }): string {
  const made = finding.params ? ruleMessage(lang, finding.rule, finding.params) : null;
  return made ?? finding.message.replace(/^line \d+: /, '');
}

/** The English message (the engine's own words: the CLI's, logs', and `message` in GraphQL). */
export function englishMessage(rule: RuleCode, params: Params): string {
  return ruleMessage('en', rule, params) ?? rule;
}

/** Words in both languages, for a parameter. */
export const both = (nl: string, en: string): Text => ({ nl, en });
