// Chromium mode: the shared variants and timing protocol bundled (esbuild) into one blank page of headless Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BenchUsageError } from './args';
import { BROWSER_BENCH_GLOBAL, type BenchPage, type BrowserBench, type PageTimes } from './protocol';

/**
 * The page's origin. Nothing is fetched from it: Playwright answers the one request itself, with the headers that make
 * the page cross-origin isolated, which refines performance.now() from 0.1 ms steps to 5 µs ones (Chromium 156).
 */
const BENCH_URL = 'https://bench.invalid/';
const ISOLATION_HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export interface ChromiumBench {
  executable: string;
  version: string;
  timer: { resolutionMs: number; crossOriginIsolated: boolean };
  /** The protocol on one page, in the browser; rejects only when the page itself failed (it is then replaced). */
  measure(page: BenchPage, runs: number): Promise<PageTimes>;
  close(): Promise<void>;
}

/** Bundles the in-page half, launches Chromium ($CHROMIUM_BIN, else /usr/bin/chromium) and opens the bench page. */
export async function openChromiumBench(root: string): Promise<ChromiumBench> {
  const executable = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
  if (!existsSync(executable)) {
    throw new BenchUsageError(`--dom chromium: no Chromium at ${executable}; apt-get install -y chromium, or set CHROMIUM_BIN`);
  }
  const script = await bundle(root);
  const browser = await chromium.launch({
    executablePath: executable,
    headless: true,
    // --no-sandbox: the bench runs as root here, where Chromium refuses to start sandboxed.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    let page = await openPage(browser, script);
    const timer = await page.evaluate((key) => (globalThis as unknown as Record<string, BrowserBench>)[key].timer(), BROWSER_BENCH_GLOBAL);
    return {
      executable,
      version: browser.version(),
      timer,
      async measure(benchPage, runs) {
        try {
          return await page.evaluate(
            ({ key, benchPage, runs }) => (globalThis as unknown as Record<string, BrowserBench>)[key].measure(benchPage, runs),
            { key: BROWSER_BENCH_GLOBAL, benchPage, runs },
          );
        } catch (error) {
          // A crashed or hung renderer takes the page with it: start the next page on a new one.
          await page.close().catch(() => undefined);
          page = await openPage(browser, script);
          throw error;
        }
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/** The in-page half as one IIFE, built like the content script (browser platform, production defines). */
async function bundle(root: string): Promise<string> {
  const out = await build({
    entryPoints: [join(root, 'scripts/bench/browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome116'],
    minifySyntax: true,
    define: { 'process.env.NODE_ENV': '"production"', __TARGET__: '"chrome"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

async function openPage(browser: Browser, script: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(BENCH_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', headers: ISOLATION_HEADERS, body: '<!doctype html><title>bench</title>' }),
  );
  await page.goto(BENCH_URL);
  await page.addScriptTag({ content: script });
  return page;
}
