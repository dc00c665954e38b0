/**
 * What a reader types into a form that opts in (`data-draft="name"`) is kept in this browser until
 * the form is sent: a reload, a crashed tab, a lost connection or the panel drawn anew (in another
 * language) loses nothing. Drafts are kept per signed-in person (localStorage, under their email)
 * and forgotten at sign-out, so the next person at a shared computer does not find them.
 * Passwords, files and hidden fields are never kept.
 */
const PREFIX = 'newtowns.draft.';
const SKIPPED = new Set(['password', 'file', 'hidden', 'submit', 'button', 'reset']);

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
export type Draft = Record<string, string[]>;

export interface Drafts {
  /** The form was sent: its draft is no longer needed. */
  forget(name: string): void;
  /** Sign-out: every draft of the person who was signed in. */
  forgetAll(): void;
}

function fields(form: HTMLFormElement): Field[] {
  return [...form.elements].filter((el): el is Field => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) && el.name !== '' && !SKIPPED.has((el as HTMLInputElement).type));
}

/** The form's values by field name: what is ticked, chosen or typed. */
export function draftOf(form: HTMLFormElement): Draft {
  const out: Draft = {};
  for (const el of fields(form)) {
    const values =
      el instanceof HTMLSelectElement
        ? [...el.selectedOptions].map((o) => o.value)
        : el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
          ? el.checked
            ? [el.value]
            : []
          : [el.value];
    (out[el.name] ??= []).push(...values);
  }
  return out;
}

/** Puts `draft` back into the form's fields; fields it does not name keep what they have. */
export function restoreDraft(form: HTMLFormElement, draft: Draft): void {
  for (const el of fields(form)) {
    const values = draft[el.name];
    if (!values) continue;
    if (el instanceof HTMLSelectElement) for (const o of el.options) o.selected = values.includes(o.value);
    else if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) el.checked = values.includes(el.value);
    else el.value = values[0] ?? '';
  }
}

export function keepDrafts(root: HTMLElement, owner: () => string | null, storage: Storage = localStorage): Drafts {
  const key = (name: string) => {
    const who = owner();
    return who ? `${PREFIX}${who}.${name}` : null;
  };
  const read = (k: string): Draft | null => {
    try {
      const value = JSON.parse(storage.getItem(k) ?? 'null') as unknown;
      return value && typeof value === 'object' ? (value as Draft) : null;
    } catch {
      return null;
    }
  };
  const save = (form: HTMLFormElement) => {
    const k = key(form.dataset.draft!);
    if (!k) return;
    try {
      storage.setItem(k, JSON.stringify(draftOf(form)));
    } catch {
      // Storage full or refused (private mode): the form still works, it is only not kept.
    }
  };
  const onEdit = (ev: Event) => {
    const form = (ev.target as Element | null)?.closest?.('form[data-draft]');
    if (form instanceof HTMLFormElement) save(form);
  };
  root.addEventListener('input', onEdit);
  root.addEventListener('change', onEdit);

  const restoreIn = (node: Node) => {
    if (!(node instanceof Element)) return;
    const forms = node.matches('form[data-draft]') ? [node] : [...node.querySelectorAll('form[data-draft]')];
    for (const form of forms) {
      const k = key((form as HTMLFormElement).dataset.draft!);
      const draft = k ? read(k) : null;
      if (draft) restoreDraft(form as HTMLFormElement, draft);
    }
  };
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(restoreIn))).observe(root, { childList: true, subtree: true });

  return {
    forget(name) {
      const k = key(name);
      if (k) storage.removeItem(k);
    },
    forgetAll() {
      const k = key('');
      if (!k) return;
      for (let i = storage.length - 1; i >= 0; i--) {
        const name = storage.key(i);
        if (name?.startsWith(k)) storage.removeItem(name);
      }
    },
  };
}
