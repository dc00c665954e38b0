/**
 * One search box with suggestions while typing (debounced). Focus stays in the box: the arrow keys
 * move `aria-activedescendant` through a listbox of options, Enter opens the active option (or the
 * best hit), Escape closes the list, and a polite live region says how many suggestions there are.
 * The box keeps role searchbox, which takes aria-autocomplete and aria-controls but not
 * aria-expanded (that belongs to a combobox), so the open state is the listbox's `hidden`.
 */
import { LatestOnly, search, type Hit } from '../api.ts';
import { h, fill } from '../dom.ts';
import { takeEarlySearch } from '../early-search.ts';
import { t } from '../i18n.ts';
import { reportError } from '../report.ts';
import type { Store } from '../state.ts';
import { labelBadge } from './symbols.ts';

const LIST_ID = 'search-suggestions';

export function mountSearch(form: HTMLFormElement, store: Store, open: (id: string) => void): { render(): void } {
  const input = form.querySelector('input') as HTMLInputElement;
  const list = form.querySelector('.suggestions') as HTMLElement;
  const status = form.querySelector('.search-status') as HTMLElement;
  const empty = form.querySelector('.search-empty') as HTMLElement;
  list.id = LIST_ID;
  list.setAttribute('role', 'listbox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', LIST_ID);
  let hits: Hit[] = [];
  let active = -1;
  let timer: number | undefined;
  // What is typed next makes the suggestions for what was typed before unwanted.
  const asking = new LatestOnly();

  const optionId = (i: number) => `${LIST_ID}-${i}`;

  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll<HTMLElement>('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const show = (items: Hit[], q: string) => {
    hits = items;
    const lang = store.get().lang;
    fill(
      list,
      items.map((hit, i) =>
        h(
          'li',
          {
            id: optionId(i),
            role: 'option',
            'aria-selected': 'false',
            class: 'suggestion',
            // mousedown, not click: the box must not lose focus (and close the list) first.
            onmousedown: (ev: Event) => {
              ev.preventDefault();
              choose(hit.id);
            },
          },
          labelBadge(hit.label, lang),
          h('span', { class: 'suggestion-name' }, lang === 'en' && hit.nameEn ? hit.nameEn : hit.name),
        ),
      ),
    );
    list.hidden = items.length === 0;
    setActive(-1);
    status.textContent = q ? (items.length ? t(lang, 'suggestionsCount', { n: items.length }) : t(lang, 'noHits', { q })) : '';
    // Nothing found is said on screen too, where the suggestions would be (the status is for screen readers).
    empty.textContent = q && !items.length ? t(lang, 'noHits', { q }) : '';
    empty.hidden = !empty.textContent;
  };

  const run = async (q: string): Promise<Hit[]> => {
    const signal = asking.next();
    if (q.trim().length < 2) {
      show([], '');
      return [];
    }
    // Only signs ("(, ~~): nothing can match, and the server would refuse it as no search at all.
    if (!/[\p{L}\p{N}]/u.test(q)) {
      show([], q.trim());
      return [];
    }
    try {
      const found = await search(q.trim(), 8, signal);
      show(found, q.trim());
      return found;
    } catch (e) {
      reportError(store, e);
      return [];
    }
  };

  const choose = (id: string) => {
    asking.cancel();
    window.clearTimeout(timer);
    show([], '');
    input.value = '';
    open(id);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 250);
  });
  input.addEventListener('keydown', (ev) => {
    const n = hits.length;
    if (ev.key === 'ArrowDown' && n) setActive((active + 1) % n);
    else if (ev.key === 'ArrowUp' && n) setActive(active <= 0 ? n - 1 : active - 1);
    else if (ev.key === 'Home' && n && active >= 0) setActive(0);
    else if (ev.key === 'End' && n && active >= 0) setActive(n - 1);
    else if (ev.key === 'Escape' && (!list.hidden || !empty.hidden)) show([], '');
    else return;
    ev.preventDefault();
  });
  input.addEventListener('blur', () => {
    // Let a click on an option land first (it uses mousedown), then close.
    window.setTimeout(() => {
      if (document.activeElement !== input) show([], '');
    }, 150);
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const picked = active >= 0 ? hits[active] : undefined;
    if (picked) return choose(picked.id);
    window.clearTimeout(timer);
    // Enter opens the best hit, searching first when the suggestions are not in yet.
    void run(input.value).then((found) => {
      const best = found[0];
      if (best) choose(best.id);
    });
  });
  // What was typed, or entered, before the explorer's code was in.
  if (takeEarlySearch(form)) form.requestSubmit();
  else if (input.value.trim()) void run(input.value);

  return {
    render() {
      const lang = store.get().lang;
      input.placeholder = t(lang, 'searchPlaceholder');
      list.setAttribute('aria-label', t(lang, 'suggestions'));
    },
  };
}
