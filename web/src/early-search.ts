/**
 * The search box is on screen before the explorer's code is in (on a slow line, seconds later).
 * Until then Enter must not submit the form the browser's way, which reloads the page and loses
 * what was typed: it is held here, and the search takes it up when it mounts (views/search.ts).
 */
let entered = false;
const hold = (ev: Event) => {
  ev.preventDefault();
  entered = true;
};

export function holdEarlySearch(form: HTMLElement | null): void {
  form?.addEventListener('submit', hold);
}

/** Hands the form over to the search: whether Enter was pressed before it was there. */
export function takeEarlySearch(form: HTMLElement): boolean {
  form.removeEventListener('submit', hold);
  return entered;
}
