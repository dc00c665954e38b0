/**
 * What a participant meets in the explorer (issue #18), in a real Chromium on the seed graph:
 * search as you type (and the same order from the API), claims with their own card and sources,
 * the certainty filter, context carried between views, the same picture from the same link,
 * meeting-ready exports, and the smaller things: undo, a missing node, bundles, provenance,
 * both languages.
 */
import fs from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seedFiles } from '../../server/import/seed.ts';
import { axe, explorerSuite, screenshot, sideBySide, waitForGraph } from './support.ts';

const ALMERE = 'municipality:GM0034';
const ZOETERMEER = 'municipality:GM0637';
const CHALLENGE = 'challenge:leefbaarheid-en-veiligheid';
const CAUSAL = `/?view=causal&challenge=${CHALLENGE}`;

const suite = explorerSuite();
const pages = suite.pages;
// Each test has pages of its own: they run side by side.
const it = suite.it;

type S = { selected: string | null; claim: string | null; challenge: string | null; compare: string[]; view: string; graph: { nodes: Record<string, { label: string }>; edges: Record<string, { source: string; target: string; properties: Record<string, unknown> }> } };
const state = (page: Page): Promise<S> => page.evaluate(() => window.__explorer!.state() as S);

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), body: fs.readFileSync((await d.path())!) };
}

