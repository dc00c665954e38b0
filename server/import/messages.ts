/**
 * The import engine's findings in words: one catalogue keyed by rule code, each with its name and
 * its message (or, for a rule that says several things, its sentences, one of which the finding's
 * parameter `sentence` names), in Dutch and English. The engine emits the code, its parameters and
 * the line (LineError, Violation, ImportIssue), never words of its own; the message in English is
 * made here too, so the CLI's words and the explorer's are one text. The explorer's dry-run report
 * and GraphQL's `ImportIssue.message(lang:)` give it in the reader's language. Names, values,
 * keywords and Neo4j's own error texts are parameters and stay as they are. Only a refusal from
 * outside the engine (`conflict`, the caller's `alongside`) has no words here and keeps its own.
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
  /** A rule with several sentences: the finding's parameter `sentence` names the one it says. */
  sentences?: Readonly<Record<string, Text>>;
}

/** Why reading the graph is refused: part of several of the syntax checker's sentences. */
const READ = {
  nl: 'een import kan geen waarden uit de graaf lezen; schrijf de waarde zelf (een letterlijke waarde, een :param of een veld van een UNWIND-rij).',
  en: 'an import cannot read values from the graph; write the value itself (a literal, a :param or a field of an UNWIND row).',
};
const read = (nl: string, en: string): Text => ({ nl: nl + READ.nl, en: en + READ.en });

