/**
 * The causal view in a real headless Chromium against the real server and the seed graph: the
 * chain of a challenge with polarity and confidence, its groups, readable labels (Dutch
 * hyphenation), the enlarged map, the ranking of interventions; axe on each, no console errors.
 * A file of its own so that it can run in the integration tests' queue (vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import nlHyphen from 'hyphen/nl/index.js';
import type { Page } from 'playwright-core';
import { axe, download, drawnNodes, explorerSuite, overlapping, rowIds, screenshot, waitForGraph, waitForLayout, type Drawn } from './support.ts';

const CHALLENGE = 'challenge:leefbaarheid-en-veiligheid';

const suite = explorerSuite();
const open = suite.open.bind(suite);

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

describe('the causal view', () => {
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

  it('logged no console errors on any page', () => {
    expect(suite.pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
