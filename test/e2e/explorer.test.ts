/**
 * The explorer in a real headless Chromium against the real server and the seed graph: the main
 * paths a participant takes, keyboard only where it matters, accessibility (axe) on each view,
 * and no console errors anywhere.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openPage, screenshot, startExplorer, waitForGraph, type Explorer, type WatchedPage } from './support.ts';

const NETWORK = 'actor:leernetwerk-toekomstbestendige-new-towns';
const ALMERE = 'municipality:GM0034';
const CHALLENGE = 'challenge:leefbaarheid-en-veiligheid';

let ex: Explorer;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  ex = await startExplorer();
});
afterAll(async () => {
  await ex?.close();
});

async function open(path = '/', options: Parameters<typeof openPage>[2] = {}): Promise<Page> {
  const w = await openPage(ex.browser, ex.url + path, options);
  pages.push(w);
  return w.page;
}

const rowIds = (page: Page) => page.$$eval('#text-view tbody tr[data-id]', (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
const cyCount = (page: Page) =>
  page.evaluate(() => (window.__explorer?.state() as { graph: { nodes: Record<string, unknown> } }).graph.nodes).then((n) => Object.keys(n).length);

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
    await page.getByLabel('Gemeente', { exact: true }).selectOption('municipality:GM0637');
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
      if (ext === 'csv') expect(body.toString()).toMatch(/^\ufeff?element,id,label_or_type/);
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
    await page.getByLabel('Tekst bij deze stap').fill('Het netwerk en zijn gemeenten.');
    await page.getByRole('button', { name: 'Huidige weergave als stap toevoegen' }).click();
    await page.goto(`${ex.url}/?view=causal&challenge=${CHALLENGE}`);
    await waitForGraph(page);
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
