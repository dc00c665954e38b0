/**
 * The explorer in a real headless Chromium against the real server and the seed graph: the main
 * paths a participant takes, keyboard only where it matters, accessibility (axe) on each view,
 * and no console errors anywhere.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import nlHyphen from 'hyphen/nl/index.js';
import type { Page, Request } from 'playwright-core';
import { explorerSuite, openPage, screenshot, waitForGraph } from './support.ts';

const NETWORK = 'actor:leernetwerk-toekomstbestendige-new-towns';
const ALMERE = 'municipality:GM0034';
const CHALLENGE = 'challenge:leefbaarheid-en-veiligheid';

const suite = explorerSuite();
const pages = suite.pages;
const open = suite.open.bind(suite);
const ex = {
  get url() {
    return suite.ex.url;
  },
  get browser() {
    return suite.ex.browser;
  },
};

const rowIds = (page: Page) => page.$$eval('#text-view tbody tr[data-id]', (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
const cyCount = (page: Page) =>
  page.evaluate(() => (window.__explorer?.state() as { graph: { nodes: Record<string, unknown> } }).graph.nodes).then((n) => Object.keys(n).length);

type Drawn = NonNullable<Window['__explorer']>['nodes'] extends () => (infer T)[] ? T : never;
const drawnNodes = (page: Page): Promise<Drawn[]> => page.evaluate(() => window.__explorer!.nodes());

/** Until the canvas shows every visible node of the state, each in a place of its own. */
async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const drawn = window.__explorer!.nodes();
    const places = new Set(drawn.map((n) => `${Math.round(n.position.x)},${Math.round(n.position.y)}`));
    return drawn.length > 1 && places.size === drawn.length;
  }, null, { timeout: 20_000 });
  // A frame for the fit that follows the layout.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Until the language's hyphenation patterns are in and the labels broken and laid out with them. */
async function waitForHyphens(page: Page, lang: 'nl' | 'en'): Promise<void> {
  await page.waitForFunction((l) => (window.__explorer!.state() as { hyphens: string[] }).hyphens.includes(l), lang, { timeout: 20_000 });
  await waitForLayout(page);
}

/** Where Dutch allows a break in `word` (hyphen's patterns, as the explorer loads them): head lengths. */
function dutchBreaks(word: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const c of nlHyphen.hyphenateSync(word)) {
    if (c === '\u00ad') out.push(n);
    else n++;
  }
  return out;
}

/** The smallest label on screen (px), groups' pills aside. */
const smallestLabel = (drawn: Drawn[]) => Math.min(...drawn.filter((n) => !n.data.group).map((n) => n.fontPx));

