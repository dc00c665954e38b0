/** A tiny DOM helper: h('button', {class: 'x', onclick}, 'text'). No framework, few surprises. */
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

/**
 * Replace the children of an element. Keyboard focus inside it stays on the element with the same
 * id in the new content: a panel that draws itself anew (a checkbox ticked, a list chosen from)
 * must not drop its reader's focus to <body>.
 */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  const active = document.activeElement as HTMLElement | null;
  const keep = active && active !== el && el.contains(active) && active.id ? active.id : null;
  el.replaceChildren(...children.flat().filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  if (keep && !el.contains(document.activeElement)) (el.querySelector(`#${CSS.escape(keep)}`) as HTMLElement | null)?.focus({ preventScroll: true });
}

/** How long a select list waits, after an arrow key or a typed letter, before it applies the choice. */
export const SELECT_PAUSE_MS = 800;

/**
 * A select list that does not act on every arrow press: a choice by pointer applies at once, one by
 * keyboard on Enter, on leaving the list, or after SELECT_PAUSE_MS without another key (typing
 * "Vergr" lands on Vergrijzing and loads it once, not V..., e..., r...).
 */
export function deferredChange(select: HTMLSelectElement, apply: (value: string) => void): HTMLSelectElement {
  let applied = select.value;
  let byKey = false;
  let timer: number | undefined;
  const commit = () => {
    window.clearTimeout(timer);
    if (select.value === applied) return;
    applied = select.value;
    apply(select.value);
  };
  select.addEventListener('keydown', (ev) => {
    byKey = true;
    if (ev.key === 'Enter') {
      ev.preventDefault();
      commit();
    }
  });
  select.addEventListener('pointerdown', () => (byKey = false));
  select.addEventListener('change', () => {
    window.clearTimeout(timer);
    if (byKey) timer = window.setTimeout(commit, SELECT_PAUSE_MS);
    else commit();
  });
  select.addEventListener('blur', commit);
  return select;
}
