// The e2e harness: the built extension in Debian's Chromium (playwright-core), a real toolbar click (CDP
// Extensions.triggerAction), the popup driven over CDP, and the extension's state read from its own worker.
// Recipes and their reasons: /work/shared/docs/browser-testing.md.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_CHROME, ROOT, ensureBuild } from './support/build';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { TargetSession } from './support/target-session';

export { startFixtureServer, type FixtureServer } from './support/fixture-server';
export { TargetSession } from './support/target-session';
export { ROOT, DIST_CHROME, DIST_FIREFOX } from './support/build';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(ROOT, 'artifacts', 'screenshots');

export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

export interface LaunchOptions {
  /** UI language of the browser (and so of chrome.i18n): 'en' or 'zh-CN'. */
  lang?: 'en' | 'zh-CN';
  /** Extra Chromium switches, e.g. --host-resolver-rules to serve pages under their real host names. */
  args?: string[];
}

/** A record as found in the extension's IndexedDB: database, store, and the value. */
export interface DbRecord {
  db: string;
  store: string;
  value: Record<string, unknown>;
}

export interface DownloadItem {
  id: number;
  filename: string;
  state: string;
  mime: string;
  url: string;
}

export interface ToolbarClick {
  popup: TargetSession;
  /** Date.now() just before Extensions.triggerAction was sent. */
  clickedAt: number;
}

