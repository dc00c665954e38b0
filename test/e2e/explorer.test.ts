/**
 * The explorer in a real headless Chromium against the real server and the seed graph: the main
 * paths a participant takes, keyboard only where it matters, accessibility (axe) on each view,
 * and no console errors anywhere.
 */
import fs from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { axe, cyCount, drawnNodes, explorerSuite, openPage, overlapping, rowIds, screenshot, waitForGraph, waitForLayout } from './support.ts';

const NETWORK = 'actor:leernetwerk-toekomstbestendige-new-towns';
const ALMERE = 'municipality:GM0034';
const CHALLENGE = 'challenge:leefbaarheid-en-veiligheid';

const suite = explorerSuite();
const pages = suite.pages;
const it = suite.it;
const ex = {
  get url() {
    return suite.ex.url;
  },
  get browser() {
    return suite.ex.browser;
  },
};

const ZOETERMEER = 'municipality:GM0637';
const RIVIUM = 'neighbourhood:WK050209';
const OOSTGAARDE_NOORD = 'neighbourhood:WK050205';

const graphBase = (page: Page) => page.evaluate(() => (window.__explorer!.state() as { graph: { base: string } }).graph.base);
const untilBase = (page: Page, id: string) =>
  page.waitForFunction((want) => (window.__explorer?.state() as { graph: { base: string } } | undefined)?.graph.base === want, id, { timeout: 20_000 });

/** Types in the search box and opens the best hit with Enter. */
async function searchAndOpen(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Zoeken' });
  await box.fill(text);
  await page.getByRole('listbox', { name: 'Suggesties' }).getByRole('option').first().filter({ hasText: text }).waitFor();
  await box.press('Enter');
  // The box is emptied when the hit is opened.
  await expect.poll(() => box.inputValue()).toBe('');
}

type Asked = { query?: string; variables?: Record<string, unknown> };
/** A query about `id` (a variable's value). */
const about = (id: string) => (asked: Asked) => Object.values(asked.variables ?? {}).includes(id);

/**
 * Holds the server's answers to the queries `matches` picks until `release()`, which then says what
 * became of the held request ('answered', or how it failed) once a late answer would have landed.
 */
async function holdAnswers(page: Page, matches: (asked: Asked) => boolean): Promise<{ asked: Promise<void>; release(): Promise<string> }> {
  const held = (request: Request) => matches((request.postDataJSON() as Asked | null) ?? {});
  let open = () => {};
  const opened = new Promise<void>((r) => (open = r));
  let asked = () => {};
  const seen = new Promise<void>((r) => (asked = r));
  await page.route('**/graphql', async (route) => {
    if (!held(route.request())) return route.continue();
    asked();
    await opened;
    await route.continue().catch(() => undefined);
  });
  const settled = new Promise<string>((resolve) => {
    page.on('requestfailed', (r) => held(r) && resolve(`failed: ${r.failure()?.errorText}`));
    page.on('requestfinished', (r) => held(r) && resolve('answered'));
  });
  return {
    asked: seen,
    async release() {
      open();
      const outcome = await settled;
      await page.unroute('**/graphql');
      // Two frames for a late answer to land, had it been let through.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      return outcome;
    },
  };
}

