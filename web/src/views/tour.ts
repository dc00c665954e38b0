/**
 * Saved views (localStorage) and guided tours: a tour is a list of views with a short text each;
 * its link carries the whole tour in the fragment, so a network meeting can step through it
 * read-only without any account or server state.
 */
import { fill, h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { State, Store, Tour, TourStep } from '../state.ts';
import { tourHash } from '../url.ts';

const SAVED_KEY = 'newtowns.savedViews';
const DRAFT_KEY = 'newtowns.tourDraft';

function read<T>(key: string): T[] {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}
function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the view is simply not kept.
  }
}

export function mountViews(root: HTMLElement, bar: HTMLElement, store: Store, actions: { go(query: string): void; currentQuery(): string }) {
  let lastKey = '';
  let lastBarKey = '';

  const startTour = (steps: TourStep[], readOnly: boolean) => {
    if (!steps.length) return;
    store.dispatch({ type: 'tour', tour: { steps, index: 0, readOnly } });
    actions.go(steps[0]!.query);
  };

  const panel = {
    render(s: State): void {
      renderBar(s);
      const lang = s.lang;
      const saved = read<{ name: string; query: string }>(SAVED_KEY);
      const draft = read<TourStep>(DRAFT_KEY);
      const key = JSON.stringify([lang, saved, draft]);
      if (key === lastKey) return;
      lastKey = key;
      const nameInput = h('input', { id: 'save-name', type: 'text', autocomplete: 'off' });
      const stepInput = h('textarea', { id: 'tour-text', rows: 2 });
      const shareOut = h('input', { id: 'tour-link', type: 'text', readonly: true, 'aria-label': t(lang, 'tourShare') });
      shareOut.hidden = true;
      fill(
        root,
        h('h2', { class: 'panel-title' }, t(lang, 'savedViews')),
        h(
          'form',
          {
            class: 'inline-form',
            onsubmit: (ev: Event) => {
              ev.preventDefault();
              const name = nameInput.value.trim() || new Date().toLocaleString(lang);
              write(SAVED_KEY, [...saved, { name, query: actions.currentQuery() }]);
              lastKey = '';
              panel.render(store.get());
              store.dispatch({ type: 'announce', message: `${t(lang, 'saveView')}: ${name}` });
            },
          },
          h('label', { for: 'save-name' }, t(lang, 'viewName')),
          nameInput,
          h('button', { type: 'submit', class: 'btn utrecht-button utrecht-button--primary-action' }, t(lang, 'saveView')),
        ),
        saved.length
          ? h(
              'ul',
              { class: 'saved' },
              saved.map((v, i) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'link', onclick: () => actions.go(v.query) }, v.name),
                  ' ',
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn small secondary utrecht-button utrecht-button--secondary-action',
                      'aria-label': `${t(lang, 'delete')}: ${v.name}`,
                      onclick: () => {
                        write(SAVED_KEY, saved.filter((_, j) => j !== i));
                        lastKey = '';
                        panel.render(store.get());
                      },
                    },
                    t(lang, 'delete'),
                  ),
                ),
              ),
            )
          : h('p', { class: 'muted' }, t(lang, 'noSavedViews')),
        h('h2', { class: 'panel-title' }, t(lang, 'tour')),
        h('label', { for: 'tour-text' }, t(lang, 'tourStepText')),
        stepInput,
        h(
          'div',
          { class: 'button-row' },
          h(
            'button',
            {
              type: 'button',
              class: 'btn utrecht-button utrecht-button--primary-action',
              onclick: () => {
                const text = stepInput.value.trim();
                write(DRAFT_KEY, [...draft, { title: `${draft.length + 1}`, text, query: actions.currentQuery() }]);
                lastKey = '';
                panel.render(store.get());
              },
            },
            t(lang, 'tourAddStep'),
          ),
        ),
        draft.length
          ? h(
              'div',
              {},
              h('ol', { class: 'steps' }, draft.map((st) => h('li', {}, st.text || st.query))),
              h(
                'div',
                { class: 'button-row' },
                h('button', { type: 'button', class: 'btn utrecht-button utrecht-button--primary-action', onclick: () => startTour(draft, false) }, t(lang, 'tour') + ' ▶'),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn secondary utrecht-button utrecht-button--secondary-action',
                    onclick: () => {
                      const link = `${location.origin}${location.pathname}${tourHash({ steps: draft, index: 0, readOnly: true })}`;
                      shareOut.value = link;
                      shareOut.hidden = false;
                      shareOut.select();
                      void navigator.clipboard?.writeText(link).catch(() => undefined);
                      store.dispatch({ type: 'announce', message: t(lang, 'tourCopied') });
                    },
                  },
                  t(lang, 'tourShare'),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn secondary utrecht-button utrecht-button--secondary-action',
                    onclick: () => {
                      write(DRAFT_KEY, []);
                      lastKey = '';
                      panel.render(store.get());
                    },
                  },
                  t(lang, 'delete'),
                ),
              ),
              shareOut,
            )
          : null,
      );
    },
  };

  function renderBar(s: State): void {
    const tour = s.tour;
    const key = JSON.stringify([s.lang, tour?.index, tour?.steps.length, tour?.readOnly]);
    if (key === lastBarKey) return;
    lastBarKey = key;
    bar.hidden = !tour;
    if (!tour) {
      fill(bar);
      return;
    }
    const lang = s.lang;
    const step = tour.steps[tour.index]!;
    const goTo = (index: number) => {
      const next: Tour = { ...tour, index };
      store.dispatch({ type: 'tour', tour: next });
      actions.go(tour.steps[index]!.query);
      if (tour.readOnly) history.replaceState(null, '', `${location.pathname}${location.search}${tourHash(next)}`);
    };
    fill(
      bar,
      h('p', { class: 'tour-step' }, h('strong', {}, t(lang, 'tourStep', { i: tour.index + 1, n: tour.steps.length })), tour.readOnly ? h('span', { class: 'muted' }, ` · ${t(lang, 'tourReadOnly')}`) : null),
      h('p', { class: 'tour-text' }, step.text),
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', class: 'btn secondary utrecht-button utrecht-button--secondary-action', disabled: tour.index === 0, onclick: () => goTo(tour.index - 1) }, '← ' + t(lang, 'tourPrev')),
        h('button', { type: 'button', class: 'btn utrecht-button utrecht-button--primary-action', disabled: tour.index >= tour.steps.length - 1, onclick: () => goTo(tour.index + 1) }, t(lang, 'tourNext') + ' →'),
        h(
          'button',
          {
            type: 'button',
            class: 'btn secondary utrecht-button utrecht-button--secondary-action',
            onclick: () => {
              store.dispatch({ type: 'tour', tour: null });
              history.replaceState(null, '', `${location.pathname}${location.search}`);
            },
          },
          t(lang, 'tourEnd'),
        ),
      ),
    );
  }

  return { ...panel, startTour };
}