function localeEnv(lang: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // On Linux, Chromium takes its UI locale (chrome.i18n's) from --lang and the LANGUAGE variable.
  if (lang === 'zh-CN') Object.assign(env, { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' });
  else Object.assign(env, { LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' });
  return env;
}

export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly extensionId: string,
    readonly cdp: CDPSession,
    readonly profileDir: string,
    readonly downloadDir: string,
    /** The private copy of dist/chrome this browser loaded. */
    readonly extensionDir: string,
  ) {}

  /** Builds the extension if needed and launches Chromium with it; the caller must `close()`. */
  static async launch(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
    if (!existsSync(CHROMIUM)) {
      throw new BrowserMissingError(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM=/path/to/chromium).`);
    }
    ensureBuild();
    const lang = options.lang ?? 'en';
    const profileDir = mkdtempSync(join(tmpdir(), 'jwc-e2e-profile-'));
    const downloadDir = join(profileDir, 'downloads');
    mkdirSync(join(profileDir, 'Default'), { recursive: true });
    mkdirSync(downloadDir);
    // Load a private copy: a rebuild of dist/ while the browser runs (another terminal, a watcher) would otherwise swap
    // files under the loaded extension and fail tests at random.
    const extensionDir = join(profileDir, 'extension');
    cpSync(DIST_CHROME, extensionDir, { recursive: true });
    // Without this, Playwright's download interception renames the extension's file to a GUID.
    writeFileSync(
      join(profileDir, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloadDir, prompt_for_download: false }, intl: { app_locale: lang } }),
    );
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      env: localeEnv(lang),
      locale: lang,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--lang=${lang}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        ...(options.args ?? []),
      ],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      const extensionId = new URL(worker.url()).host;
      const browser = context.browser();
      if (!browser) throw new Error('Playwright gave no Browser for the persistent context.');
      const cdp = await browser.newBrowserCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
      return new ExtensionBrowser(context, worker, extensionId, cdp, profileDir, downloadDir, extensionDir);
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  /** The manifest the browser loaded. */
  manifest(): chrome.runtime.Manifest {
    return JSON.parse(readFileSync(join(this.extensionDir, 'manifest.json'), 'utf8')) as chrome.runtime.Manifest;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  /** Opens `url` in a new tab, waits for its load, and makes it the window's active tab (where activeTab grants go). */
  async openPage(url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url, { waitUntil });
    await page.bringToFront();
    return page;
  }

  /** The CDP 'tab' target (hidden by default, hence the filter) of a page. */
  async tabTargetId(page: Page): Promise<string> {
    const url = page.url();
    const { targetInfos } = (await this.cdp.send('Target.getTargets', { filter: [{}] })) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
    if (!tab) throw new Error(`No tab target for ${url} among: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
    return tab.targetId;
  }

  /** The popup's page target, if open. */
  async popupTargetId(): Promise<string | undefined> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets', { filter: [{}] })) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const popupPath = this.popupPath();
    return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(this.extensionUrl(popupPath)))?.targetId;
  }

  /** The popup's path inside the extension, from the manifest (action.default_popup). */
  popupPath(): string {
    const popup = this.manifest().action?.default_popup;
    if (!popup) throw new Error('The built manifest has no action.default_popup.');
    return popup;
  }

  /** Attaches to the popup once it is open and loaded. */
  async attachPopup(timeoutMs = 10_000): Promise<TargetSession> {
    const deadline = Date.now() + timeoutMs;
    let targetId: string | undefined;
    while (!(targetId = await this.popupTargetId())) {
      if (Date.now() > deadline) throw new Error(`No popup (${this.popupPath()}) opened within ${timeoutMs} ms.`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const popup = await TargetSession.attach(this.cdp, targetId);
    await popup.waitFor(`document.readyState === 'complete'`, { timeoutMs });
    return popup;
  }

  /** The real toolbar click: grants activeTab on the page's tab and opens the popup, which is returned attached. */
  async clickToolbar(page: Page): Promise<ToolbarClick> {
    await page.bringToFront();
    const targetId = await this.tabTargetId(page);
    const clickedAt = Date.now();
    await this.cdp.send('Extensions.triggerAction', { id: this.extensionId, targetId });
    return { popup: await this.attachPopup(), clickedAt };
  }

  /** Closes the popup if one is open (as a click elsewhere would). */
  async closePopup(): Promise<void> {
    const targetId = await this.popupTargetId();
    // It may close by itself meanwhile (e.g. after a save): a vanished target is the outcome we want.
    if (targetId) await this.cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    const deadline = Date.now() + 5_000;
    while ((await this.popupTargetId()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  /** Every record of every object store of the extension's IndexedDB databases (read inside the worker). */
  async dbRecords(): Promise<DbRecord[]> {
    return this.worker.evaluate(async () => {
      const out: Array<{ db: string; store: string; value: Record<string, unknown> }> = [];
      const request = <T>(r: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await request(indexedDB.open(info.name));
        try {
          for (const store of Array.from(db.objectStoreNames)) {
            const values = await request(db.transaction(store).objectStore(store).getAll());
            for (const value of values) out.push({ db: info.name, store, value: value as Record<string, unknown> });
          }
        } finally {
          db.close();
        }
      }
      return out;
    });
  }

  /** chrome.downloads items, newest first. */
  async downloads(): Promise<DownloadItem[]> {
    return this.worker.evaluate(async () =>
      (await chrome.downloads.search({ orderBy: ['-startTime'] })).map((d) => ({ id: d.id, filename: d.filename, state: d.state, mime: d.mime, url: d.url })),
    );
  }

  /** Waits for a completed download that `accept` accepts. */
  async waitForDownload(accept: (item: DownloadItem) => boolean, timeoutMs = 15_000): Promise<DownloadItem> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const items = await this.downloads();
      const done = items.find((d) => d.state === 'complete' && accept(d));
      if (done) return done;
      if (Date.now() > deadline) throw new Error(`No matching completed download within ${timeoutMs} ms; downloads: ${JSON.stringify(items)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits until the IndexedDB holds a record that `accept` accepts. */
  async waitForRecord(accept: (record: DbRecord) => boolean, timeoutMs = 15_000): Promise<DbRecord> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const records = await this.dbRecords();
      const found = records.find(accept);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No matching IndexedDB record within ${timeoutMs} ms; have: ${JSON.stringify(records.map((r) => [r.db, r.store, r.value.id ?? r.value.path]))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/** Saves a PNG under artifacts/screenshots/ and returns its path. */
export function saveScreenshot(name: string, png: Buffer): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  writeFileSync(path, png);
  return path;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The fixture server and the extension's browser for one test file: started before its tests, closed after them. */
export interface ExtensionTestEnv {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/** Registers the file's beforeAll/afterAll; the returned fields are set once beforeAll has run. */
export function useExtensionBrowser(): ExtensionTestEnv {
  const env = {} as ExtensionTestEnv;
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.browser = await ExtensionBrowser.launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
