/**
 * A dry run's report (issue #19), for the partner who uploads a dataset and the editor who reviews
 * one: the verdict, what it would create and change per label, and every error and warning with
 * its line, in the reader's language (the engine's catalogue of rules, server/import/messages.ts;
 * a finding from outside the engine, which the catalogue has no words for, keeps its English ones, marked as English).
 */
import { LABELS, RELATIONSHIPS, isLabel, isRelationshipType, type Lang } from '../../../server/ontology.ts';
import { h } from '../dom.ts';
import { t, type StringKey } from '../i18n.ts';
import { findingMessage, hasMessage, ruleName, type Params } from '../../../server/import/messages.ts';
import type * as G from '../generated/graphql.ts';

export type Report = G.DryRunDatasetMutation['importDataset'];
type Issue = Report['errors'][number];

const VERDICT: Record<string, StringKey> = { 'dry-run': 'dryRunPassed', unchanged: 'dryRunUnchanged', refused: 'dryRunRefused', failed: 'dryRunRefused' };

function counted(lang: Lang, title: StringKey, counts: Record<string, number> | undefined, name: (key: string) => string): HTMLElement | null {
  const entries = Object.entries(counts ?? {}).filter(([, n]) => n > 0);
  if (!entries.length) return null;
  return h('div', {}, h('h4', {}, t(lang, title)), h('ul', {}, ...entries.map(([k, n]) => h('li', {}, `${name(k)}: ${n}`))));
}

/** Whether the catalogue gives the finding in the reader's language (else it is in English). */
const translated = (i: Issue) => Boolean(i.params) && hasMessage(i.rule, i.params as Params);

function issues(lang: Lang, title: StringKey, list: Issue[], cls: string): HTMLElement | null {
  if (!list.length) return null;
  return h(
    'div',
    { class: cls },
    h('h4', {}, t(lang, title, { n: list.length })),
    h(
      'ul',
      {},
      ...list.map((i) =>
        h(
          'li',
          {},
          h('strong', {}, i.line ? t(lang, 'atLine', { line: i.line }) : t(lang, 'wholeFile')),
          ` — ${ruleName(lang, i.rule)}: `,
          h('span', { lang: translated(i) ? lang : 'en' }, findingMessage(lang, { rule: i.rule, message: i.message, params: i.params as Params | null })),
        ),
      ),
    ),
  );
}

export function reportView(lang: Lang, report: Report, id: string): HTMLElement {
  const c = (report.counts ?? {}) as Record<string, Record<string, number> | number>;
  const label = (k: string) => (isLabel(k) ? LABELS[k].plural[lang] : k);
  const type = (k: string) => (isRelationshipType(k) ? RELATIONSHIPS[k].names[lang] : k);
  const changed = typeof c.propertiesChanged === 'number' && c.propertiesChanged > 0 ? h('p', {}, t(lang, 'propertiesChanged', { n: c.propertiesChanged })) : null;
  return h(
    'section',
    { class: `import-report ${report.status}`, id, 'aria-labelledby': `${id}-verdict` },
    h('h3', { id: `${id}-verdict`, tabindex: -1 }, t(lang, VERDICT[report.status] ?? 'dryRunRefused', { file: report.fileName, n: report.errors.length })),
    issues(lang, 'reportErrors', report.errors, 'report-errors'),
    counted(lang, 'createdNodes', c.nodesCreated as Record<string, number>, label),
    counted(lang, 'changedNodes', c.nodesChanged as Record<string, number>, label),
    counted(lang, 'createdRelationships', c.relationshipsCreated as Record<string, number>, type),
    counted(lang, 'changedRelationships', c.relationshipsChanged as Record<string, number>, type),
    changed,
    issues(lang, 'reportWarnings', report.warnings, 'report-warnings'),
  );
}
