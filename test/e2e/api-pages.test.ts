/**
 * The API's own pages in a real Chromium with every request that leaves the server blocked, as on
 * a network without a CDN: GraphiQL renders from the project's own dependencies and runs a query,
 * and the API guide (docs/api.md) is served as a page the explorer links to.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { explorerSuite, openPage } from './support.ts';

const suite = explorerSuite();
const pages = suite.pages;

/** A page on which every request to another origin is refused, and recorded. */
async function offline(path: string): Promise<{ page: Page; blocked: string[] }> {
  const ex = suite.ex;
  const w = await openPage(ex.browser, 'about:blank');
  pages.push(w);
  const origin = new URL(ex.url).origin;
  const blocked: string[] = [];
  await w.page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  await w.page.goto(ex.url + path);
  return { page: w.page, blocked };
}

describe('API pages without a network beyond the server', () => {
  it('renders GraphiQL from the server alone, with the example queries, and runs one', async () => {
    const { page, blocked } = await offline('/graphql');
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
    expect(await page.title()).toBe('New Towns knowledge graph');
    await page.getByText('MechanismsBehindLiveability').first().waitFor({ timeout: 30_000 });
    // Run the last example (the ▶ button offers each operation): the answer comes from this server.
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'Municipalities' }).click();
    await page.getByText('"totalCount"').first().waitFor({ timeout: 30_000 });
    expect(blocked).toEqual([]);
    expect(await page.content()).not.toMatch(/unpkg\.com|cdn\.jsdelivr|esm\.sh/);
  });

  it('serves the API guide as a page, its contents linked, and the other guides beside it', async () => {
    const { page, blocked } = await offline('/docs/api.md');
    await page.getByRole('heading', { level: 1, name: 'The GraphQL API' }).waitFor();
    await page.getByRole('link', { name: '4. Search and lookups' }).click();
    await page.waitForFunction(() => location.hash === '#4-search-and-lookups');
    expect(await page.locator('[id="4-search-and-lookups"]').textContent()).toBe('4. Search and lookups');
    await page.getByRole('link', { name: 'ontology.md', exact: true }).first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /ontology|vocabulary/i }).waitFor();
    expect(page.url()).toBe(`${suite.ex.url}/docs/ontology.md`);
    expect(blocked).toEqual([]);
    // Only the guides: nothing else under docs/ or beyond it.
    for (const path of ['/docs/../package.json', '/docs/%2e%2e/package.json', '/docs/nope.md', '/docs/api.md.bak']) {
      const res = await fetch(suite.ex.url + path);
      expect(await res.text(), path).not.toMatch(/"dependencies"|<h1 id=/);
    }
  });

  it('is linked from the explorer', async () => {
    const { page } = await offline('/');
    const api = page.getByRole('link', { name: /GraphQL-API \(GraphiQL\)/ });
    expect(await api.getAttribute('href')).toBe('/graphql');
    expect(await page.getByRole('link', { name: /Handleiding API/ }).getAttribute('href')).toBe('/docs/api.md');
  });

  it('logged no console errors on any page', () => {
    // GraphiQL's bundled Monaco may warn; errors are what count.
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
