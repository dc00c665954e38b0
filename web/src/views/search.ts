/**
 * One search box: suggestions while typing (debounced), Enter opens the best hit, arrow keys move
 * into the suggestion list. A labelled searchbox, never a bare input.
 */
import { search, type Hit } from '../api.ts';
import { h, fill } from '../dom.ts';
import { t } from '../i18n.ts';
import type { Store } from '../state.ts';
import { labelBadge } from './symbols.ts';

export function mountSearch(form: HTMLFormElement, store: Store, open: (id: string) => void): { render(): void } {
  const input = form.querySelector('input') as HTMLInputElement;
  const list = form.querySelector('.suggestions') as HTMLElement;
  let hits: Hit[] = [];
  let timer: number | undefined;
  let seq = 0;

  const show = (items: Hit[], q: string) => {
    hits = items;
    const lang = store.get().lang;
    fill(
      list,
      items.map((hit) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'suggestion',
              onclick: () => choose(hit.id),
              onkeydown: (ev: Event) => move(ev as KeyboardEvent),
            },
            labelBadge(hit.label, lang),
            ' ',
            lang === 'en' && hit.nameEn ? hit.nameEn : hit.name,
          ),
        ),
      ),
    );
    list.hidden = items.length === 0;
    if (q) store.dispatch({ type: 'announce', message: items.length ? t(lang, 'hits', { n: items.length, q }) : t(lang, 'noHits', { q }) });
  };

  const run = async (q: string): Promise<Hit[]> => {
    const mine = ++seq;
    if (q.trim().length < 2) {
      show([], '');
      return [];
    }
    try {
      const found = await search(q.trim(), 8);
      if (mine === seq) show(found, q.trim());
      return found;
    } catch (e) {
      store.dispatch({ type: 'error', message: t(store.get().lang, 'error', { m: (e as Error).message }) });
      return [];
    }
  };

  const choose = (id: string) => {
    show([], '');
    input.value = '';
    open(id);
  };

  function move(ev: KeyboardEvent): void {
    const buttons = [...list.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (ev.key === 'ArrowDown') buttons[Math.min(i + 1, buttons.length - 1)]?.focus();
    else if (ev.key === 'ArrowUp') (i <= 0 ? input : buttons[i - 1])?.focus();
    else if (ev.key === 'Escape') {
      show([], '');
      input.focus();
    } else return;
    ev.preventDefault();
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 250);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && hits.length) {
      ev.preventDefault();
      list.querySelector('button')?.focus();
    } else if (ev.key === 'Escape') show([], '');
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    window.clearTimeout(timer);
    // Enter opens the best hit, searching first when the suggestions are not in yet.
    void run(input.value).then((found) => {
      const best = found[0];
      if (best) choose(best.id);
    });
  });

  return {
    render() {
      const lang = store.get().lang;
      input.placeholder = t(lang, 'searchPlaceholder');
    },
  };
}
