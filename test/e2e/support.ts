/**
 * Browser tests: the real HTTP server (GraphQL + the built explorer) on the test Neo4j with the
 * seed graph, and a real headless Chromium. Pages collect console errors so tests can assert none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHttpServer, type AppServer } from '../../server/http.ts';
import type { Db } from '../../server/db/driver.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { emptyGraph, testConfig, testDb } from '../support/db.ts';
import { loadSeed } from '../support/seed.ts';
import { ensureWebBuild } from '../support/web-build.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// NEWTOWNS_SCREENSHOTS moves them, so parallel runs on one checkout keep their own.
export const SCREENSHOTS = path.resolve(PROJECT_ROOT, process.env.NEWTOWNS_SCREENSHOTS ?? 'test-results/screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

export interface Explorer {
  url: string;
  browser: Browser;
  db: Db;
  server: AppServer;
  close(): Promise<void>;
}

export async function startExplorer(): Promise<Explorer> {
  ensureWebBuild();
  const db = testDb();
  // The seed alone: an integration test before this file may have left its own graph behind.
  await emptyGraph(db);
  await loadSeed(db);
  // Pages load side by side here (describe.concurrent, sideBySide), a dozen requests at once: a
  // fixed number answered at once and the rest queued, not the adaptive limit, which refuses what
  // would wait more than 5 ms (SERVER_BUSY, a console error) and is for many clients, not one test
  // run. Refusals have tests of their own (busy.test.ts, test/integration).
  const server = await startHttpServer({ db, config: testConfig({ maxActiveRequests: 4 }) }, 0);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    db,
    server,
    async close() {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}

export interface WatchedPage {
  page: Page;
  errors: string[];
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { reducedMotion?: boolean; lang?: 'nl' | 'en'; viewport?: { width: number; height: number }; /** The page's timers run on Playwright's clock, which a test can move on (page.clock). */ clock?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 960 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (options.clock) await page.clock.install();
  await page.goto(url);
  return { page, errors };
}

/** Wait until the text view lists at least one node (the graph has arrived). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForSelector('#text-view tbody tr[data-id]', { timeout: 20_000 });
  await page.waitForFunction(() => document.getElementById('busy')?.hidden === true, null, { timeout: 20_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

type OpenOptions = Parameters<typeof openPage>[2];
type Open = (path?: string, options?: OpenOptions) => Promise<Page>;

/** Opens watched pages on `ex()`, recorded in `pages` too, and closes the ones it opened. */
function pageOpener(ex: () => Explorer, pages: WatchedPage[]): { open: Open; close(): Promise<void> } {
  let mine: WatchedPage[] = [];
  return {
    async open(path = '/', options = {}) {
      const w = await openPage(ex().browser, ex().url + path, options);
      pages.push(w);
      mine.push(w);
      return w.page;
    },
    async close() {
      const closing = mine;
      mine = [];
      await Promise.all(closing.map((w) => w.page.context().close().catch(() => undefined)));
    },
  };
}

/**
 * One explorer (server, seed, browser) for the test file that calls this, started before its
 * tests and closed after them; `open` gives a watched page on it, closed after the test, and
 * `pages` keeps every page's console errors. `it` is Vitest's, with an `open` of the test's own:
 * for tests that run side by side (describe.concurrent), where the pages to close after a test
 * are that test's alone.
 */
export function explorerSuite() {
  let ex: Explorer | undefined;
  const pages: WatchedPage[] = [];
  const started = (): Explorer => {
    if (!ex) throw new Error('The explorer has not started');
    return ex;
  };
  // The pages a test opened are closed after it: a page left open keeps its map and timers
  // running in the one browser, and on a busy machine the tests after it wait for that.
  const shared = pageOpener(started, pages);
  beforeAll(async () => {
    ex = await startExplorer();
  });
  afterEach(() => shared.close());
  afterAll(async () => {
    await ex?.close();
  });
  return {
    get ex() {
      return started();
    },
    pages,
    open: shared.open,
    it: test.extend<{ open: Open }>({
      // Vitest reads which fixtures a fixture uses from this pattern: none.
      open: async ({}, use) => {
        const own = pageOpener(started, pages);
        await use(own.open);
        await own.close();
      },
    }),
  };
}

/**
 * Checks that each use pages of their own, run three at a time: a page mostly waits (for the
 * server, for Chromium), and those waits overlap. Fails with the first failure once every check
 * has ended, so that none is still using its pages when they are closed.
 */
export async function sideBySide(...checks: (() => Promise<void>)[]): Promise<void> {
  const failures: unknown[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < checks.length) await checks[next++]!().catch((e: unknown) => failures.push(e));
  };
  await Promise.all([lane(), lane(), lane()]);
  if (failures.length) throw failures[0];
}

/**
 * axe (WCAG 2.1 AA): no violation at all on the page as it is now.
 * The same rules, run in the page itself (legacy mode: the explorer has no frames from another
 * origin to keep apart) and with only the violations worked out in full: the default ran them in
 * parts, carried every passing node's result out and into a new blank page to finish there, and
 * took 1.8 to 2.7 times as long (3.4 to 5.4 s against 1.2 to 3.4 s on the network view of Almere,
 * 2,000 elements, machine busy, three runs each way twice). On that page, with violations of five
 * kinds put in, both ways found the same violations on the same nodes.
 */
export async function axe(page: Page, name: string): Promise<void> {
  // options() replaces the run options, runOnly among them: before withTags, not after.
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`)).toEqual([]);
}

export const rowIds = (page: Page) => page.$$eval('#text-view tbody tr[data-id]', (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
export const cyCount = (page: Page) =>
  page.evaluate(() => (window.__explorer?.state() as { graph: { nodes: Record<string, unknown> } }).graph.nodes).then((n) => Object.keys(n).length);

export type Drawn = NonNullable<Window['__explorer']>['nodes'] extends () => (infer T)[] ? T : never;
export const drawnNodes = (page: Page): Promise<Drawn[]> => page.evaluate(() => window.__explorer!.nodes());

/** Until the canvas shows every visible node of the state, each in a place of its own. */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const drawn = window.__explorer!.nodes();
    const places = new Set(drawn.map((n) => `${Math.round(n.position.x)},${Math.round(n.position.y)}`));
    return drawn.length > 1 && places.size === drawn.length;
  }, null, { timeout: 20_000 });
  // A frame for the fit that follows the layout.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Pairs of nodes whose boxes (shape and label) overlap. */
export function overlapping(drawn: Drawn[]): string[] {
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

export async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return fs.readFileSync(await d.path()).toString();
}
