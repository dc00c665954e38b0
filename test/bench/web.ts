/**
 * Explorer rendering bench: opens the built explorer in headless Chromium, loads synthetic graphs
 * of 2,000 and 10,000 elements through the build's test hook (`window.__explorer`), and prints
 * layout+render time and a pan frame-rate estimate, all measured inside the browser.
 *
 *   npx tsx test/bench/web.ts            (starts a static server for dist/web itself)
 *   benchWeb(baseUrl)                    (from test/bench/run.ts, against a running server)
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureWebBuild } from '../support/web-build.ts';
import { WEB_ROOT } from '../../server/http.ts';

const SIZES = [2000, 10_000];

/**
 * `baseUrl`: a running explorer. Without one (or when handed something else, as run.ts hands its
 * database) the bench serves dist/web itself: the synthetic graphs need no server data.
 */
export async function benchWeb(baseUrl?: string | object): Promise<void> {
  if (typeof baseUrl !== 'string') {
    ensureWebBuild();
    const s = await serveDist();
    try {
      return await benchWeb(s.url);
    } finally {
      s.close();
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const n of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
      const t0 = Date.now();
      // BENCH_WEBGL=1 measures Cytoscape's experimental WebGL renderer instead of the canvas.
      await page.goto(`${baseUrl}/?bench${process.env.BENCH_WEBGL === '1' ? '&webgl=1' : ''}`);
      await page.waitForFunction(() => Boolean(window.__explorer));
      const firstScreenMs = Date.now() - t0;
      const result = await page.evaluate((size) => window.__explorer!.loadSynthetic(size), n);
      const fps = await page.evaluate(() => window.__explorer!.panFps(2000));
      console.log(
        `web bench: ${n} elements (${result.nodes} nodes, ${result.edges} edges): layout+render ${result.layoutAndRenderMs} ms (of which state+elements+layout ${result.layoutMs} ms), ` +
          `pan ~${fps} frames/s, page ready ${firstScreenMs} ms`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/** A bare static server for dist/web: the bench needs no database. */
async function serveDist(): Promise<{ url: string; close(): void }> {
  const root = WEB_ROOT;
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    let file = path.join(root, pathname);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await benchWeb(process.argv[2]);
