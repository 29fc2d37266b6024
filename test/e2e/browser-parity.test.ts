// Browser parity: the real extension in Chromium clips saved real-world pages to exactly the file the core makes from the
// same HTML in Node (jsdom). Pages: every test/fixtures/pages fixture and a fixed sample of the shared corpus, each served
// under its own URL. A difference means the core depends on something a browser and jsdom do differently (layout,
// <noscript> parsing, encoding, live DOM state): a bug that unit tests under jsdom/linkedom cannot see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../src/cli/decode-html';
import { ExtensionBrowser, ROOT, median } from './harness';
import { expectedOutcomeForHtml } from './support/expected-clip';
import { chips, inputValue, rawText, waitForState } from './support/popup-driver';
import { startSiteServer, type SavedPage, type SiteServer } from './support/site-server';

const FIXTURE_PAGES = join(ROOT, 'test', 'fixtures', 'pages');
// The shared corpus sits beside the checkout (as on CI); AEB_CORPUS points elsewhere.
const CORPUS = process.env.AEB_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'aeb-dev');
/** How many corpus pages (in id order, so the sample is fixed) to add to the fixtures. */
const CORPUS_SAMPLE = Number(process.env.PARITY_CORPUS_PAGES ?? 10);

interface ParityPage extends SavedPage {
  name: string;
  /** The page decoded as the CLI decodes a saved file (what the core sees in Node). */
  html: string;
}

/** The address without its fragment, on https (the site server speaks only TLS). */
function servedUrl(url: string): string {
  const u = new URL(url);
  u.protocol = 'https:';
  u.hash = '';
  return u.href;
}

function fixturePages(): ParityPage[] {
  return readdirSync(FIXTURE_PAGES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURE_PAGES, e.name, 'source.html')))
    .map((e) => {
      const body = new Uint8Array(readFileSync(join(FIXTURE_PAGES, e.name, 'source.html')));
      const meta = JSON.parse(readFileSync(join(FIXTURE_PAGES, e.name, 'meta.json'), 'utf8')) as { url: string };
      // No charset in the header: the browser finds it in <meta charset>, as decodeHtml does for the Node side.
      return { name: e.name, url: servedUrl(meta.url), body, contentType: 'text/html', html: decodeHtml(body).text };
    });
}

function corpusPages(): ParityPage[] {
  if (!existsSync(join(CORPUS, 'ground-truth.json')) || CORPUS_SAMPLE <= 0) return [];
  const truth = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.keys(truth).sort().slice(0, CORPUS_SAMPLE).map((id) => {
    const body = new Uint8Array(gunzipSync(readFileSync(join(CORPUS, 'html', `${id}.html.gz`))));
    return { name: `corpus ${id.slice(0, 10)}`, url: servedUrl(truth[id].url), body, contentType: 'text/html; charset=utf-8', html: decodeHtml(body, 'text/html; charset=utf-8').text };
  });
}

/** The first line where two files differ, for a readable failure. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const i = a.findIndex((line, n) => line !== e[n]);
  const at = i === -1 ? Math.min(a.length, e.length) : i;
  return `line ${at + 1}: browser ${JSON.stringify(a[at]?.slice(0, 160))} vs core ${JSON.stringify(e[at]?.slice(0, 160))}`;
}

describe('browser parity: the extension in Chromium equals the core in Node on saved real pages', () => {
  const pages = [...fixturePages(), ...corpusPages()];
  let server: SiteServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSiteServer(pages);
    browser = await ExtensionBrowser.launch({ args: server.chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`clips ${pages.length} pages to the same bytes as the core`, async () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let same = 0;
    const times: number[] = [];
    for (const page of pages) {
      const started = Date.now();
      // The DOM is complete at DOMContentLoaded; waiting for 'load' would only wait for sub-resources that all 404 here.
      const tab = await browser.openPage(page.url, 'domcontentloaded');
      try {
        const loaded = Date.now();
        const { popup } = await browser.clickToolbar(tab);
        const state = await waitForState(popup, ['ready', 'no-article', 'error', 'restricted'], 30_000);
        if (process.env.PARITY_DEBUG) console.log(page.name, 'load', loaded - started, 'clip', Date.now() - loaded);
        // The popup's own inputs to the file: the tags it pre-filled (site defaults) and the date (publication or click time).
        const tags = state === 'ready' ? await chips(popup, 'tags') : [];
        const categories = state === 'ready' ? await chips(popup, 'categories') : [];
        const date = state === 'ready' ? new Date(await inputValue(popup, '#date')) : new Date();
        const expected = expectedOutcomeForHtml(page.html, page.url, { choices: { tags, categories }, now: date });
        if (state === 'ready' && expected.ok) {
          const text = await rawText(popup);
          if (text === expected.clip.text) same += 1;
          else problems.push(`${page.name} (${page.url}): ${firstDifference(text, expected.clip.text)}`);
        } else if (state === 'no-article' && !expected.ok) {
          same += 1;
        } else {
          const shown = await popup.evaluate<string>('document.body.innerText.slice(0, 200)');
          problems.push(`${page.name} (${page.url}): popup state ${state} but the core says ${expected.ok ? 'article' : 'no-article'}: ${shown}`);
        }
        await popup.close();
      } finally {
        await tab.close();
      }
      times.push(Date.now() - started);
    }
    console.log(`[e2e parity] ${same} of ${pages.length} pages identical in Chromium and in Node (load + click + clip: median ${median(times)} ms, max ${Math.max(...times)} ms a page)`);
    expect(problems).toEqual([]);
  }, 30_000 + pages.length * 15_000);
});
