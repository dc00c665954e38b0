/**
 * The explorer on a server that is too busy: a request refused with SERVER_BUSY is sent again
 * after the server's Retry-After, unless the reader has moved on; when the server stays busy the
 * reader is told so in Dutch, wherever the request came from.
 * The real server with a limit of one operation at once, its Neo4j behind a proxy the test
 * freezes (so one held request keeps the server busy for as long as the test needs); real Chromium.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Db } from '../../server/db/driver.ts';
import { startHttpServer, type AppServer } from '../../server/http.ts';
import { testConfig, testConnection, testDb } from '../support/db.ts';
import { neo4jProxy, type Neo4jProxy } from '../support/proxy.ts';
import { until } from '../support/until.ts';
import { loadSeed } from '../support/seed.ts';
import { ensureWebBuild } from '../support/web-build.ts';
import { launchChromium, openPage, waitForGraph, type WatchedPage } from './support.ts';

const RETRY_AFTER_SECONDS = 1;

let proxy: Neo4jProxy;
let db: Db;
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  const seeding = testDb();
  await loadSeed(seeding);
  await seeding.close();
  proxy = await neo4jProxy();
  const c = testConnection();
  db = new Db(createDriver({ ...c, uri: proxy.uri }), c.database, 60_000);
  // One at a time; others wait at most 1 s. Requests the explorer sends together (its retries
  // come back together too) then queue and are answered once Neo4j answers, instead of refusing
  // each other.
  // Retry-After: 1 s, so that the explorer's tries again come within the test's patience.
  server = await startHttpServer(
    { db, config: testConfig({ port: 0, maxActiveRequests: 1, maxQueuedRequests: 20, maxQueueWaitMs: 1000, retryAfterSeconds: RETRY_AFTER_SECONDS }) },
    0,
  );
  browser = await launchChromium();
});

afterEach(() => proxy.thaw());

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
  proxy?.close();
});


/** Takes the server's only turn and keeps it while Neo4j is frozen; `held` resolves when it is answered. */
async function holdTheOnlyTurn(): Promise<{ held: Promise<unknown> }> {
  const ask = () =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipality(code: "GM0034") { name } }' }),
    }).then((r) => r.json());
  // What an earlier page asked may still be running; then a connection in the pool before the
  // freeze (a new one could not be opened through it).
  await until('the server idle', () => server.load().active === 0);
  expect(await ask()).toMatchObject({ data: { municipality: { name: 'Almere' } } });
  proxy.freeze();
  const held = ask();
  await until('the held request to start', () => server.load().active === 1);
  // Wrapped: an async function would wait for a promise it returns.
  return { held };
}

const ALMERE = 'municipality:GM0034';
const CHALLENGE = 'challenge:leefbaarheid-en-veiligheid';

/** Chromium reports every 503 in the console; those are the refusals this test is about. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 503/.test(e));

/** After two more tries, Retry-After apart, the reader is told in Dutch; then Neo4j is let go. */
async function expectToldBusy({ page, errors }: WatchedPage, held: Promise<unknown>): Promise<void> {
  await page.waitForSelector('#error:not([hidden])', { timeout: 30_000 });
  expect(await page.locator('#error').textContent()).toBe('De server is nu te druk. Probeer het over een paar seconden opnieuw.');
  proxy.thaw();
  await held;
  expect(unexpected(errors)).toEqual([]);
  await page.context().close();
}

describe('explorer on a busy server', () => {
  it('sends a refused request again after Retry-After, and shows the graph', async () => {
    const { held } = await holdTheOnlyTurn();
    const { page, errors } = await openPage(browser, server.url);
    const refusal = await page.waitForResponse((r) => r.url().endsWith('/graphql') && r.status() === 503, { timeout: 20_000 });
    expect(refusal.headers()['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
    expect((await refusal.json()).errors[0].extensions.code).toBe('SERVER_BUSY');
    proxy.thaw();
    expect((await held) as object).toMatchObject({ data: { municipality: { name: 'Almere' } } });
    await waitForGraph(page);
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('says in Dutch that the server is too busy when it stays busy', async () => {
    const { held } = await holdTheOnlyTurn();
    await expectToldBusy(await openPage(browser, server.url), held);
  }, 60_000);

  it('says so in Dutch in the details panel too', async () => {
    const watched = await openPage(browser, `${server.url}/?view=network&focus=${ALMERE}`);
    await waitForGraph(watched.page);
    const { held } = await holdTheOnlyTurn();
    await watched.page.locator(`#text-view tr[data-id="${CHALLENGE}"] [data-action="open"]`).click();
    await expectToldBusy(watched, held);
  }, 60_000);

  it('does not send again what the reader no longer waits for', async () => {
    const { held } = await holdTheOnlyTurn();
    const { page, errors } = await openPage(browser, `${server.url}/?view=network&focus=${ALMERE}`);
    const asked: number[] = [];
    page.on('request', (r) => {
      if (r.postData()?.includes('query Neighbours')) asked.push(Date.now());
    });
    await page.waitForResponse((r) => r.status() === 503 && Boolean(r.request().postData()?.includes('query Neighbours')), { timeout: 20_000 });
    const refused = Date.now();
    // The reader moves on while the explorer waits to ask again.
    await page.getByRole('link', { name: 'Oorzaken' }).click();
    proxy.thaw();
    await held;
    // Past the moment the refused request would have been sent again (Retry-After), with room.
    await page.waitForTimeout(refused + RETRY_AFTER_SECONDS * 1000 + 2000 - Date.now());
    expect(asked.filter((at) => at > refused)).toEqual([]);
    const state = (await page.evaluate(() => window.__explorer!.state())) as { view: string; loading: boolean; graph: { base: string } };
    expect(state).toMatchObject({ view: 'causal', loading: false, graph: { base: 'causal' } });
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
