/**
 * The explorer on a phone (390x844 and 360x740, touch), in a real Chromium on the seed graph: the
 * map fills the first screen, legend and filters fold away, a chosen suggestion shows its node with
 * its details as a sheet over the map, nothing is wider than the screen, the causal view's labels
 * are readable around the chosen node, and axe finds nothing in any of it.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, explorerSuite, screenshot, waitForGraph } from './support.ts';

const suite = explorerSuite();
const errors: string[] = [];

async function phone(browser: Browser, url: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return page;
}

/** Nothing sticks out of the screen sideways. */
async function fitsWidth(page: Page): Promise<void> {
  const { scroll, inner, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > window.innerWidth + 1 && !el.closest('.table-scroll') && getComputedStyle(el).position !== 'fixed';
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`),
  }));
  expect(wide).toEqual([]);
  expect(scroll).toBeLessThanOrEqual(inner);
}

// The tests of a size run side by side, each on a page of its own.
describe.concurrent.each([
  [390, 844],
  [360, 740],
])('on a phone of %i x %i', (width, height) => {
  it('shows the map on the first screen, folds the filters, and opens a chosen suggestion as a sheet over the map', async () => {
    const page = await phone(suite.ex.browser, suite.ex.url + '/', width, height);
    await waitForGraph(page);
    const map = (await page.locator('#cy').boundingBox())!;
    // The map fills the first screen: it starts in its top quarter and reaches its bottom.
    expect(map.y).toBeLessThan(height / 4);
    expect(map.y + map.height).toBeGreaterThanOrEqual(height - 40);
    expect(map.y + map.height).toBeLessThanOrEqual(height + 1);
    expect(map.width).toBeGreaterThanOrEqual(width - 24);
    expect(await page.locator('#filters-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await fitsWidth(page);
    await screenshot(page, `phone-${width}-1-first-screen`);
    await axe(page, `phone ${width} first screen`);

    // A suggestion tapped: its node on the map, its details in a sheet over it.
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('Zoet');
    const option = page.getByRole('option').filter({ hasText: 'Zoetermeer' }).first();
    await option.waitFor();
    await option.tap();
    await page.waitForFunction(() => (window.__explorer!.state() as { selected: string | null }).selected === 'municipality:GM0637');
    const sheet = page.getByRole('region', { name: 'Details' });
    await sheet.getByRole('heading', { name: 'Zoetermeer', level: 3 }).waitFor();
    const box = (await sheet.boundingBox())!;
    expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(box.y).toBeGreaterThan(height / 3);
    expect(box.y + box.height).toBeLessThanOrEqual(height + 1);
    // The node is on the visible part of the map, above the sheet.
    const node = await page.evaluate(() => {
      const n = window.__explorer!.nodes().find((x) => x.id === 'municipality:GM0637')!;
      return n.rendered;
    });
    expect(node.x).toBeGreaterThan(0);
    expect(node.x).toBeLessThan(width);
    expect(map.y + node.y).toBeLessThan(box.y);
    await fitsWidth(page);
    await screenshot(page, `phone-${width}-2-suggestion-sheet`);
    await axe(page, `phone ${width} sheet`);
    // The sheet closes, and the filters unfold on demand.
    await sheet.getByRole('button', { name: 'Details sluiten' }).tap();
    await page.waitForFunction(() => (window.__explorer!.state() as { selected: string | null }).selected === null);
    await page.locator('#filters-fold > summary').tap();
    await page.getByRole('checkbox', { name: /Gemeenten/ }).waitFor();
    await fitsWidth(page);
    await screenshot(page, `phone-${width}-3-filters`);
    await page.close();
  });

  it('shows the causal view readable around the chosen node, and the comparison within the screen', async () => {
    const page = await phone(suite.ex.browser, `${suite.ex.url}/?view=causal&challenge=challenge:leefbaarheid-en-veiligheid&node=mechanism:sociaaleconomische-sortering`, width, height);
    await waitForGraph(page);
    await page.waitForFunction(() => (window.__explorer!.state() as { hyphens: string[] }).hyphens.includes('nl'));
    await page.waitForTimeout(300);
    const drawn = await page.evaluate(() => window.__explorer!.nodes());
    expect(Math.min(...drawn.filter((n) => !n.data.group).map((n) => n.fontPx))).toBeGreaterThanOrEqual(10);
    const chosen = drawn.find((n) => n.id === 'mechanism:sociaaleconomische-sortering')!;
    expect(chosen.rendered.x).toBeGreaterThan(0);
    expect(chosen.rendered.x).toBeLessThan(width);
    await fitsWidth(page);
    await screenshot(page, `phone-${width}-4-causal`);
    await axe(page, `phone ${width} causal`);

    await page.goto(`${suite.ex.url}/?view=compare&compare=municipality:GM0034,municipality:GM0637,municipality:GM0356`);
    await page.getByRole('table', { name: /Vergelijking van gemeenten/ }).waitFor({ timeout: 20_000 });
    await fitsWidth(page);
    await screenshot(page, `phone-${width}-5-compare`);
    await axe(page, `phone ${width} compare`);
    await page.close();
  });
});

describe('on a phone', () => {
  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