/** Pairs of nodes whose boxes (shape and label) overlap. */
function overlapping(drawn: Drawn[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i]!.box;
      const b = drawn[j]!.box;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${drawn[i]!.id} × ${drawn[j]!.id}`);
    }
  }
  return out;
}

async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return fs.readFileSync(await d.path()).toString();
}

const ZOETERMEER = 'municipality:GM0637';
const SCHENKEL = 'neighbourhood:WK050206';
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

async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
}

describe('explorer', () => {
  it('opens on the overview: the network, its municipalities and the kopgroep', async () => {
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

  it('searches with suggestions and opens the best hit in the details panel', async () => {
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

  it('expands and collapses a node, removes one, and undoes and redoes', async () => {
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

  it('filters by label through the legend, and by confidence and domain', async () => {
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

  it('filters by municipality with what the server relates to it', async () => {
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

  it('ranks interventions for the chosen municipality in the causal view', async () => {
    const page = await open(`/?view=causal&challenge=${CHALLENGE}&municipality=municipality:GM0356`);
    await waitForGraph(page);
    const region = page.getByRole('region', { name: /Interventies op volgorde/ });
    await region.getByText(/Gerangschikt voor Nieuwegein/).waitFor();
    // Nieuwegein applied some of them: the ranking says so in words.
    expect(await region.textContent()).toMatch(/toegepast in Nieuwegein/);
  });

  it('shows the causal chain of a challenge with polarity and confidence, paths and loops', async () => {
    const page = await open(`/?view=causal&challenge=${CHALLENGE}`, { reducedMotion: false });
    await waitForGraph(page);
    const ids = await rowIds(page);
    expect(ids).toContain(CHALLENGE);
    expect(ids.some((id) => id.startsWith('mechanism:'))).toBe(true);
    const edges = await page.evaluate(() => Object.values((window.__explorer!.state() as { graph: { edges: Record<string, { type: string; properties: Record<string, unknown> }> } }).graph.edges));
    const causes = edges.filter((e) => e.type === 'CAUSES');
    expect(causes.length).toBeGreaterThan(0);
    expect(causes.every((e) => ['+', '-', '?'].includes(String(e.properties.polarity)))).toBe(true);
    expect(edges.some((e) => e.type === 'ADDRESSES')).toBe(true);
    // The server's ranking: the best five as nodes, the rest grouped per node they address.
    const ranked = page.getByRole('region', { name: /Interventies op volgorde/ }).getByRole('listitem');
    const total = await ranked.count();
    expect(total).toBeGreaterThan(5);
    const onMap = ids.filter((id) => id.startsWith('intervention:'));
    expect(onMap.length).toBeGreaterThanOrEqual(5);
    const groups = ids.filter((id) => id.startsWith('group:'));
    expect(groups.length).toBeGreaterThan(0);
    const grouped = await page.evaluate((gs) => gs.map((g) => (window.__explorer!.state() as { graph: { nodes: Record<string, { group: { members: string[] } }> } }).graph.nodes[g]!.group.members.length), groups);
    // Every ranked intervention is either on the map or in exactly one group of two or more.
    expect(grouped.every((n) => n > 1)).toBe(true);
    expect(onMap.length + grouped.reduce((a, b) => a + b, 0)).toBe(total);
    // The list shows the ranking in order with its reasons, and which ones are on the map.
    expect(await ranked.first().textContent()).toMatch(/Score [\d,]+ · .*(stap|opgave zelf)/);
    expect(await ranked.locator('.tag.on-map').count()).toBe(onMap.length);
    expect(await ranked.locator('.tag.grouped').count()).toBe(total - onMap.length);
    // The best five are on the map.
    expect(await ranked.locator('.tag').evaluateAll((tags) => tags.slice(0, 5).every((t) => t.classList.contains('on-map')))).toBe(true);
    await screenshot(page, '04a-causal-ranked');
    // A group's details list its members in rank order, with their reasons.
    const groupRow = page.locator(`#text-view tr[data-id="${groups[0]}"]`);
    await groupRow.getByRole('button', { name: /^\+\d+ interventies$/ }).click();
    const groupDetails = page.getByRole('region', { name: 'Details' });
    await groupDetails.getByRole('heading', { name: `+${grouped[0]} interventies` }).waitFor();
    const memberRanks = await groupDetails.locator('ol.ranked > li').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('value'))));
    expect(memberRanks).toHaveLength(grouped[0]!);
    expect(memberRanks.every((r, i) => r > 5 && (i === 0 || r > memberRanks[i - 1]!))).toBe(true);
    expect(await groupDetails.locator('ol.ranked .reasons').first().textContent()).toMatch(/^Score /);
    await axe(page, 'causal group');
    // It opens from the text view by keyboard, and its members join the map.
    await groupRow.getByRole('button', { name: /Alle \d+ tonen/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((g) => !(window.__explorer!.state() as { graph: { nodes: object } }).graph.nodes.hasOwnProperty(g), groups[0]!);
    expect((await rowIds(page)).filter((id) => id.startsWith('intervention:')).length).toBe(onMap.length + grouped[0]!);
    expect(page.url()).toContain(`groups=${groups[0]!.slice('group:'.length)}`);
    // The details of a ranked intervention say why it ranks there, with sources as links.
    const firstRanked = ranked.first().getByRole('button');
    await firstRanked.click();
    const details = page.getByRole('region', { name: 'Details' });
    const why = details.getByRole('region', { name: /Waarom op deze plaats: Plaats 1/ });
    await why.waitFor();
    expect(await why.textContent()).toMatch(/Pad naar de opgave/);
    expect(await why.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Terugkoppelingen tonen' }).check();
    await page.locator('ul.loops, #causal-panel p.muted').first().waitFor();
    // A path from some mechanism to the challenge.
    const mech = ids.find((id) => id.startsWith('mechanism:'))!;
    await page.locator('#path-from').selectOption(mech);
    await page.locator('#path-to').selectOption(CHALLENGE);
    await page.getByRole('button', { name: 'Pad markeren', exact: true }).click();
    expect(page.url()).toContain('path=');
    await page.waitForTimeout(600);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '04-causal');
    await axe(page, 'causal');
  });

  it('draws the groups of the causal view as groups, every node apart and readable, and exports the real data', async () => {
    const page = await open(`/?view=causal&challenge=${CHALLENGE}`);
    await waitForGraph(page);
    await waitForHyphens(page, 'nl');
    const drawn = await drawnNodes(page);
    // Long Dutch words break where Dutch breaks them (So-ci-aal-eco-no-mi-sche), not by letter
    // count ("Sociaaleconomis-che"), and no soft hyphen is left in any label.
    const sorting = drawn.find((n) => n.id === 'mechanism:sociaaleconomische-sortering')!;
    const lines = String(sorting.data.display).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^Sociaaleconom\w*-$/);
    expect(dutchBreaks('Sociaaleconomische')).toContain(lines[0]!.length - 1);
    expect(String(sorting.data.display).replace(/-\n/g, '').replace(/\n/g, ' ')).toBe('Sociaaleconomische sortering');
    expect(drawn.filter((n) => String(n.data.display).includes('\u00ad')).map((n) => n.id)).toEqual([]);
    const state = await page.evaluate(() => window.__explorer!.state() as { graph: { nodes: Record<string, { group?: { target: string; members: string[] } }> } });
    // Every node of the view is on the canvas.
    expect(drawn.map((n) => n.id).sort()).toEqual(Object.keys(state.graph.nodes).sort());
    const groups = drawn.filter((n) => n.id.startsWith('group:'));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      // Not an intervention's hexagon: a dashed pill saying how many it stands for.
      expect(g.data.group).toBe(true);
      expect(g.data.members).toBe(state.graph.nodes[g.id]!.group!.members.length);
      expect(g.data.display).toBe(`+${g.data.members} interventies`);
      expect(g.shape).toBe('round-rectangle');
      expect(g.borderStyle).toBe('dashed');
      expect(g.data.rank).toBeUndefined();
    }
    const interventions = drawn.filter((n) => n.id.startsWith('intervention:'));
    expect(interventions.length).toBeGreaterThanOrEqual(5);
    for (const n of interventions) {
      expect(n.data.group).toBe(false);
      expect(n.shape).toBe('hexagon');
      expect(n.borderStyle).toBe('solid');
      expect(n.data.display).toMatch(new RegExp(`^${n.data.rank}\\.\\s`));
    }
    expect(interventions.map((n) => n.data.rank as number).sort((a, b) => a - b).slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    // The legend and the text view say in words what a group is.
    expect(await page.locator('#legend-causal').textContent()).toMatch(/Bundel \(gestippelde rand, “\+n”\): lager gerangschikte interventies/);
    expect(await page.locator(`#text-view tr[data-id="${groups[0]!.id}"] .tag.grouped`).textContent()).toBe('Bundel');
    await screenshot(page, '04b-causal-layout');
    // No node or label lies on another, and the names can be read at the fitted zoom.
    expect(overlapping(drawn)).toEqual([]);
    // No label under 10 px at the zoom the view opens at (issue #18).
    const fonts = drawn.filter((n) => !n.data.group).map((n) => n.fontPx);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(10);

    // JSON and CSV hold the graph's own nodes: in place of a group, the interventions it stands for.
    const members = groups.flatMap((g) => state.graph.nodes[g.id]!.group!.members);
    const json = JSON.parse(await download(page, 'JSON')) as { nodes: { id: string; label: string }[]; edges: { source: string; target: string; type: string }[] };
    expect(json.nodes.filter((n) => n.id.startsWith('group:'))).toEqual([]);
    expect(json.edges.filter((e) => e.source.startsWith('group:') || e.target.startsWith('group:'))).toEqual([]);
    const ids = new Set(json.nodes.map((n) => n.id));
    expect(members.filter((m) => !ids.has(m))).toEqual([]);
    expect(members.every((m) => json.edges.some((e) => e.source === m && e.type === 'ADDRESSES' && ids.has(e.target)))).toBe(true);
    for (const n of interventions) expect(ids.has(n.id)).toBe(true);
    expect(json.nodes.filter((n) => n.label === 'Intervention')).toHaveLength(interventions.length + members.length);
    const csv = await download(page, 'CSV');
    expect(csv).not.toContain('group:');
    for (const m of members) expect(csv).toMatch(new RegExp(`\\r\\nknooppunt;Interventie;[^\\r]*;${m}\\r\\n`));

    // With every group open (the most a causal view draws), still nothing overlaps, and the
    // names stay readable (a little smaller).
    const targets = groups.map((g) => g.id.slice('group:'.length));
    const full = await open(`/?view=causal&challenge=${CHALLENGE}&groups=${targets.join(',')}`);
    await waitForGraph(full);
    await waitForHyphens(full, 'nl');
    const all = await drawnNodes(full);
    await screenshot(full, '04c-causal-all-open');
    expect(all.some((n) => n.data.group)).toBe(false);
    expect(all.filter((n) => n.id.startsWith('intervention:'))).toHaveLength(interventions.length + members.length);
    expect(overlapping(all)).toEqual([]);
    expect(Math.min(...all.map((n) => n.fontPx))).toBeGreaterThanOrEqual(10);
    // The same link with the map enlarged: the same nodes, apart, and no smaller on screen.
    const fullWide = await open(`/?view=causal&challenge=${CHALLENGE}&groups=${targets.join(',')}&wide=1`);
    await waitForGraph(fullWide);
    await waitForHyphens(fullWide, 'nl');
    const allWide = await drawnNodes(fullWide);
    await screenshot(fullWide, '04d-causal-all-open-enlarged');
    expect(allWide.map((n) => n.id).sort()).toEqual(all.map((n) => n.id).sort());
    expect(overlapping(allWide)).toEqual([]);
    console.log(`causal map ${CHALLENGE}, every group open: smallest label ${smallestLabel(all).toFixed(1)} px, enlarged ${smallestLabel(allWide).toFixed(1)} px`);
    // Every group open, the chain is fitted by its height more than its width, so the gain varies
    // with the layout (1.1-1.3x measured); it must never be a loss. The default view's gain is
    // asserted below.
    expect(smallestLabel(allWide)).toBeGreaterThanOrEqual(smallestLabel(all));

    // In English the group says so too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => window.__explorer!.nodes().some((n) => /^\+\d+ interventions$/.test(String(n.data.display))));
    expect(await page.locator('#legend-causal').textContent()).toMatch(/Group \(dashed border, “\+n”\): lower-ranked interventions/);
    // Laid out anew for the English names, broken with the English patterns: still nothing on
    // anything else.
    await waitForHyphens(page, 'en');
    expect((await drawnNodes(page)).filter((n) => String(n.data.display).includes('\u00ad')).map((n) => n.id)).toEqual([]);
    expect(overlapping(await drawnNodes(page))).toEqual([]);
    await axe(page, 'causal groups, English');
  });

  it('splits labels by letters until the Dutch patterns are in, then breaks and lays them out anew', async () => {
    const page = await open('/');
    await waitForGraph(page);
    // The patterns' chunk held back: the causal view is drawn without it.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/hyphen-nl-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.getByRole('link', { name: 'Oorzaken' }).click();
    await page.locator(`#causal-challenge option[value="${CHALLENGE}"]`).waitFor({ state: 'attached' });
    await page.locator('#causal-challenge').selectOption(CHALLENGE);
    await page.waitForFunction(() => Boolean((window.__explorer!.state() as { graph: { nodes: Record<string, unknown> } }).graph.nodes['mechanism:sociaaleconomische-sortering']));
    await waitForLayout(page);
    const display = async () => String((await drawnNodes(page)).find((n) => n.id === 'mechanism:sociaaleconomische-sortering')!.data.display);
    expect(await page.evaluate(() => (window.__explorer!.state() as { hyphens: string[] }).hyphens)).toEqual([]);
    const byLetters = await display();
    expect(byLetters).toMatch(/^Sociaaleconom\w*-\n/);
    const before = smallestLabel(await drawnNodes(page));
    release();
    await waitForHyphens(page, 'nl');
    const dutch = await display();
    expect(dutch).not.toBe(byLetters);
    expect(dutchBreaks('Sociaaleconomische')).toContain(dutch.split('\n')[0]!.length - 1);
    // Laid out anew for the new labels: nothing on anything else.
    const drawn = await drawnNodes(page);
    expect(overlapping(drawn)).toEqual([]);
    console.log(`causal map ${CHALLENGE}, normal width: smallest label split by letters ${before.toFixed(1)} px, at Dutch break points ${smallestLabel(drawn).toFixed(1)} px`);
  });

  it('enlarges the causal map to the whole width and back, by keyboard, and a link restores it', async () => {
    const page = await open(`/?view=causal&challenge=${CHALLENGE}`);
    await waitForGraph(page);
    await waitForHyphens(page, 'nl');
    const button = page.getByRole('button', { name: 'Kaart vergroten', exact: true });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const narrow = (await page.locator('#cy').boundingBox())!;
    const before = smallestLabel(await drawnNodes(page));
    await screenshot(page, '10a-causal-map-normal');
    // By keyboard: the button takes focus, shows it, and Enter presses it.
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.evaluate((b) => b === document.activeElement && b.matches(':focus-visible') && getComputedStyle(b).outlineStyle !== 'none')).toBe(true);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('wide') === '1');
    await waitForLayout(page);
    const wide = (await page.locator('#cy').boundingBox())!;
    // The canvas has the main area's width (1440 less the page's padding), not ~715 px of it.
    expect(wide.width).toBeGreaterThan(1300);
    expect(wide.width).toBeGreaterThan(narrow.width + 500);
    // Refitted and laid out for it: the labels are bigger on screen, and still apart.
    const drawn = await drawnNodes(page);
    const after = smallestLabel(drawn);
    console.log(`causal map ${CHALLENGE}: canvas ${Math.round(narrow.width)} -> ${Math.round(wide.width)} px wide; smallest label ${before.toFixed(1)} -> ${after.toFixed(1)} px`);
    // Never smaller, and never under 10 px (the narrow map opens zoomed in to that, around the
    // challenge; the wide one fits more of it at that size or larger).
    expect(before).toBeGreaterThanOrEqual(10);
    expect(after).toBeGreaterThanOrEqual(before);
    expect(overlapping(drawn)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, '10b-causal-map-enlarged');
    // The panels are below the map, there for keyboard and screen reader: the challenge picker,
    // the ranking, the details, the text view.
    const mapBottom = wide.y + wide.height;
    for (const region of [page.getByRole('region', { name: 'Details' }), page.getByRole('complementary', { name: 'Filters' }), page.getByRole('region', { name: 'Tekstweergave' })]) {
      await expect(region.isVisible()).resolves.toBe(true);
      expect((await region.boundingBox())!.y).toBeGreaterThan(mapBottom);
    }
    await page.locator('#causal-challenge').focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('causal-challenge');
    await page.locator(`#text-view tr[data-id="${CHALLENGE}"]`).getByRole('button').first().click();
    await page.getByRole('region', { name: 'Details' }).locator('h3').filter({ hasText: /[Ll]eefbaarheid/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.getElementById('details')!.getBoundingClientRect().top + window.scrollY - 300));
    await screenshot(page, '10c-causal-map-enlarged-panels');
    await axe(page, 'causal map enlarged');
    // The link restores it.
    const restored = await open(`/${new URL(page.url()).search}`);
    await waitForGraph(restored);
    await waitForHyphens(restored, 'nl');
    expect(await restored.getByRole('button', { name: 'Kaart vergroten', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect((await restored.locator('#cy').boundingBox())!.width).toBeGreaterThan(1300);
    // Pressed again: as before, the link too.
    await page.evaluate(() => window.scrollTo(0, 0));
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.waitForFunction(() => !location.search.includes('wide='));
    await waitForLayout(page);
    expect(Math.round((await page.locator('#cy').boundingBox())!.width)).toBe(Math.round(narrow.width));
    expect(smallestLabel(await drawnNodes(page))).toBeCloseTo(before, 0);
    // In English it says so in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Enlarge map', exact: true }).waitFor();
  });

  it('loads the code of saved views and tours when asked for, not with the first screen', async () => {
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

  it('lays a big view out with the quick layout, its unconnected nodes apart, labels included', async () => {
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

  it('compares municipalities in a table', async () => {
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

  it('shows the graph asked for last, and cancels the request of one asked for before it', async () => {
    const page = await open(`/?view=network&focus=${ALMERE}`);
    await waitForGraph(page);
    // The first one's answer is held until the second one is on screen.
    const held = await holdAnswers(page, about(SCHENKEL));
    await searchAndOpen(page, 'Schenkel');
    await searchAndOpen(page, 'Oostgaarde-Noord');
    await untilBase(page, OOSTGAARDE_NOORD);
    const outcome = await held.release();
    expect(await graphBase(page)).toBe(OOSTGAARDE_NOORD);
    expect(outcome).toBe('failed: net::ERR_ABORTED');
    expect(page.url()).toContain(`focus=${OOSTGAARDE_NOORD}`);
    expect(await rowIds(page)).not.toContain(SCHENKEL);
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
    await box.fill('Schenkel');
    await page.evaluate(() => ((window as { typedHere?: boolean }).typedHere = true));
    await box.press('Enter');
    release();
    await untilBase(page, SCHENKEL);
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('focus') === id, SCHENKEL);
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
    await searchAndOpen(page, 'Schenkel');
    await untilBase(page, SCHENKEL);
    // The link is written while the overview is still on its way (the pickers wait for it).
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('focus') === id, SCHENKEL);
    expect(await held.release()).toBe('answered');
    expect(await graphBase(page)).toBe(SCHENKEL);
    expect(page.url()).toContain(`focus=${SCHENKEL}`);
    expect(await page.locator('#error').isHidden()).toBe(true);
  });

  it('goes back twice before the first step has arrived, and shows where it went, its history intact', async () => {
    const page = await open(`/?view=network&focus=${ALMERE}`);
    await waitForGraph(page);
    await searchAndOpen(page, 'Schenkel');
    await untilBase(page, SCHENKEL);
    await searchAndOpen(page, 'Oostgaarde-Noord');
    await untilBase(page, OOSTGAARDE_NOORD);
    const entries = await page.evaluate(() => history.length);
    const held = await holdAnswers(page, about(SCHENKEL));
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
    await untilBase(page, SCHENKEL);
    expect(page.url()).toContain(`focus=${SCHENKEL}`);
    await page.evaluate(() => history.forward());
    await untilBase(page, OOSTGAARDE_NOORD);
    expect(await page.locator('#error').isHidden()).toBe(true);
  });

  it('opens another node while going back, and gives it a history entry after the one gone back to', async () => {
    const page = await open(`/?view=network&focus=${ALMERE}`);
    await waitForGraph(page);
    await searchAndOpen(page, 'Schenkel');
    await untilBase(page, SCHENKEL);
    const held = await holdAnswers(page, about(ALMERE));
    await page.evaluate(() => history.back());
    await held.asked;
    await searchAndOpen(page, 'Oostgaarde-Noord');
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

  it('cancels the question about a town when another is chosen before the answer', async () => {
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

  it('restores a view from its link, and the back button returns to the previous one', async () => {
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

  it('switches to English and remembers it', async () => {
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

  it('exports PNG, SVG, JSON and CSV', async () => {
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

  it('works by keyboard alone: search, open and expand', async () => {
    const page = await open('/');
    await waitForGraph(page);
    // The skip link comes first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('vergrijzing');
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

  it('plays a shared tour read-only and keeps saved views', async () => {
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

  it('logged no console errors on any page', () => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