async function gqlSearch(text: string): Promise<string[]> {
  const res = await fetch(`${suite.ex.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
    body: JSON.stringify({ query: 'query S($text: String!) { search(text: $text, first: 8) { node { id name } } }', variables: { text } }),
  });
  return ((await res.json()) as { data: { search: { node: { name: string } }[] } }).data.search.map((h) => h.node.name);
}

describe.concurrent('participant', () => {
  describe('search as you type', () => {
    it('finds names from their start and with a typo, a town before its neighbourhoods and sources, in the API order', async ({ open }) => {
      const page = await open('/');
      await waitForGraph(page);
      const box = page.getByRole('searchbox', { name: 'Zoeken' });
      const options = page.getByRole('listbox', { name: 'Suggesties' }).getByRole('option');
      for (const [typed, first] of [
        ['Zoet', 'Zoetermeer'],
        ['Zoeter', 'Zoetermeer'],
        ['vergrij', 'Vergrijzing'],
        ['leefb', 'Toenemende problematiek leefbaarheid en veiligheid'],
        ['nissew', 'Nissewaard'],
        ['Almre', 'Almere'],
        ['Almer', 'Almere'],
        ['Capelle', 'Capelle aan den IJssel'],
      ] as const) {
        await box.fill(typed);
        // The suggestions are the GraphQL search's answer, in its order.
        const api = await gqlSearch(typed);
        expect(api[0], typed).toBe(first);
        await expect.poll(() => options.locator('.suggestion-name').allTextContents(), { timeout: 15_000 }).toEqual(api);
      }
      // Enter opens the best hit: the municipality, not one of its neighbourhoods or a page about it.
      for (const [typed, id] of [
        ['Almer', ALMERE],
        ['Capelle', 'municipality:GM0502'],
      ] as const) {
        await box.fill(typed);
        await options.first().filter({ hasText: /Almere|Capelle/ }).waitFor();
        await box.press('Enter');
        await page.waitForFunction((want) => (window.__explorer!.state() as { selected: string | null }).selected === want, id);
        // The reader lands on what was opened: its heading in the details panel.
        await page.waitForFunction(() => document.activeElement?.id === 'details-title');
      }
      // Nothing found is on screen, not only in the status for screen readers.
      await box.fill('Qwxyzzy');
      const empty = page.locator('#search-empty');
      await empty.waitFor();
      expect(await empty.isVisible()).toBe(true);
      expect(await empty.textContent()).toBe('Niets gevonden voor “Qwxyzzy”.');
      await screenshot(page, '11-search-nothing');
      await axe(page, 'search, nothing found');
      // Odd input is text, never query syntax, and never an error: once its answer is shown (the
      // live region written anew) or an error is, there is no error. A fixed 400 ms wait passed
      // here before, and on a busy machine it could end before the answer came.
      for (const odd of ['a*', 'name:Almere', '"(', 'Zoe~', '[a TO z]', '\\', "'s-Gravenland", '😀 Almere']) {
        await page.evaluate(() => {
          const shown = new Promise<void>((resolve) => {
            const seen = new MutationObserver(() => {
              seen.disconnect();
              resolve();
            });
            seen.observe(document.querySelector('.search-status')!, { childList: true, characterData: true, subtree: true });
            seen.observe(document.getElementById('error')!, { attributes: true, attributeFilter: ['hidden'] });
          });
          (window as { answered?: Promise<void> }).answered = shown;
        });
        await box.fill(odd);
        await page.evaluate(() => (window as { answered?: Promise<void> }).answered);
        expect(await page.locator('#error').isHidden(), odd).toBe(true);
      }
    });
  });

  describe('claims', () => {
    it('opens a claim from the map with its sentence, direction, confidence, evidence and own sources', async ({ open }) => {
      const page = await open(CAUSAL);
      await waitForGraph(page);
      const s = await state(page);
      const [id] = Object.entries(s.graph.edges).find(([, e]) => e.properties.polarity === '+' && Array.isArray(e.properties.sources) && (e.properties.sources as string[]).length > 0)!;
      // Tap the edge where it is drawn (the canvas's own hit test).
      const box = (await page.locator('#cy').boundingBox())!;
      const mid = (await page.evaluate((edge) => window.__explorer!.edges().find((e) => e.id === edge)!.midpoint, id))!;
      // The middle of an edge may lie outside the opened view: bring it in first.
      if (mid.x < 5 || mid.y < 5 || mid.x > box.width - 5 || mid.y > box.height - 5) await page.evaluate((edge) => window.__explorer!.reveal(edge), id);
      const at = (await page.evaluate((edge) => window.__explorer!.edges().find((e) => e.id === edge)!.midpoint, id))!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await page.waitForFunction((edge) => (window.__explorer!.state() as { claim: string | null }).claim === edge, id);
      const card = page.getByRole('region', { name: 'Details' });
      await card.getByRole('heading', { name: 'Bronnen van deze bewering' }).waitFor();
      await card.locator('.claim-sources li').first().waitFor();
      const text = (await card.textContent())!;
      expect(text).toMatch(/leidt tot/);
      expect(text).toMatch(/Richting.*versterkt/);
      expect(text).toMatch(/Zekerheid(Vastgesteld|Aanwijzing|Hypothese)/);
      expect(text).toMatch(/Onderbouwing/);
      // The evidence summary, in Dutch: its grade and the strongest kind among the claim's own sources.
      expect(text).toMatch(/Oordeel(Zwak|Redelijk|Goed|Sterk)/);
      expect(text).toMatch(/Sterkste soort bron(Officiële statistiek|Planbureau|Beleidsdocument|Document van gemeente|Erkende|Nieuws|Encyclopedie)/);
      // Its own sources, with publisher and year.
      const items = await card.locator('.claim-sources li').allTextContents();
      expect(items.length).toBe((s.graph.edges[id]!.properties.sources as string[]).length);
      expect(items.some((i) => / — .+, (19|20)\d\d$/.test(i))).toBe(true);
      expect(page.url()).toContain('claim=');
      await screenshot(page, '12-claim-card');
      await axe(page, 'claim card');
      // The link reopens it; a claim that is not there says so.
      const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
      await again.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Bronnen van deze bewering' }).waitFor({ timeout: 20_000 });
      const wrong = await open(`${CAUSAL}&claim=mechanism:x-[CAUSES]->challenge:y`);
      await wrong.locator('#error').filter({ hasText: 'De bewering “mechanism:x-[CAUSES]->challenge:y” staat niet (meer) op de kaart.' }).waitFor({ timeout: 20_000 });
    });

    it('hides the nodes a certainty filter leaves without any edge', async ({ open }) => {
      const page = await open(CAUSAL);
      await waitForGraph(page);
      const rows = () => page.$$eval('#text-view tbody tr[data-id]', (trs) => trs.map((r) => (r as HTMLElement).dataset.id!));
      const before = await rows();
      await page.getByRole('checkbox', { name: 'Hypothese' }).uncheck();
      await page.getByRole('checkbox', { name: 'Aanwijzing' }).uncheck();
      const after = await rows();
      expect(after.length).toBeLessThan(before.length);
      const s = await state(page);
      const shown = await page.evaluate(() => window.__explorer!.nodes().map((n) => n.id));
      const edges = await page.evaluate(() => window.__explorer!.edges().map((e) => e.id));
      const linked = new Set(edges.flatMap((id) => [s.graph.edges[id]!.source, s.graph.edges[id]!.target]));
      // Every node still shown has an edge, or is the challenge itself.
      expect(shown.filter((id) => !linked.has(id) && id !== CHALLENGE)).toEqual([]);
      expect(page.url()).toContain('hideConfidence=');
    });
  });

  describe('context between views, and the same picture from the same link', () => {
    it('carries a challenge chosen in Netwerk to Oorzaken, and a chosen town to Vergelijken', async ({ open }) => {
      const page = await open(`/?view=network&focus=${ALMERE}&node=${CHALLENGE}`);
      await waitForGraph(page);
      await page.getByRole('link', { name: 'Oorzaken' }).click();
      await page.waitForFunction((c) => (window.__explorer!.state() as { causal: { challenge: string } | null }).causal?.challenge === c, CHALLENGE);
      expect(await page.locator('#causal-challenge').inputValue()).toBe(CHALLENGE);
      const town = await open(`/?view=network&focus=${ZOETERMEER}&node=${ZOETERMEER}`);
      await waitForGraph(town);
      await town.getByRole('link', { name: 'Vergelijken' }).click();
      await town.waitForFunction((m) => location.search.includes(`compare=${m}`), ZOETERMEER);
      expect(await town.getByRole('checkbox', { name: 'Zoetermeer' }).isChecked()).toBe(true);
      // The hint's "Legenda en filters" is a heading that is there.
      expect(await page.getByRole('heading', { name: 'Legenda en filters' }).count()).toBe(1);
    });

    it('draws the same link the same way each time', async ({ open }) => {
      const link = `/?view=network&focus=${ALMERE}`;
      const positions = async () => {
        const page = await open(link);
        await waitForGraph(page);
        await page.waitForFunction(() => window.__explorer!.nodes().length > 3);
        await page.waitForTimeout(300);
        const drawn = await page.evaluate(() => window.__explorer!.nodes().map((n) => [n.id, Math.round(n.position.x), Math.round(n.position.y)] as const));
        await page.close();
        return drawn.sort();
      };
      expect(await positions()).toEqual(await positions());
    });
  });

  describe('meeting-ready exports', () => {
    it('exports the map as SVG and PNG with title, town or challenge, legend, caveat and date; CSV in the reader\'s language', async ({ open }) => {
      const page = await open(`${CAUSAL}&node=${CHALLENGE}`);
      await waitForGraph(page);
      await page.waitForFunction(() => (window.__explorer!.state() as { hyphens: string[] }).hyphens.includes('nl'));
      const button = (name: string) => () => page.getByRole('button', { name, exact: true }).click();
      const svg = (await download(page, button('SVG'))).body.toString();
      expect(svg).toMatch(/<title>Oorzaken: Toenemende problematiek leefbaarheid en veiligheid<\/title>/);
      expect(svg).toContain('Mechanismen');
      expect(svg).toContain('Zekerheid: Hypothese');
      expect(svg).toContain('bewijst niet');
      expect(svg).toMatch(/Geëxporteerd op \d{1,2} \w+ \d{4}/);
      // No selection halo: the chosen challenge is drawn like the rest.
      expect(svg).not.toMatch(/#01689b/i);
      const png = await download(page, button('PNG'));
      expect(png.body.subarray(1, 4).toString()).toBe('PNG');
      const width = png.body.readUInt32BE(16);
      expect(width).toBeGreaterThanOrEqual(2 * 760);
      const csv = (await download(page, button('CSV'))).body.toString('utf8');
      expect(csv.startsWith('\ufeffElement;Soort;Naam;Van;Verband;Naar;Richting;Zekerheid;Toelichting;Bronnen;Id\r\n')).toBe(true);
      const claimRow = csv.split('\r\n').find((r) => r.startsWith('verband;leidt tot;;'))!;
      expect(claimRow).toMatch(/;(Vastgesteld|Aanwijzing|Hypothese);/);
      // Names, notes and sources by title, publisher and year; ids only in the last column.
      expect(claimRow.split(';')[3]).not.toMatch(/^mechanism:/);
      expect(csv).toMatch(/Planbureau voor de Leefomgeving \(PBL\), 2015/);
      await page.getByRole('button', { name: 'English' }).click();
      const en = (await download(page, button('CSV'))).body.toString('utf8');
      expect(en.startsWith('\ufeffElement;Kind;Name;From;Relationship;To;Direction;Confidence;Note;Sources;Id\r\n')).toBe(true);
      expect(en).toMatch(/\r\nlink;causes;;/);
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });

    it('exports and links a comparison', async ({ open }) => {
      const page = await open(`/?view=compare&compare=${ALMERE},${ZOETERMEER}`);
      await page.getByRole('table', { name: /Vergelijking van gemeenten/ }).waitFor({ timeout: 20_000 });
      const csv = (await download(page, () => page.locator('#compare-csv').click())).body.toString('utf8');
      expect(csv.startsWith('\ufeff')).toBe(true);
      const [head, ...rows] = csv.slice(1).split('\r\n');
      expect(head).toMatch(/^Opgave \/ Kans;Soort;Almere;Zoetermeer;Bronnen: Almere;Bronnen: Zoetermeer$/);
      expect(rows.some((r) => /;ja( — |;)/.test(r))).toBe(true);
      const svg = (await download(page, () => page.locator('#compare-svg').click())).body.toString();
      expect(svg).toMatch(/<title>Vergelijking van gemeenten<\/title>/);
      expect(svg).toContain('Almere · Zoetermeer');
      await axe(page, 'comparison with its exports');
      expect(svg).toContain('bewijst niet');
      await page.locator('#compare-link').click();
      await page.locator('#live').filter({ hasText: 'Link naar deze vergelijking gekopieerd.' }).waitFor();
      expect(page.url()).toContain(`compare=${ALMERE},${ZOETERMEER}`);
    });
  });

  describe('the smaller things', () => {
    it('has nothing to undo at first, says when a link names a missing node, and keeps bundles out of the path lists', async ({ open }) => {
      // Eight pages of their own, independent of each other: three load at a time.
      await sideBySide(
        async () => {
          const page = await open('/');
          await waitForGraph(page);
          expect(await page.locator('#undo').isDisabled()).toBe(true);
        },
        async () => {
          const missing = await open('/?view=network&focus=municipality:GM9999');
          await missing.locator('#error').filter({ hasText: 'Knooppunt “municipality:GM9999” staat niet (meer) in de kennisgraaf.' }).waitFor({ timeout: 20_000 });
        },
        async () => {
          const badNode = await open(`/?view=network&focus=${ALMERE}&node=challenge:bestaat-niet`);
          await badNode.locator('#error').filter({ hasText: 'Knooppunt “challenge:bestaat-niet”' }).waitFor({ timeout: 20_000 });
        },
        ...['/?view=causal&challenge=challenge:bestaat-niet', '/?view=nonsense&hide=Nope&hideConfidence=x&groups=,,', '/?view=compare&compare=GM0034,,%00', '/?focus=%E0%A4%A'].map((odd) => async () => {
          const p = await open(odd);
          // The explorer comes up and settles: a graph in the text view, the comparison or an error
          // drawn, nothing loading.
          await p.waitForFunction(
            () =>
              document.getElementById('busy')?.hidden === true &&
              (document.querySelector('#text-view tbody tr[data-id]') !== null ||
                document.querySelector('#compare-view:not([hidden]) h2') !== null ||
                document.getElementById('error')?.hidden === false),
            null,
            { timeout: 20_000 },
          );
          expect(await p.evaluate(() => document.body.textContent?.length ?? 0), odd).toBeGreaterThan(100);
        }),
        async () => {
          const causal = await open(CAUSAL);
          await waitForGraph(causal);
          const from = await causal.locator('#path-from option').allTextContents();
          expect(from.length).toBeGreaterThan(5);
          expect(from.filter((o) => /^\+\d+ interventies$/.test(o))).toEqual([]);
        },
      );
    });

    it('shows provenance as a date and the one import, and every role in English too', async ({ open }) => {
      const page = await open(`/?view=network&focus=${ALMERE}&node=${ALMERE}`);
      await waitForGraph(page);
      const details = page.getByRole('region', { name: 'Details' });
      await details.locator('.provenance').waitFor({ timeout: 20_000 });
      const provenance = (await details.locator('.provenance').textContent())!;
      expect(provenance).toMatch(/Ingelezen op \d{1,2} \w+ \d{4} door/);
      expect(provenance).toMatch(/Import: import:/);
      expect(provenance).not.toMatch(/T\d\d:\d\d/);
      // The seed is one import of all its files.
      expect(provenance).toMatch(new RegExp(`${seedFiles().length} bestanden`));
      await page.getByRole('button', { name: 'English' }).click();
      await details.getByRole('heading', { name: 'Relationships' }).waitFor();
      const rels = (await details.locator('.rels').allTextContents()).join(' ');
      expect(rels).toMatch(/signatory|member|founder/);
      expect(rels).not.toMatch(/\((ondertekenaar|lid|oprichter)\b/);
      expect(await page.locator('#live').textContent()).toBe('Language: English.');
      await page.getByRole('button', { name: 'Nederlands' }).click();
    });
  });
});

describe('participant, after the rest', () => {
  it('logged no console errors on any page', () => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
