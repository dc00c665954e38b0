/**
 * The explorer by keyboard alone, end to end, in a real Chromium on the seed graph: search and
 * open a town, open one of its challenges, switch to Oorzaken and choose a challenge with the arrow
 * keys, open a claim, compare two towns, export. Only keys move focus (Tab, Shift+Tab, arrows,
 * Enter, Space); after every key focus is somewhere, never on <body>.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerSuite, screenshot, waitForGraph } from './support.ts';

const suite = explorerSuite();

const ALMERE = 'municipality:GM0034';
const ZOETERMEER = 'municipality:GM0637';

type Focus = { tag: string; id: string; text: string; inside: string; claim: string | null };
const focused = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const region = el?.closest('[id]')?.id ?? '';
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', text: (el?.textContent ?? '').trim().slice(0, 120), inside: el === document.body ? 'body' : region, claim: el?.closest('tr[data-claim]')?.getAttribute('data-claim') ?? null };
  });
const state = <T>(page: Page, pick: string): Promise<T> => page.evaluate((k) => (window.__explorer!.state() as Record<string, unknown>)[k] as T, pick);

/** Presses `key`, then checks focus did not fall to <body>. */
async function press(page: Page, key: string): Promise<Focus> {
  await page.keyboard.press(key);
  const f = await focused(page);
  expect(f.tag, `focus after ${key}`).not.toBe('body');
  return f;
}

/** Tab (or Shift+Tab) until `want` holds for the focused element, at most `max` presses. */
async function tabTo(page: Page, want: (f: Focus) => boolean, options: { back?: boolean; max?: number } = {}): Promise<Focus> {
  for (let i = 0; i < (options.max ?? 200); i++) {
    const f = await press(page, options.back ? 'Shift+Tab' : 'Tab');
    if (want(f)) return f;
  }
  throw new Error('the element was not reached by Tab');
}

describe('keyboard only', () => {
  it('searches and opens a town, a challenge of it, the causal view, a claim, a comparison and its export', async () => {
    const page = await suite.open('/');
    await waitForGraph(page);

    // 1. Search (a typo) and open the town: focus lands on its details.
    await tabTo(page, (f) => f.id === 'search', { max: 3 });
    await page.keyboard.type('Almre');
    await page.locator('#search-suggestions [role="option"]').first().filter({ hasText: /^.*Almere$/ }).waitFor();
    await press(page, 'Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'details-title');
    expect((await focused(page)).text).toBe('Almere');
    expect(await state(page, 'selected')).toBe(ALMERE);
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Relaties' }).waitFor();
    await screenshot(page, 'keyboard-1-town');

    // 2. One of its challenges, from the details' relationships ("staat voor").
    const challenge = await tabTo(page, (f) => f.inside === 'details' && f.tag === 'button' && /^(Toenemende|Dalende|Achterblijvende|Vernieuwing)/.test(f.text));
    await press(page, 'Enter');
    await page.waitForFunction((name) => document.activeElement?.id === 'details-title' && document.activeElement.textContent === name, challenge.text);
    const chosen = await state<string>(page, 'selected');
    expect(chosen).toMatch(/^challenge:/);

    // 3. Oorzaken: the challenge comes along.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Oorzaken', { back: true });
    await press(page, 'Enter');
    await page.waitForFunction((id) => (window.__explorer!.state() as { view: string; challenge: string; loading: boolean; causal: { challenge: string } | null }).causal?.challenge === id, chosen);
    expect(await page.locator('#causal-challenge').inputValue()).toBe(chosen);
    await screenshot(page, 'keyboard-2-causal-carried');

    // 4. Another challenge with the arrow keys: nothing loads per arrow, Enter applies, focus stays.
    await tabTo(page, (f) => f.id === 'causal-challenge');
    await press(page, 'ArrowDown');
    await press(page, 'ArrowDown');
    const picked = await page.locator('#causal-challenge').inputValue();
    expect(picked).not.toBe(chosen);
    expect(await state(page, 'challenge')).toBe(chosen);
    await press(page, 'Enter');
    await page.waitForFunction((id) => (window.__explorer!.state() as { causal: { challenge: string } | null; loading: boolean }).causal?.challenge === id, picked);
    expect((await focused(page)).id).toBe('causal-challenge');
    // Typing a name's start lands on it and loads it once, after a pause.
    await page.keyboard.type('Vergr');
    expect((await focused(page)).id).toBe('causal-challenge');
    expect(await page.locator('#causal-challenge').inputValue()).toBe('challenge:vergrijzing');
    await page.waitForFunction(() => (window.__explorer!.state() as { causal: { challenge: string } | null }).causal?.challenge === 'challenge:vergrijzing');
    expect((await focused(page)).id).toBe('causal-challenge');
    await screenshot(page, 'keyboard-3-challenge-by-arrows');

    // 5. A claim: focusing its row shows the card, Enter takes the reader there.
    const row = await tabTo(page, (f) => f.tag === 'button' && Boolean(f.claim), { max: 400 });
    await page.waitForFunction((id) => (window.__explorer!.state() as { claim: string | null }).claim === id, row.claim);
    await press(page, 'Enter');
    await page.waitForFunction((text) => document.activeElement?.id === 'details-title' && document.activeElement.textContent === text, row.text);
    const card = page.getByRole('region', { name: 'Details' });
    await card.getByRole('heading', { name: 'Bronnen van deze bewering' }).waitFor();
    expect(await card.textContent()).toMatch(/Zekerheid/);
    await screenshot(page, 'keyboard-4-claim');

    // 6. Compare two towns: the view starts empty here (no town chosen), Space ticks two.
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Vergelijken', { back: true, max: 400 });
    await press(page, 'Enter');
    await page.locator(`#compare-${CSS_ID(ALMERE)}`).waitFor();
    await tabTo(page, (f) => f.id === `compare-${ALMERE}`);
    await press(page, 'Space');
    await tabTo(page, (f) => f.id === `compare-${ZOETERMEER}`);
    await press(page, 'Space');
    expect((await focused(page)).id).toBe(`compare-${ZOETERMEER}`);
    await page.getByRole('table', { name: /Vergelijking van gemeenten/ }).waitFor({ timeout: 20_000 });
    expect(await state(page, 'compare')).toEqual([ALMERE, ZOETERMEER]);
    await screenshot(page, 'keyboard-5-compare');

    // 7. Export it.
    await tabTo(page, (f) => f.id === 'compare-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
    const csv = fs.readFileSync((await download.path())!).toString('utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.split('\r\n')[0]).toMatch(/;Almere;Zoetermeer;/);
    expect(page.url()).toContain(`compare=${ALMERE},${ZOETERMEER}`);
    expect(suite.pages.flatMap((p) => p.errors)).toEqual([]);
    // One walk through every view, about half a minute on an idle machine: room for a busy one.
  }, 180_000);
});

/** An id as written after `#compare-` in a selector. */
function CSS_ID(id: string): string {
  return id.replace(/[^\w-]/g, (c) => `\\${c}`);
}
