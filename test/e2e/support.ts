/**
 * Browser tests: the real HTTP server (GraphQL + the built explorer) on the test Neo4j with the
 * seed graph, and a real headless Chromium. Pages collect console errors so tests can assert none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHttpServer, type AppServer } from '../../server/http.ts';
import type { Db } from '../../server/db/driver.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { testConfig, testDb } from '../support/db.ts';
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
  await loadSeed(db);
  const server = await startHttpServer({ db, config: testConfig() }, 0);
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
export async function openPage(browser: Browser, url: string, options: { reducedMotion?: boolean; lang?: 'nl' | 'en'; viewport?: { width: number; height: number } } = {}): Promise<WatchedPage> {
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