// Each test has pages of its own: they run side by side, their waits overlapping.
describe.concurrent('explorer', () => {
  it('opens on the overview: the network, its municipalities and the kopgroep', async ({ open }) => {
    const page = await open('/');
    await waitForGraph(page);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const ids = await rowIds(page);
    expect(ids).toContain(NETWORK);
    expect(ids).toContain(ALMERE);
    // Signatories are marked in words, not only by a border.
    expect(await page.locator('#text-view .tag-signatory').count()).toBeGreaterThanOrEqual(4);
    await expect(page.getByRole('region', { name: 'Details' }).count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: /Zichtbare knooppunten/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('note').first().textContent()).resolves.toMatch(/bewijst niet/);
    await page.waitForTimeout(300);
    await screenshot(page, '01-overview');
    await axe(page, 'overview');
  });

  it('searches with suggestions and opens the best hit in the details panel', async ({ open }) => {
    const page = await open('/');
    await waitForGraph(page);
    const box = page.getByRole('searchbox', { name: 'Zoeken' });
    await box.fill('Almere');
    const list = page.getByRole('listbox', { name: 'Suggesties' });
    await list.getByRole('option').first().waitFor();
    expect(await list.getByRole('option').first().textContent()).toMatch(/Almere/);
    // The polite live region counts the suggestions.
    const count = await list.getByRole('option').count();
    expect(await page.locator('.search-status').textContent()).toBe(`${count} suggesties. Pijltjestoetsen om te kiezen, Enter om te openen.`);
    expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    // No option is active yet: Enter opens the best hit.
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    await box.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.locator('h4', { hasText: 'Eigenschappen' }).waitFor();
    expect(await details.locator('h3').textContent()).toMatch(/Almere/);
    const text = await details.textContent();
    expect(text).toMatch(/CBS-gemeentecode/); // ontology names for properties
    expect(text).toMatch(/GM0034/);
    expect(text).toMatch(/Relaties/);
    expect(text).toMatch(/Herkomst/);
    expect(page.url()).toContain(`node=${ALMERE}`);
    await details.locator('h4', { hasText: 'Bronnen' }).waitFor();
    expect(await details.locator('.sources a[href^="http"]').count()).toBeGreaterThan(0);
    await screenshot(page, '02-search-details');
    await axe(page, 'details');
  });

  it('expands and collapses a node, removes one, and undoes and redoes', async ({ open }) => {
    const page = await open(`/?view=network&focus=${ALMERE}`);
    await waitForGraph(page);
    const before = await cyCount(page);
    const row = page.locator(`#text-view tr[data-id="${CHALLENGE}"]`);
    await row.getByRole('button', { name: /Uitklappen/ }).click();
    await page.waitForFunction((n) => Object.keys((window.__explorer!.state() as { graph: { nodes: object } }).graph.nodes).length > n, before);
    const expanded = await cyCount(page);
    expect(page.url()).toContain(`expand=${CHALLENGE}`);
    await page.locator(`#text-view tr[data-id="${CHALLENGE}"]`).getByRole('button', { name: /Inklappen/ }).click();
    await page.waitForFunction((n) => Object.keys((window.__explorer!.state() as { graph: { nodes: object } }).graph.nodes).length === n, before);
    await page.locator('#undo').click();
    expect(await cyCount(page)).toBe(expanded);
    await page.locator('#redo').click();
    expect(await cyCount(page)).toBe(before);
    await page.locator(`#text-view tr[data-id="${CHALLENGE}"]`).getByRole('button', { name: /Verwijderen/ }).click();
    expect(await rowIds(page)).not.toContain(CHALLENGE);
    expect(page.url()).toContain(`remove=${CHALLENGE}`);
  });

  it('filters by label through the legend, and by confidence and domain', async ({ open }) => {
    const page = await open('/');
    await waitForGraph(page);
    expect((await rowIds(page)).some((id) => id.startsWith('municipality:'))).toBe(true);
    await page.getByRole('checkbox', { name: /Gemeenten/ }).uncheck();
    expect((await rowIds(page)).some((id) => id.startsWith('municipality:'))).toBe(false);
    expect(page.url()).toContain('hide=Municipality');
    await page.getByRole('checkbox', { name: /Gemeenten/ }).check();
    await page.getByRole('checkbox', { name: 'Hypothese' }).uncheck();
    expect(page.url()).toContain('hideConfidence=hypothesis');
    await page.getByLabel('Domein').selectOption('wonen');
    expect(page.url()).toContain('domain=wonen');
    await screenshot(page, '03-filtered');
  });

  it('filters by municipality with what the server relates to it', async ({ open }) => {
    const page = await open(`/?view=network&focus=${CHALLENGE}`);
    await waitForGraph(page);
    const before = await rowIds(page);
    await page.getByLabel('Gemeente', { exact: true }).selectOption(ALMERE);
    const status = page.locator('#municipality-status');
    await status.filter({ hasText: /De graaf kent \d+ knooppunten bij Almere/ }).waitFor();
    const related = await page.evaluate(() => (window.__explorer!.state() as { municipalityNodes: { ids: string[] } }).municipalityNodes.ids);
    // The server's answer includes what the loaded graph cannot show: Almere's neighbourhoods.
    expect(related).toContain(ALMERE);
    expect(related).toContain(CHALLENGE);
    expect(related.some((id) => id.startsWith('neighbourhood:'))).toBe(true);
    const after = await rowIds(page);
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((id) => related.includes(id))).toBe(true);
    expect(before.filter((id) => related.includes(id)).sort()).toEqual([...after].sort());
    expect(page.url()).toContain(`municipality=${ALMERE}`);
    // Another town gives another answer.
    await page.getByLabel('Gemeente', { exact: true }).selectOption(ZOETERMEER);
    await status.filter({ hasText: /De graaf kent \d+ knooppunten bij Zoetermeer/ }).waitFor();
    const zoetermeer = await page.evaluate(() => (window.__explorer!.state() as { municipalityNodes: { ids: string[] } }).municipalityNodes.ids);
    expect(zoetermeer).not.toContain(ALMERE);
    await screenshot(page, '03b-municipality');
    await axe(page, 'municipality filter');
  });

  // Alone: it gives the panel 2 s to come, and gives the page 500 ms in which nothing may load.
  it.sequential('loads the code of saved views and tours when asked for, not with the first screen', async ({ open }) => {
    // Not in the page's first scripts: index.html neither loads nor preloads it.
    const html = await (await fetch(ex.url + '/')).text();
    const tourChunk = /tour-[\w-]+\.js/;
    expect(html).toMatch(/index-[\w-]+\.js/);
    expect(html).not.toMatch(tourChunk);
    // A window too low to show the panel: the graph is there, the tour code is not.
    const page = await open('/', { viewport: { width: 1440, height: 600 } });
    await waitForGraph(page);
    await page.waitForTimeout(500);
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!));
    expect((await scripts()).some((f) => tourChunk.test(f))).toBe(false);
    // Nor the hyphenation patterns: only the causal view needs them.
    expect(html).not.toMatch(/hyphen-/);
    expect((await scripts()).filter((f) => /hyphen-/.test(f))).toEqual([]);
    expect(await page.locator('#views-panel').textContent()).toBe('');
    // Scrolled into view, the panel loads its code and draws itself.
    await page.locator('#views-panel').scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Opgeslagen weergaven' }).waitFor({ timeout: 2000 });
    expect((await scripts()).some((f) => tourChunk.test(f))).toBe(true);
    // A keyboard user entering the sidebar gets it before reaching it.
    const keyboard = await open('/', { viewport: { width: 1440, height: 600 } });
    await waitForGraph(keyboard);
    expect(await keyboard.locator('#views-panel').textContent()).toBe('');
    await keyboard.getByRole('checkbox', { name: /Gemeenten/ }).focus();
    await keyboard.getByRole('heading', { name: 'Opgeslagen weergaven' }).waitFor({ timeout: 2000 });
    // Left alone, the page fetches it a few seconds after the first screen (8 s, on a clock
    // moved on for the test: not before, then at once).
    const idle = await open('/', { viewport: { width: 1440, height: 600 }, clock: true });
    await waitForGraph(idle);
    expect(await idle.locator('#views-panel').textContent()).toBe('');
    await idle.clock.fastForward(8000);
    await idle.getByRole('heading', { name: 'Opgeslagen weergaven' }).waitFor({ timeout: 5000 });
  });

  it('lays a big view out with the quick layout, its unconnected nodes apart, labels included', async ({ open }) => {
    // 1,000 elements (the bench's synthetic graph): above the line where the quick layout
    // replaces fcose, below the one where labels hide when zoomed out.
    const page = await open('/?bench=1000');
    await page.waitForFunction(() => (window.__explorer?.nodes().length ?? 0) >= 400, null, { timeout: 20_000 });
    await waitForLayout(page);
    const drawn = await drawnNodes(page);
    const edges = await page.evaluate(() => Object.values((window.__explorer!.state() as { graph: { edges: Record<string, { source: string; target: string }> } }).graph.edges));
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    const loose = drawn.filter((n) => !linked.has(n.id));
    expect(loose.length).toBeGreaterThan(10);
    // As Cytoscape measures them: no two unconnected nodes' labels meet, and none lies on a
    // connected node or its label.
    expect(overlapping(loose)).toEqual([]);
    const others = drawn.filter((n) => linked.has(n.id));
    const hits = loose.flatMap((a) => others.filter((b) => a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2).map((b) => `${a.id} × ${b.id}`));
    expect(hits).toEqual([]);
    await screenshot(page, '09-big-quick-layout');
  });

  it('compares municipalities in a table', async ({ open }) => {
    const page = await open(`/?view=compare&compare=${ALMERE},municipality:GM0637`);
    await page.getByRole('table', { name: /Vergelijking van gemeenten/ }).waitFor({ timeout: 20_000 });
    const headers = await page.$$eval('.compare-table thead th', (ths) => ths.map((t) => t.textContent));
    expect(headers.join(' ')).toMatch(/Almere/);
    expect(headers.join(' ')).toMatch(/Zoetermeer/);
    expect(await page.locator('.compare-table tbody tr').count()).toBeGreaterThan(0);
    // Header cells are real headers, and claims carry their sources as links.
    expect(await page.locator('.compare-table thead th[scope="col"]').count()).toBe(3);
    expect(await page.locator('.compare-table tbody th[scope="row"]').count()).toBe(await page.locator('.compare-table tbody tr').count());
    const links = page.locator('.compare-table td.yes .cell-sources a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('rel')).toContain('noopener');
    // A present cell without any source would claim what the graph cannot back.
    expect(await page.locator('.compare-table td.yes:not(:has(.cell-sources))').count()).toBe(await page.locator('.compare-table td.yes:has-text("geen bron vermeld")').count());
    await screenshot(page, '05-compare');
    await axe(page, 'compare');
  });

  it('shows the graph asked for last, and cancels the request of one asked for before it', async ({ open }) => {
    const page = await open(`/?view=network&focus=${ALMERE}`);
    await waitForGraph(page);
    // The first one's answer is held until the second one is on screen.
    const held = await holdAnswers(page, about(RIVIUM));
    await searchAndOpen(page, 'Rivium');
    await searchAndOpen(page, 'Oostgaarde Noord');
    await untilBase(page, OOSTGAARDE_NOORD);
    const outcome = await held.release();
    expect(await graphBase(page)).toBe(OOSTGAARDE_NOORD);
    expect(outcome).toBe('failed: net::ERR_ABORTED');
    expect(page.url()).toContain(`focus=${OOSTGAARDE_NOORD}`);
    expect(await rowIds(page)).not.toContain(RIVIUM);
    expect(await page.locator('#error').isHidden()).toBe(true);
  });

  it('keeps what was typed and entered in the search box before the explorer was in, and opens it', async () => {
    const watched = await openPage(ex.browser, 'about:blank');
    pages.push(watched);
    const { page } = watched;
    // The explorer's code held back, as on a slow line.
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(ex.url + '/');
    const box = page.getByRole('searchbox', { name: 'Zoeken' });
    await box.fill('Rivium');
    await page.evaluate(() => ((window as { typedHere?: boolean }).typedHere = true));
    await box.press('Enter');
    release();
    await untilBase(page, RIVIUM);
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('focus') === id, RIVIUM);
    // The same page, not one the browser reloaded for the form.
    expect(await page.evaluate(() => (window as { typedHere?: boolean }).typedHere)).toBe(true);
    await page.unroute(/\/assets\/app-[\w-]+\.js$/);
  });

  it('opens a node before the overview of the first screen has arrived, and gives it its link at once', async () => {
    const watched = await openPage(ex.browser, 'about:blank');
    pages.push(watched);
    const { page } = watched;
    const held = await holdAnswers(page, (asked) => Boolean(asked.query?.startsWith('query Overview')));
    await page.goto(ex.url + '/');
    await held.asked;
    await searchAndOpen(page, 'Rivium');
    await untilBase(page, RIVIUM);
    // The link is written while the overview is still on its way (the pickers wait for it).
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('focus') === id, RIVIUM);
    expect(await held.release()).toBe('answered');
    expect(await graphBase(page)).toBe(RIVIUM);
    expect(page.url()).toContain(`focus=${RIVIUM}`);
    expect(await page.locator('#error').isHidden()).toBe(true);
  });

  it('goes back twice before the first step has arrived, and shows where it went, its history intact', async ({ open }) => {
    const page = await open(`/?view=network&focus=${ALMERE}`);
    await waitForGraph(page);
    await searchAndOpen(page, 'Rivium');
    await untilBase(page, RIVIUM);
    await searchAndOpen(page, 'Oostgaarde Noord');
    await untilBase(page, OOSTGAARDE_NOORD);
    const entries = await page.evaluate(() => history.length);
    const held = await holdAnswers(page, about(RIVIUM));
    await page.evaluate(() => history.back());
    await held.asked;
    await page.evaluate(() => history.back());
    await untilBase(page, ALMERE);
    const outcome = await held.release();
    expect(await graphBase(page)).toBe(ALMERE);
    expect(outcome).toBe('failed: net::ERR_ABORTED');
    expect(page.url()).toContain(`focus=${ALMERE}`);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // Forward again: the step that was cut short is asked for anew, and the one after it is still there.
    await page.evaluate(() => history.forward());
    await untilBase(page, RIVIUM);
    expect(page.url()).toContain(`focus=${RIVIUM}`);
    await page.evaluate(() => history.forward());
    await untilBase(page, OOSTGAARDE_NOORD);
    expect(await page.locator('#error').isHidden()).toBe(true);
  });

  it('opens another node while going back, and gives it a history entry after the one gone back to', async ({ open }) => {
    const page = await open(`/?view=network&focus=${ALMERE}`);
    await waitForGraph(page);
    await searchAndOpen(page, 'Rivium');
    await untilBase(page, RIVIUM);
    const held = await holdAnswers(page, about(ALMERE));
    await page.evaluate(() => history.back());
    await held.asked;
    await searchAndOpen(page, 'Oostgaarde Noord');
    await untilBase(page, OOSTGAARDE_NOORD);
    expect(await held.release()).toBe('failed: net::ERR_ABORTED');
    expect(await graphBase(page)).toBe(OOSTGAARDE_NOORD);
    expect(page.url()).toContain(`focus=${OOSTGAARDE_NOORD}`);
    // The entry gone back to kept its link: back once more rebuilds it.
    await page.evaluate(() => history.back());
    await untilBase(page, ALMERE);
    expect(page.url()).toContain(`focus=${ALMERE}`);
    expect(await page.locator('#error').isHidden()).toBe(true);
  });

  it('cancels the question about a town when another is chosen before the answer', async ({ open }) => {
    const page = await open(`/?view=network&focus=${CHALLENGE}`);
    await waitForGraph(page);
    const held = await holdAnswers(page, about(ALMERE));
    const town = page.getByLabel('Gemeente', { exact: true });
    await town.selectOption(ALMERE);
    await held.asked;
    await town.selectOption(ZOETERMEER);
    await page.locator('#municipality-status').filter({ hasText: /De graaf kent \d+ knooppunten bij Zoetermeer/ }).waitFor();
    expect(await held.release()).toBe('failed: net::ERR_ABORTED');
    expect(await page.evaluate(() => (window.__explorer!.state() as { municipalityNodes: { id: string } }).municipalityNodes.id)).toBe(ZOETERMEER);
    expect(await page.locator('#municipality-status').textContent()).toMatch(/Zoetermeer/);
  });

  it('restores a view from its link, and the back button returns to the previous one', async ({ open }) => {
    const page = await open(`/?view=network&focus=${ALMERE}&expand=${CHALLENGE}&node=${CHALLENGE}&hide=Source`);
    await waitForGraph(page);
    const details = page.getByRole('region', { name: 'Details' });
    await details.locator('h4', { hasText: 'Eigenschappen' }).waitFor();
    expect(await details.locator('h3').textContent()).toMatch(/[Ll]eefbaarheid/);
    const ids = await rowIds(page);
    expect(ids).toContain(CHALLENGE);
    expect(ids.some((id) => id.startsWith('source:'))).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Bronnen/ }).isChecked()).toBe(false);
    await page.getByRole('link', { name: 'Oorzaken' }).click();
    await page.waitForFunction(() => location.search.includes('view=causal'));
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('view=network'));
    await waitForGraph(page);
    expect(await rowIds(page)).toContain(CHALLENGE);
  });

  it('switches to English and remembers it', async ({ open }) => {
    const page = await open('/');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    await page.getByRole('table', { name: /Visible nodes/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Municipalities/ }).count()).toBe(1);
    await page.reload();
    await waitForGraph(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).waitFor();
    await screenshot(page, '06-english');
    await axe(page, 'english');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('exports PNG, SVG, JSON and CSV', async ({ open }) => {
    const page = await open('/');
    await waitForGraph(page);
    await page.waitForTimeout(300);
    for (const [button, ext] of [['PNG', 'png'], ['SVG', 'svg'], ['JSON', 'json'], ['CSV', 'csv']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
      const file = await download.path();
      const body = fs.readFileSync(file);
      expect(body.length).toBeGreaterThan(100);
      if (ext === 'png') expect(body.subarray(1, 4).toString()).toBe('PNG');
      if (ext === 'svg') expect(body.toString()).toMatch(/<svg[\s\S]*Almere/);
      if (ext === 'json') expect(JSON.parse(body.toString()).nodes.some((n: { id: string }) => n.id === ALMERE)).toBe(true);
      if (ext === 'csv') expect(body.toString()).toMatch(/^\ufeffElement;Soort;Naam;Van;Verband;Naar;/);
    }
  });

  it('works by keyboard alone: search, open and expand', async ({ open }) => {
    const page = await open('/');
    await waitForGraph(page);
    // The skip link comes first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    // Typed a key at a time, a pause between keys starts a search for the first letters: the
    // suggestions to move through are those for the whole word, once they are drawn.
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postDataJSON() as Asked | null)?.variables?.text === 'vergrijzing');
    await page.keyboard.type('vergrijzing');
    await (await answered).finished();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForSelector('#search-suggestions:not([hidden]) [role="option"]');
    // Arrows move the active option while focus stays in the box; Escape closes the list.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = () => page.evaluate(() => document.getElementById('search')!.getAttribute('aria-activedescendant'));
    const options = await page.$$eval('#search-suggestions [role="option"]', (os) => os.map((o) => o.id));
    expect(await active()).toBe(options[Math.min(1, options.length - 1)]);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(options[0]);
    expect(await page.getAttribute(`#${options[0]}`, 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await screenshot(page, '07a-suggestions');
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-suggestions').isHidden()).toBe(true);
    expect(await active()).toBeNull();
    await page.keyboard.type(' ');
    await page.waitForSelector('#search-suggestions:not([hidden]) [role="option"]');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.textContent(`#${(await active())!} .suggestion-name`);
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.locator('h4', { hasText: 'Eigenschappen' }).waitFor();
    const selected = await page.evaluate(() => (window.__explorer!.state() as { selected: string }).selected);
    expect(selected).toMatch(/vergrijzing/);
    expect(await details.locator('h3').textContent()).toBe(chosen);
    // Expand from the text view with the keyboard: focus the row's button, Enter.
    const before = await cyCount(page);
    const target = (await rowIds(page)).find((id) => id !== selected)!;
    await page.locator(`#text-view tr[data-id="${target}"] button[data-action="expand"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window.__explorer!.state() as { graph: { expanded: string[] } }).graph.expanded.includes(id), target);
    expect(await cyCount(page)).toBeGreaterThanOrEqual(before);
    // Focus stays on the row, whose button now collapses.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Inklappen');
    // The canvas: arrows select a node, Enter expands it.
    await page.locator('#graph-area').focus();
    await page.keyboard.press('ArrowRight');
    const sel = await page.evaluate(() => (window.__explorer!.state() as { selected: string | null }).selected);
    expect(sel).toBeTruthy();
    await screenshot(page, '07-keyboard');
  });

  it('plays a shared tour read-only and keeps saved views', async ({ open }) => {
    const page = await open('/');
    await waitForGraph(page);
    // Scrolled to, as a reader would: the panel's code loads when it comes into view.
    await page.locator('#views-panel').scrollIntoViewIfNeeded();
    await page.getByLabel('Tekst bij deze stap').fill('Het netwerk en zijn gemeenten.');
    await page.getByRole('button', { name: 'Huidige weergave als stap toevoegen' }).click();
    await page.goto(`${ex.url}/?view=causal&challenge=${CHALLENGE}`);
    await waitForGraph(page);
    await page.locator('#views-panel').scrollIntoViewIfNeeded();
    await page.getByLabel('Tekst bij deze stap').fill('Wat leidt tot minder leefbaarheid?');
    await page.getByRole('button', { name: 'Huidige weergave als stap toevoegen' }).click();
    await page.getByLabel('Naam van de weergave').fill('Leefbaarheid');
    await page.getByRole('button', { name: 'Weergave opslaan' }).click();
    expect(await page.getByRole('button', { name: 'Leefbaarheid', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Link naar rondleiding kopiëren' }).click();
    const link = await page.locator('#tour-link').inputValue();
    expect(link).toContain('#tour=');
    const viewer = await open(link.replace(ex.url, ''));
    await viewer.getByText('Stap 1 van 2').waitFor();
    await waitForGraph(viewer);
    expect(await viewer.locator('.tour-text').textContent()).toBe('Het netwerk en zijn gemeenten.');
    await viewer.getByRole('button', { name: /Volgende stap/ }).click();
    await viewer.getByText('Stap 2 van 2').waitFor();
    await viewer.waitForFunction(() => location.search.includes('view=causal'));
    await waitForGraph(viewer);
    await viewer.waitForTimeout(500);
    await screenshot(viewer, '08-tour');
  });
});

describe('explorer, after the rest', () => {
  it('logged no console errors on any page', () => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
