/**
 * The import history for editors (issue #19): every import with its file, whose data it is, who
 * ran it, when and how much it created and changed, and an undo that asks first (focus on the
 * question) and says plainly when the engine refuses it, with the engine's reasons.
 */
import type { Lang } from '../../../server/ontology.ts';
import { gql } from '../api.ts';
import { h } from '../dom.ts';
import { formatDate, type StringKey } from '../i18n.ts';
import * as Q from '../queries.ts';
import type * as G from '../generated/graphql.ts';

type ImportRecord = G.ImportsQuery['imports'][number];

export interface HistoryKit {
  lang(): Lang;
  tr(key: StringKey, vars?: Record<string, string | number>): string;
  button(key: StringKey, onclick: () => void): HTMLElement;
  say(message: string): void;
  fail(e: unknown): void;
  /** Draws the panel anew, then puts focus on the first element matching `focus`, if any. */
  redraw(focus?: string): void;
  /** Loads the list again and opens the panel on it (focus on its heading). */
  reopen(): Promise<void>;
}

const sum = (m: unknown) => Object.values((m ?? {}) as Record<string, number>).reduce((a, b) => a + b, 0);
const domId = (id: string) => `confirm-${id.replace(/[^a-z0-9]/gi, '-')}`;

export function importHistory(kit: HistoryKit) {
  let imports: ImportRecord[] = [];
  /** The import whose undo waits for a confirmation. */
  let confirming: string | null = null;
  const { tr } = kit;

  async function undo(r: ImportRecord): Promise<void> {
    try {
      const result = (await gql(Q.UNDO_IMPORT, { id: r.id })).undoImport;
      await kit.reopen();
      if (result.status === 'undone') kit.say(tr('undoDone', { file: r.fileName }));
      else kit.fail(new Error([tr('undoRefused', { file: r.fileName }), ...result.reasons].join(' ')));
    } catch (e) {
      kit.fail(e);
    }
  }

  function confirmation(r: ImportRecord): HTMLElement {
    return h(
      'div',
      { class: 'confirm', role: 'group', 'aria-labelledby': domId(r.id) },
      h('p', { id: domId(r.id), tabindex: -1 }, tr('undoConfirm', { file: r.fileName })),
      h('button', { type: 'button', class: 'btn small utrecht-button utrecht-button--primary-action', onclick: () => void undo(r) }, tr('undoYes')),
      kit.button('cancel', () => {
        confirming = null;
        kit.redraw();
      }),
    );
  }

  function item(r: ImportRecord): HTMLElement {
    const c = (r.counts ?? {}) as Record<string, unknown>;
    const lang = kit.lang();
    return h(
      'li',
      { class: 'proposal import' },
      h('h3', {}, r.fileName),
      h('p', {}, `${r.partner ? tr('importPartner', { partner: r.partner }) : tr('importCurated')} · ${tr('importBy', { actor: r.actor ?? '?', when: formatDate(r.startedAt, lang) })}`),
      h('p', {}, tr('importCounts', { created: sum(c.nodesCreated) + sum(c.relationshipsCreated), changed: sum(c.nodesChanged) + sum(c.relationshipsChanged) })),
      r.status === 'undone' ? h('p', {}, tr('importUndoneAt', { when: formatDate(r.undoneAt, lang), who: r.undoneBy ?? '?' })) : null,
      r.status === 'applied' && confirming !== r.id
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn small secondary utrecht-button utrecht-button--secondary-action',
              onclick: () => {
                confirming = r.id;
                kit.redraw('.confirm p');
              },
            },
            `${tr('undoImport')}: ${r.fileName}`,
          )
        : null,
      confirming === r.id ? confirmation(r) : null,
    );
  }

  return {
    async load(): Promise<void> {
      confirming = null;
      imports = (await gql(Q.IMPORTS, { first: 100 })).imports;
    },
    view(): HTMLElement {
      if (imports.length === 0) return h('p', {}, tr('importsEmpty'));
      return h('ul', { class: 'proposal-list import-list' }, ...imports.map(item));
    },
  };
}
