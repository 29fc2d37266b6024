// Firefox smoke test: the built Firefox extension installs in firefox-esr (puppeteer-core over WebDriver BiDi) and its
// content script clips a local page to the same bytes the core produces in Node. Uses a test copy of dist/firefox with
// host access to 127.0.0.1 and the self-test entry in firefox/self-test.ts (BiDi cannot drive moz-extension:// pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { DIST_FIREFOX, startFixtureServer, type FixtureServer } from './harness';
import { ensureBuild } from './support/build';
import { expectedClip } from './support/expected-clip';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

describe('Firefox smoke (firefox-esr, WebDriver BiDi)', () => {
  let server: FixtureServer;
  let browser: Browser | undefined;
  let work: string;

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) {
      throw new Error(`firefox-esr is not installed at ${FIREFOX}: the Firefox smoke test cannot run. Install it with: apt-get install -y firefox-esr (or set FIREFOX=/path/to/firefox).`);
    }
    ensureBuild();
    work = mkdtempSync(join(tmpdir(), 'jwc-firefox-'));
    const extension = join(work, 'extension');
    cpSync(DIST_FIREFOX, extension, { recursive: true });
    await build({
      entryPoints: [join(import.meta.dirname, 'firefox', 'self-test.ts')],
      bundle: true,
      format: 'iife',
      target: 'firefox128',
      outfile: join(extension, 'self-test.js'),
      logLevel: 'silent',
    });
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as {
      background: { scripts: string[] };
      host_permissions?: string[];
    };
    manifest.background.scripts.push('self-test.js');
    manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
    writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest, null, 2));

    server = await startFixtureServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        'browser.download.dir': join(work, 'downloads'),
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        // Host permissions of MV3 add-ons are opt-in in Firefox; a test install must have them granted up front.
        'extensions.originControls.grantByDefault': true,
      },
    });
    await browser.installExtension(extension);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('clips a local article and downloads exactly the core output', async () => {
    const url = `${server.url('river-restoration.html')}?jwc-selftest=1`;
    const page = await browser!.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.title.startsWith('JWC-SELFTEST'), { timeout: 20_000 });
    const title = await page.title();
    expect(title).toMatch(/^JWC-SELFTEST ok /);

    const expected = expectedClip('river-restoration.html', url);
    expect(title).toBe(`JWC-SELFTEST ok ${expected.path}`);
    const file = join(work, 'downloads', expected.path);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file)).toEqual(Buffer.from(expected.text, 'utf8'));
  });
});
