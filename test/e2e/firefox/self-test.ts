// Firefox smoke-test entry, added to a TEST COPY of dist/firefox only (never shipped): when a tab on 127.0.0.1 loads
// with ?jwc-selftest in its URL, it clips that tab through the real content script (the core, in Firefox's DOM) and
// downloads the file, then reports in the page title: "JWC-SELFTEST ok <path>" or "JWC-SELFTEST error <message>".
// Why a self-test: WebDriver BiDi cannot open moz-extension:// pages, so the popup cannot be driven in Firefox.
import { CONTENT_ENTRY_KEY, type ContentRequest } from '../../../src/content/request';
import { BUILT_IN_SITE_RULES } from '../../../src/core/site-rules';
import type { ClipOutcome } from '../../../src/core/clip';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-store';
import { effectiveSiteRules } from '../../../src/storage/effective-rules';

interface FirefoxApi {
  tabs: { onUpdated: { addListener(cb: (tabId: number, change: { status?: string }, tab: { url?: string }) => void): void } };
  scripting: {
    executeScript(opts: { target: { tabId: number }; files?: string[]; func?: (...args: never[]) => unknown; args?: unknown[] }): Promise<Array<{ result?: unknown }>>;
  };
  downloads: {
    download(opts: { url: string; filename: string; saveAs: boolean; conflictAction: string }): Promise<number>;
    onChanged: { addListener(cb: (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => void): void };
  };
}

const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
const started = new Set<number>();

function setTitle(tabId: number, title: string): Promise<unknown> {
  return api.scripting.executeScript({ target: { tabId }, func: ((t: string) => { document.title = t; }), args: [title] });
}

function waitForDownload(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    api.downloads.onChanged.addListener((delta) => {
      if (delta.id !== id) return;
      if (delta.state?.current === 'complete') resolve();
      if (delta.state?.current === 'interrupted') reject(new Error(`download interrupted: ${delta.error?.current ?? '?'}`));
    });
  });
}

async function selfTest(tabId: number): Promise<void> {
  const request: ContentRequest = {
    mode: 'article',
    settings: DEFAULT_SETTINGS.archive,
    rules: effectiveSiteRules(DEFAULT_SETTINGS.siteRules, BUILT_IN_SITE_RULES),
    now: new Date().toISOString(),
  };
  // The same two steps as the worker's clip-tab: inject the bundled content script, then call the entry it leaves.
  await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const [{ result }] = await api.scripting.executeScript({
    target: { tabId },
    func: ((key: string, req: ContentRequest) => {
      const holder = globalThis as unknown as Record<symbol, (r: ContentRequest) => unknown>;
      return holder[Symbol.for(key)](req);
    }),
    args: [CONTENT_ENTRY_KEY, request],
  });
  const outcome = result as ClipOutcome;
  if (!outcome?.ok) throw new Error(`no clip: ${JSON.stringify(outcome)}`);
  const url = URL.createObjectURL(new Blob([outcome.clip.text], { type: 'text/markdown;charset=utf-8' }));
  const id = await api.downloads.download({ url, filename: outcome.clip.path, saveAs: false, conflictAction: 'uniquify' });
  await waitForDownload(id);
  URL.revokeObjectURL(url);
  await setTitle(tabId, `JWC-SELFTEST ok ${outcome.clip.path}`);
}

api.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !tab.url || !/^http:\/\/127\.0\.0\.1:\d+\/.*[?&]jwc-selftest\b/.test(tab.url) || started.has(tabId)) return;
  started.add(tabId);
  selfTest(tabId).catch((error: unknown) => setTitle(tabId, `JWC-SELFTEST error ${error instanceof Error ? error.message : String(error)}`));
});