const rules = {
  // Reading the file.
  'invalid-utf8': {
    name: { nl: 'Geen UTF-8', en: 'Not UTF-8' },
    message: {
      nl: 'het bestand is hier geen geldige UTF-8; sla het op als UTF-8 (de instelling "codering" van uw editor) en lees het opnieuw in',
      en: 'the file is not valid UTF-8 here; save it as UTF-8 (your editor\'s "encoding" setting) and import it again',
    },
  },
  'invalid-text': {
    name: { nl: 'Kapot teken', en: 'Broken character' },
    message: {
      nl: 'de tekst bevat een kapot teken (een los UTF-16-surrogaat); sla het bestand op als UTF-8 en stuur het opnieuw',
      en: 'the text holds a broken character (a lone UTF-16 surrogate); save the file as UTF-8 and send it again',
    },
  },
  unreadable: {
    name: { nl: 'Onleesbaar', en: 'Unreadable' },
    sentences: {
      comment: { nl: 'hier begint een /* commentaar dat nergens met */ wordt gesloten.', en: 'a /* comment starts here and is never closed with */.' },
      string: {
        nl: 'hier begint een string met {quote} die nergens wordt gesloten; sluit hem af met {quote} (schrijf \\{quote} voor een {quote} binnen de string).',
        en: 'a string starts here with {quote} and is never closed; end it with {quote} (write \\{quote} for a {quote} inside the string).',
      },
      name: { nl: 'hier begint een naam tussen `backticks` die nergens met ` wordt gesloten.', en: 'a `backticked` name starts here and is never closed with `.' },
      param: {
        nl: 'de waarde van :param die hier begint, sluit haar haakjes nergens; kijk of er een ], } of ) ontbreekt.',
        en: 'the :param value opened here never closes its brackets; check for a missing ], } or ).',
      },
    },
  },
  'nested-begin': {
    name: { nl: ':begin binnen :begin', en: ':begin inside :begin' },
    message: { nl: ':begin terwijl de transactie van regel {open} nog open is; zet er eerst :commit voor', en: ':begin while the transaction opened on line {open} is still open; add :commit before it' },
  },
  'commit-without-begin': {
    name: { nl: ':commit zonder :begin', en: ':commit without :begin' },
    message: {
      nl: ':commit zonder open :begin; haal hem weg of zet :begin voor de opdrachten die hij moet vastleggen',
      en: ':commit without an open :begin; remove it or add :begin before the statements it should commit',
    },
  },
  'rollback-without-begin': {
    name: { nl: ':rollback zonder :begin', en: ':rollback without :begin' },
    message: { nl: ':rollback zonder open :begin; haal hem weg', en: ':rollback without an open :begin; remove it' },
  },
  'rolled-back-block': {
    name: { nl: 'Teruggedraaid blok', en: 'Rolled-back block' },
    message: {
      nl: ':rollback laat de {count} opdracht(en) sinds :begin op regel {open} vallen; die worden niet ingelezen',
      en: ':rollback discards the {count} statement(s) since :begin on line {open}; they are not imported',
    },
  },
  'unterminated-begin': {
    name: { nl: ':begin zonder :commit', en: ':begin without :commit' },
    message: {
      nl: ':begin wordt nergens vastgelegd; zet :commit na de opdrachten (cypher-shell zou ze terugdraaien)',
      en: ':begin is never committed; add :commit after the statements (cypher-shell would roll them back)',
    },
  },
  'no-client-command': {
    name: { nl: 'Clientopdracht niet toegestaan', en: 'Client command not allowed' },
    message: {
      nl: 'de clientopdracht {command} is niet toegestaan in een import; alleen :begin, :commit, :rollback, :param name => value en :param {map} (of :params {map}) worden begrepen. Haal de regel weg.',
      en: 'the client command {command} is not allowed in an import; only :begin, :commit, :rollback, :param name => value and :param {map} (or :params {map}) are understood. Remove the line.',
    },
  },

  // The import language (check.ts).
  'syntax-error': {
    name: { nl: 'Schrijffout in de Cypher', en: 'Cypher syntax error' },
    sentences: {
      'expected-punct': { nl: 'hier hoort `{punct}` {what}, maar er staat {found}', en: 'expected `{punct}` {what}, found {found}' },
      'expected-keyword': { nl: 'hier hoort {keyword} {what}, maar er staat {found}', en: 'expected {keyword} {what}, found {found}' },
      'unexpected-after': { nl: 'onverwacht {found} na {what}', en: 'unexpected {found} after {what}' },
      'expected-name': { nl: 'hier hoort een {what}, maar er staat {found}', en: 'expected a {what}, found {found}' },
      'expected-value': { nl: 'hier hoort een waarde, maar er staat {found}', en: 'expected a value, found {found}' },
      'expected-close': { nl: 'hier hoort `)`, maar er staat {found}', en: 'expected `)`, found {found}' },
      'expected-clause': {
        nl: 'hier hoort een clausule (MERGE, MATCH, CREATE, SET, UNWIND, WITH), maar er staat {found}',
        en: 'expected a clause (MERGE, MATCH, CREATE, SET, UNWIND, WITH), found {found}',
      },
      'expected-on': { nl: 'na ON hoort CREATE of MATCH, maar er staat {found}', en: 'expected CREATE or MATCH after ON, found {found}' },
      'expected-set-item': {
        nl: 'na SET {variable} hoort `.key =`, `+=`, `=` of `:Label`, maar er staat {found}',
        en: 'expected `.key =`, `+=`, `=` or `:Label` after SET {variable}, found {found}',
      },
      'expected-remove-item': { nl: 'na REMOVE {variable} hoort `.key` of `:Label`, maar er staat {found}', en: 'expected `.key` or `:Label` after REMOVE {variable}, found {found}' },
      empty: { nl: 'lege opdracht', en: 'empty statement' },
      'with-needs-name': { nl: 'een expressie in WITH heeft een naam nodig: WITH expression AS name', en: 'an expression in WITH needs a name: WITH expression AS name' },
      'nested-property': { nl: 'geneste toegang tot eigenschappen is hier niet toegestaan', en: 'nested property access is not allowed here' },
      distinct: { nl: 'DISTINCT is hier niet toegestaan', en: 'DISTINCT is not allowed here' },
      'hex-digits': { nl: '\\{escape} heeft in een string {length} hexadecimale cijfers nodig', en: '\\{escape} needs {length} hexadecimal digits in a string' },
      'not-a-character': { nl: '\\{escape}{hex} is geen teken', en: '\\{escape}{hex} is not a character' },
      'unknown-escape': {
        nl: '\\{escape} is geen escapereeks die Cypher in een string kent; schrijf \\\\ voor een backslash',
        en: '\\{escape} is not an escape Cypher knows in a string; write \\\\ for a backslash',
      },
      'integer-too-large': { nl: 'het gehele getal {integer} is te groot (hoogstens 9223372036854775807)', en: 'the integer {integer} is too large (at most 9223372036854775807)' },
      'not-a-number': { nl: '`{text}` is geen getal', en: '`{text}` is not a number' },
      'not-a-node': { nl: '{variable} is een {kind}, geen knooppunt', en: '{variable} is a {kind}, not a node' },
      'bound-with-labels': {
        nl: '{variable} is al gebonden; schrijf hier ({variable}) zonder labels of eigenschappen',
        en: '{variable} is bound already; write ({variable}) without labels or properties here',
      },
      'bound-does-nothing': { nl: '{variable} is al gebonden; {clause} ({variable}) doet niets', en: '{variable} is bound already; {clause} ({variable}) does nothing' },
      'bound-already': { nl: '{variable} is al gebonden', en: '{variable} is bound already' },
      'set-on-value': {
        nl: '{variable} is een waarde, geen knooppunt of relatie; SET heeft een knooppunt of relatie nodig',
        en: '{variable} is a value, not a node or relationship; SET needs a node or relationship',
      },
      'relationship-label': { nl: '{variable} is een relatie; alleen knooppunten hebben labels', en: '{variable} is a relationship; only nodes have labels' },
    },
  },
  unsupported: {
    name: { nl: 'Niet toegestaan in een dataset', en: 'Not allowed in a dataset' },
    sentences: {
      'optional-match': {
        nl: 'OPTIONAL MATCH hoort niet bij de importtaal: zoek de knooppunten met MATCH op hun id, of gebruik MERGE.',
        en: 'OPTIONAL MATCH is not part of the import language: MATCH the nodes by their id, or MERGE them.',
      },
      foreach: { nl: 'FOREACH hoort niet bij de importtaal: schrijf in plaats daarvan UNWIND list AS x ...', en: 'FOREACH is not part of the import language: write UNWIND list AS x ... instead.' },
      clause: {
        nl: '{keyword} hoort niet bij de importtaal (zie docs/importing.md, "What a file may contain").',
        en: '{keyword} is not part of the import language (see docs/importing.md, "What a file may contain").',
      },
      command: { nl: '{keyword} hoort niet bij de importtaal; haal het weg.', en: '{keyword} is not part of the import language; remove it.' },
      'with-distinct': { nl: 'WITH DISTINCT hoort niet bij de importtaal.', en: 'WITH DISTINCT is not part of the import language.' },
      'with-modifier': {
        nl: 'WITH ... {keyword} hoort niet bij de importtaal: elke rij van het bestand wordt ingelezen.',
        en: 'WITH ... {keyword} is not part of the import language: every row of the file is imported.',
      },
      'label-expression': {
        nl: 'labelexpressies (&, |, !, %) horen niet bij de importtaal: geef het knooppunt zijn ene label.',
        en: 'label expressions (&, |, !, %) are not part of the import language: give the node its one label.',
      },
      'path-variable': { nl: 'padvariabelen (p = ...) horen niet bij de importtaal.', en: 'path variables (p = ...) are not part of the import language.' },
      'type-expression': {
        nl: 'typeexpressies (|, &, !) horen niet bij de importtaal: geef de relatie haar ene type.',
        en: 'type expressions (|, &, !) are not part of the import language: give the relationship its one type.',
      },
      direction: {
        nl: 'een relatie in een import heeft één richting nodig: (a)-[:TYPE]->(b) of (a)<-[:TYPE]-(b).',
        en: 'a relationship in an import needs one direction: (a)-[:TYPE]->(b) or (a)<-[:TYPE]-(b).',
      },
      'relationship-type': { nl: 'een relatie in een import heeft haar type nodig: (a)-[:TYPE]->(b).', en: 'a relationship in an import needs its type: (a)-[:TYPE]->(b).' },
      operator: {
        nl: 'de operator {found} hoort niet bij de importtaal: waarden zijn letterlijke waarden, :param-waarden, UNWIND-rijen, + en de waardefuncties.',
        en: 'the operator {found} is not part of the import language: values are literals, :param values, UNWIND rows, + and the value functions.',
      },
      subscript: { nl: 'subscripts ([...]) horen niet bij de importtaal.', en: 'subscripts ([...]) are not part of the import language.' },
      'map-projection': { nl: 'mapprojecties horen niet bij de importtaal.', en: 'map projections are not part of the import language.' },
      case: { nl: 'CASE hoort niet bij de importtaal: schrijf de waarde zelf.', en: 'CASE is not part of the import language: write the value itself.' },
      'one-argument': { nl: '{function}() krijgt in een import één argument (een string of een map).', en: '{function}() takes one argument in an import (a string or a map).' },
      'list-comprehension': {
        nl: 'lijstcomprehensies horen niet bij de importtaal: schrijf de lijst zelf.',
        en: 'list comprehensions are not part of the import language: write the list itself.',
      },
      'node-properties': {
        nl: 'een knooppuntpatroon in een import schrijft zijn eigenschappen als map: (n:Label {id: $x.id, ...})',
        en: 'a node pattern in an import writes its properties as a map: (n:Label {id: $x.id, ...})',
      },
      'relationship-properties': {
        nl: 'een relatiepatroon in een import schrijft zijn eigenschappen als map',
        en: 'a relationship pattern in an import writes its properties as a map',
      },
      'merge-relationship': {
        nl: 'MERGE van een relatie heeft eerst beide knooppunten nodig: zoek of maak elk knooppunt met MATCH of MERGE op zijn id, en dan MERGE (a)-[r:TYPE]->(b).',
        en: 'MERGE of a relationship needs both its nodes found first: MATCH or MERGE each node by its id, then MERGE (a)-[r:TYPE]->(b).',
      },
      'not-a-date': { nl: '{value} is geen datum (JJJJ-MM-DD)', en: '{value} is not a date (YYYY-MM-DD)' },
      unstorable: { nl: 'een waarde van het type {type} kan niet worden opgeslagen', en: 'a value of type {type} cannot be stored' },
    },
  },
  'no-delete': {
    name: { nl: 'Verwijderen niet toegestaan', en: 'Deleting not allowed' },
    message: {
      nl: '{clause} is niet toegestaan in een import: een dataset voegt alleen toe en werkt bij. Haal de opdracht weg, of vraag de beheerders de gegevens te verwijderen.',
      en: '{clause} is not allowed in an import: a dataset only adds and updates. Remove the statement, or ask the maintainers to delete the data.',
    },
  },
  'no-remove': {
    name: { nl: 'REMOVE niet toegestaan', en: 'REMOVE not allowed' },
    message: {
      nl: 'REMOVE {variable}:{label} is niet toegestaan: een knooppunt houdt zijn label (alleen het tijdelijke `{temporary}` van APOC mag weg).',
      en: "REMOVE {variable}:{label} is not allowed: a node keeps its label (only APOC's temporary `{temporary}` may be removed).",
    },
  },
  'no-procedure': {
    name: { nl: 'Procedure niet toegestaan', en: 'Procedure not allowed' },
    message: {
      nl: 'CALL {procedure}(...) is niet toegestaan in een import: procedures reiken buiten de dataset. Haal de opdracht weg.',
      en: 'CALL {procedure}(...) is not allowed in an import: procedures reach outside the dataset. Remove the statement.',
    },
  },
  'no-subquery': {
    name: { nl: 'Subquery niet toegestaan', en: 'Subquery not allowed' },
    message: {
      nl: "CALL { ... }-subquery's horen niet bij de importtaal; schrijf de opdrachten na elkaar.",
      en: 'CALL { ... } subqueries are not part of the import language; write the statements one after the other.',
    },
  },
  'no-call-in-transactions': {
    name: { nl: 'Aparte transacties niet toegestaan', en: 'Separate transactions not allowed' },
    message: {
      nl: 'CALL { ... } IN TRANSACTIONS is niet toegestaan: een import is één transactie, alles of niets. Haal de CALL eromheen weg.',
      en: 'CALL { ... } IN TRANSACTIONS is not allowed: an import is one transaction, all or nothing. Remove the CALL wrapper.',
    },
  },
  'no-apoc': {
    name: { nl: 'APOC niet toegestaan', en: 'APOC not allowed' },
    sentences: {
      procedure: {
        nl: "CALL {procedure}(...) is niet toegestaan: APOC-procedures reiken buiten de dataset (bestanden, URL's, de hele graaf). Zet de gegevens in het bestand.",
        en: 'CALL {procedure}(...) is not allowed: APOC procedures reach outside the dataset (files, URLs, the whole graph). Put the data in the file.',
      },
      function: {
        nl: '{function}() is een APOC-functie; APOC is niet toegestaan in een import. Schrijf de waarde zelf.',
        en: '{function}() is an APOC function; APOC is not allowed in an import. Write the value itself.',
      },
    },
  },
  'no-function': {
    name: { nl: 'Functie niet toegestaan', en: 'Function not allowed' },
    message: {
      nl: '{function}() is niet toegestaan in een import: alleen {allowed} mogen worden aangeroepen. Schrijf andere waarden letterlijk.',
      en: '{function}() is not allowed in an import: only {allowed} may be called. Write other values as literals.',
    },
  },
  'no-load-csv': {
    name: { nl: 'LOAD CSV niet toegestaan', en: 'LOAD CSV not allowed' },
    message: {
      nl: 'LOAD CSV is niet toegestaan in een import: het leest bestanden en adressen buiten de dataset. Zet de rijen in het bestand (UNWIND [...] AS row, of :param rows => [...]).',
      en: 'LOAD CSV is not allowed in an import: it reads files and addresses outside the dataset. Put the rows in the file (UNWIND [...] AS row, or :param rows => [...]).',
    },
  },
  'no-use': {
    name: { nl: 'USE niet toegestaan', en: 'USE not allowed' },
    message: {
      nl: 'USE is niet toegestaan in een import: een dataset gaat alleen naar de kennisgraaf. Haal het weg.',
      en: 'USE is not allowed in an import: a dataset goes into the knowledge graph only. Remove it.',
    },
  },
  'no-schema': {
    name: { nl: 'Schemawijziging niet toegestaan', en: 'Schema change not allowed' },
    message: {
      nl: '{command} is niet toegestaan in een import: indexen en constraints zijn in handen van de beheerders (de tijdelijke constraint van APOC op `{temporary}` wordt aanvaard en overgeslagen). Haal de opdracht weg (APOC schrijft het schema van uw eigen database bovenaan een export).',
      en: "{command} is not allowed in an import: indexes and constraints are managed by the maintainers (APOC's temporary constraint on `{temporary}` is accepted and skipped). Remove the statement (APOC writes your own database's schema at the top of an export).",
    },
  },
  'no-admin': {
    name: { nl: 'Beheeropdracht niet toegestaan', en: 'Administrative command not allowed' },
    message: {
      nl: '{command} is een beheeropdracht en is niet toegestaan in een import. Haal de opdracht weg.',
      en: '{command} is an administration command and is not allowed in an import. Remove the statement.',
    },
  },
  'no-read': {
    name: { nl: 'Lezen buiten de dataset is niet toegestaan', en: 'Reading beyond the dataset is not allowed' },
    sentences: {
      return: {
        nl: 'RETURN hoort niet bij de importtaal: een import leest geen waarden uit de graaf; schrijf de waarde zelf (een letterlijke waarde, een :param of een veld van een UNWIND-rij). Haal de RETURN weg.',
        en: 'RETURN is not part of the import language: an import does not read values from the graph; write the value itself (a literal, a :param or a field of an UNWIND row). Remove the RETURN.',
      },
      'pattern-expression': read('patroonexpressies lezen de graaf; ', 'pattern expressions read the graph; '),
      subquery: read('{keyword} { ... } leest de graaf; ', '{keyword} { ... } reads the graph; '),
      function: read('{function}() leest de graaf; ', '{function}() reads the graph; '),
      variable: read('{variable} is een {kind}: ', '{variable} is a {kind}: '),
      property: read('{variable}.{key} leest een eigenschap van een {kind} in de graaf; ', '{variable}.{key} reads a property of a {kind} in the graph; '),
    },
  },
  'no-search': {
    name: { nl: 'Zoeken in de graaf is niet toegestaan', en: 'Searching the graph is not allowed' },
    sentences: {
      where: {
        nl: "WHERE in een import mag een knooppunt alleen zijn sleutel geven: WHERE n.id = '...' (AND ...). Een import noemt zijn knooppunten; hij kan niet in de graaf zoeken.",
        en: "WHERE in an import may only give a node its key: WHERE n.id = '...' (AND ...). An import names its nodes; it cannot search the graph.",
      },
      'where-key': {
        nl: "WHERE in een import mag een knooppunt alleen zijn sleutel geven: WHERE n.id = '...' (AND ...).",
        en: "WHERE in an import may only give a node its key: WHERE n.id = '...' (AND ...).",
      },
      'path-search': { nl: 'zoeken naar paden hoort niet bij de importtaal: een import noemt zijn knooppunten.', en: 'path searches are not part of the import language: an import names its nodes.' },
      'where-in-node': {
        nl: 'WHERE binnen een knooppuntpatroon hoort niet bij de importtaal: noem het knooppunt bij zijn sleutel.',
        en: 'WHERE inside a node pattern is not part of the import language: name the node by its key.',
      },
      'where-in-relationship': { nl: 'WHERE binnen een relatiepatroon hoort niet bij de importtaal.', en: 'WHERE inside a relationship pattern is not part of the import language.' },
      'variable-length': {
        nl: 'relaties van variabele lengte (*) horen niet bij de importtaal: een import noemt zijn knooppunten.',
        en: 'variable-length relationships (*) are not part of the import language: an import names its nodes.',
      },
      'node-key': {
        nl: "{clause} ({pattern}) moet zijn knooppunt noemen bij zijn {keys}: {clause} (n:{label} {{key}: '...'}). Een import kan niet in de graaf zoeken.",
        en: "{clause} ({pattern}) must name its node by its {keys}: {clause} (n:{label} {{key}: '...'}). An import cannot search the graph.",
      },
    },
  },
  'dynamic-name': {
    name: { nl: 'Berekende namen zijn niet toegestaan', en: 'Computed names are not allowed' },
    sentences: {
      name: {
        nl: '`$(...)` als {what} is niet toegestaan in een import: schrijf de naam zelf, uit de woordenlijst (docs/ontology.md).',
        en: 'a dynamic {what} `$(...)` is not allowed in an import: write the {what} itself, from the vocabulary (docs/ontology.md).',
      },
      'property-key': {
        nl: 'een berekende eigenschapsnaam ({variable}[...]) is niet toegestaan in een import: schrijf de naam zelf.',
        en: 'a dynamic property key ({variable}[...]) is not allowed in an import: write the key itself.',
      },
      subscript: { nl: '{variable}[...] is niet toegestaan in een import: schrijf {variable}.key.', en: '{variable}[...] is not allowed in an import: write {variable}.key.' },
      parameter: { nl: 'een berekende naam $(...) is niet toegestaan in een import.', en: 'a dynamic name $(...) is not allowed in an import.' },
    },
  },
  'system-label': {
    name: { nl: 'Gereserveerd voor de applicatie', en: 'Reserved for the application' },
    message: {
      nl: 'het label {label} hoort bij de applicatie, niet bij de kennisgraaf; een dataset mag het niet noemen. Haal het weg.',
      en: 'the label {label} belongs to the application, not to the knowledge graph; a dataset may not name it. Remove it.',
    },
    sentences: { change: { nl: 'het label {label} hoort bij de applicatie', en: 'the label {label} belongs to the application' } },
  },
  'system-property': {
    name: { nl: 'Gereserveerd voor de applicatie', en: 'Reserved for the application' },
    message: {
      nl: 'de eigenschap {property} schrijft de applicatie zelf (herkomst); een dataset mag haar niet zetten. Geef haar in de gegevens een andere naam (bijvoorbeeld sourceId).',
      en: 'the property {property} is written by the application (provenance); a dataset may not set it. Rename it in the data (for example sourceId).',
    },
    sentences: {
      change: { nl: 'de eigenschap {property} schrijft de applicatie zelf', en: 'the property {property} is written by the application' },
      data: {
        nl: 'de gegevens zetten de eigenschap {property}, die de applicatie zelf schrijft (herkomst); een dataset mag haar niet zetten. Geef haar in de gegevens een andere naam (bijvoorbeeld sourceId).',
        en: 'the data sets the property {property}, which the application writes (provenance); a dataset may not set it. Rename it in the data (for example sourceId).',
      },
    },
  },
  'unknown-label': {
    name: { nl: 'Onbekend soort knooppunt', en: 'Unknown kind of node' },
    message: {
      nl: 'het label `{label}` staat niet in de woordenlijst; bekende labels: {known}',
      en: 'the label `{label}` is not in the vocabulary; known labels: {known}',
    },
    sentences: { change: { nl: 'het label `{label}` staat niet in de woordenlijst', en: 'the label `{label}` is not in the vocabulary' } },
  },
  'unknown-type': {
    name: { nl: 'Onbekend soort relatie', en: 'Unknown kind of relationship' },
    message: {
      nl: 'het relatietype `{type}` staat niet in de woordenlijst; zie docs/ontology.md',
      en: 'the relationship type `{type}` is not in the vocabulary; see docs/ontology.md',
    },
    sentences: { change: { nl: 'het relatietype `{type}` staat niet in de woordenlijst', en: 'the relationship type `{type}` is not in the vocabulary' } },
  },
  'unknown-variable': {
    name: { nl: 'Onbekende variabele', en: 'Unknown variable' },
    message: {
      nl: 'er is hier geen variabele {variable}; zoek of maak het knooppunt eerst met MATCH, MERGE of CREATE',
      en: 'there is no variable {variable} here; MATCH, MERGE or CREATE it first',
    },
    sentences: {
      here: { nl: 'er is hier geen variabele {variable}', en: 'there is no variable {variable} here' },
      with: { nl: 'WITH {variable}: er is vóór deze WITH geen variabele {variable}', en: 'WITH {variable}: there is no variable {variable} before it' },
    },
  },
  'unknown-parameter': {
    name: { nl: 'Onbekende parameter', en: 'Unknown parameter' },
    message: {
      nl: 'de parameter ${name} heeft geen waarde; zet hem vóór deze opdracht met :param {name} => ...',
      en: 'the parameter ${name} has no value; set it before this statement with :param {name} => ...',
    },
  },

  // Running the file (track.ts, evaluate.ts).
  'bad-value': {
    name: { nl: 'Ongeldige waarde', en: 'Invalid value' },
    sentences: {
      field: { nl: '.{key} van {value}: alleen een map heeft velden', en: '.{key} of {value}: only a map has fields' },
      'nested-function': { nl: '{function}() van een andere {inner}()-waarde wordt in een import niet ondersteund', en: '{function}() of another {inner}() value is not supported in an import' },
      negate: { nl: 'het teken van {value} kan niet worden omgekeerd', en: 'cannot negate {value}' },
      compute: { nl: '{a} {operator} {b} kan niet worden berekend ({typeA} {operator} {typeB})', en: 'cannot compute {a} {operator} {b} ({typeA} {operator} {typeB})' },
      overflow: { nl: 'het gehele getal wordt te groot (overflow)', en: 'integer overflow' },
      'params-map': { nl: ":params heeft een map nodig, zoals :params {name: 'value'}; gevonden: {value}", en: ":params needs a map, like :params {name: 'value'}; found {value}" },
      'properties-map': { nl: 'hier hoort een map van eigenschappen, maar er staat {value}', en: 'expected a map of properties, found {value}' },
      'set-map': { nl: 'SET {variable} {operator} heeft een map nodig, maar er staat {value}', en: 'SET {variable} {operator} needs a map, found {value}' },
      'merge-null': { nl: 'MERGE ({variable}:{label} {{key}: null}): de {key} heeft geen waarde', en: 'MERGE ({variable}:{label} {{key}: null}): the {key} has no value' },
      'invalid-function': { nl: '{call} is geen geldige {function}: {reason}', en: '{call} is not a valid {function}: {reason}' },
    },
  },
  'merge-conflict': {
    name: { nl: 'MERGE botst met wat er is', en: 'MERGE conflicts with what exists' },
    message: {
      nl: 'MERGE vond {label} {value}, maar met andere waarden dan in het patroon; een nieuw knooppunt zou dezelfde {key} krijgen. Gebruik MERGE alleen op de {key} en zet de andere eigenschappen met SET.',
      en: "MERGE found {label} {value} but with other values than the pattern's; creating another would duplicate its {key}. MERGE on the {key} alone and SET the other properties.",
    },
  },
  'key-change': {
    name: { nl: 'Sleutel mag niet veranderen', en: 'A key cannot change' },
    message: {
      nl: 'de {key} van {label} {before} kan niet veranderen (in {after}): een andere {key} is een ander knooppunt. Maak in plaats daarvan dat andere knooppunt aan.',
      en: 'the {key} of {label} {before} cannot change (to {after}): a different {key} is a different node. Create that node instead.',
    },
  },
  duplicate: {
    name: { nl: 'Bestaat al', en: 'Exists already' },
    sentences: {
      created: {
        nl: 'een {label} met {key} {value} bestaat al ({where}); CREATE maakt een nieuw knooppunt: gebruik MERGE op de sleutel om het bestaande bij te werken.',
        en: 'a {label} with {key} {value} exists already ({where}); CREATE makes a new node: use MERGE on the key to update the one that exists.',
      },
      'in-graph': {
        nl: 'een {label} met {key} {value} bestaat al in de graaf; CREATE maakt een nieuw knooppunt: gebruik MERGE op de {key} om het bestaande bij te werken.',
        en: 'a {label} with {key} {value} exists already in the graph; CREATE makes a new node: use MERGE on the {key} to update the one that exists.',
      },
      'apoc-id': {
        nl: "twee knooppunten hebben dezelfde `{property}` {value}; de import-id's van APOC moeten uniek zijn in een bestand",
        en: "two nodes have the same `{property}` {value}; APOC's import ids must be unique in a file",
      },
    },
  },
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
  'not-owner': {
    name: { nl: 'Gegevens van een ander', en: "Someone else's data" },
    sentences: {
      element: {
        nl: '{element} hoort bij {owner}{import}; {importer} mag alleen de eigen gegevens wijzigen. Laat het weg, stel de wijziging voor aan de redactie, of vraag een beheerder het te importeren met --override-ownership.',
        en: '{element} belongs to {owner}{import}; {importer} may change only its own data. Leave it out, propose the change to the editors, or ask an admin to import it with --override-ownership.',
      },
      more: { nl: 'en nog {count} element(en) van anderen', en: 'and {count} more element(s) that belong to others' },
    },
  },
  'ownership-override': {
    name: { nl: 'Eigendom doorbroken', en: 'Ownership overridden' },
    message: {
      nl: '{count} element(en) die deze import wijzigt, horen bij {owners}; gewijzigd omdat een beheerder het eigendom doorbrak (vastgelegd)',
      en: "{count} element(s) this import changes belong to {owners}; changed by an admin's override (recorded)",
    },
  },
  // Its message comes from outside the engine (the caller's `alongside`, e.g. a proposal decided meanwhile): English only.
  conflict: { name: { nl: 'Tegelijk gewijzigd', en: 'Changed meanwhile' } },
  interrupted: {
    name: { nl: 'Onderbroken', en: 'Interrupted' },
    message: { nl: 'de import is onderbroken; er is niets veranderd', en: 'the import was interrupted; nothing was changed' },
  },
  'too-large': {
    name: { nl: 'Te groot', en: 'Too large' },
    message: {
      nl: 'de import heeft meer geheugen nodig dan één transactie mag gebruiken ({reason}); er is niets veranderd. Splits het bestand in meerdere imports, of vraag de beheerders om een grotere Neo4j-heap (NEWTOWNS_NEO4J_HEAP).',
      en: 'the import needs more memory than one transaction may use ({reason}); nothing was changed. Split the file into several imports, or ask the maintainers for a larger Neo4j heap (NEWTOWNS_NEO4J_HEAP).',
    },
  },
  'write-failed': {
    name: { nl: 'Schrijven mislukt', en: 'Writing failed' },
    message: { nl: 'Neo4j weigerde de import: {reason}; er is niets veranderd', en: 'Neo4j refused the import: {reason}; nothing was changed' },
  },
  'more-errors': { name: { nl: 'Meer fouten', en: 'More errors' }, message: { nl: 'meer fouten zijn weggelaten', en: 'more errors were left out' } },
  'more-warnings': { name: { nl: 'Meer waarschuwingen', en: 'More warnings' }, message: { nl: 'meer waarschuwingen zijn weggelaten', en: 'more warnings were left out' } },
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof rules;
export const RULES: Readonly<Record<RuleCode, Rule>> = rules;
export const RULE_CODES = Object.keys(rules) as RuleCode[];

export const isRuleCode = (rule: string): rule is RuleCode => Object.hasOwn(rules, rule);

/** The rule's name in `lang`; the code itself for a rule the catalogue does not know. */
export function ruleName(lang: Lang, rule: string): string {
  return isRuleCode(rule) ? RULES[rule].name[lang] : rule;
}

const word = (lang: Lang, p: Param): string => (typeof p === 'object' ? p[lang] : String(p));

/** The parameter that names which of a rule's sentences a finding says. */
const SENTENCE = 'sentence';

/** A finding's parameters, saying the rule's sentence `key` (see Rule.sentences). */
export const sentence = (key: string, params: Params = {}): Params => ({ [SENTENCE]: key, ...params });

function template(rule: string, params: Params): Text | undefined {
  if (!isRuleCode(rule)) return undefined;
  const { message, sentences } = RULES[rule] as Rule;
  const key = params[SENTENCE];
  return typeof key === 'string' ? sentences?.[key] : message;
}

/** Whether the catalogue has words for a finding with these parameters. */
export const hasMessage = (rule: string, params: Params): boolean => template(rule, params) !== undefined;

/** The rule's message (or the sentence `params` name) in `lang` with `params` filled in; null when the catalogue has none. */
export function ruleMessage(lang: Lang, rule: string, params: Params): string | null {
  const text = template(rule, params);
  // A `{name}` the finding has no parameter for is Cypher's own (`:param {map}`) and stays.
  return text ? text[lang].replace(/\{(\w+)\}/g, (whole, k: string) => (params[k] === undefined ? whole : word(lang, params[k]))) : null;
}

/** The message of a finding in `lang`: from the catalogue by its parameters; a finding from outside the engine (no parameters) keeps its words. */
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

/** A finding's English message (after "line N: " where it has a line) and the parameters that give it in Dutch. */
export const finding = (line: number | null, rule: RuleCode, params: Params) => ({ message: `${line === null ? '' : `line ${line}: `}${englishMessage(rule, params)}`, params });
