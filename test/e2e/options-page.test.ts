// The options page in real Chromium: it loads, saves changes to chrome.storage, edits site rules, imports and exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ExtensionBrowser, saveScreenshot } from './harness';

describe('options page (real Chromium, built extension)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await ExtensionBrowser.launch();
    page = await browser.context.newPage();
    const optionsPage = browser.manifest().options_ui?.page;
    expect(optionsPage, 'manifest options_ui.page').toBeTruthy();
    await page.goto(browser.extensionUrl(optionsPage!));
    await page.waitForSelector('#options[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
  });

  const stored = () => browser.worker.evaluate(() => chrome.storage.sync.get(null));

  it('shows the defaults and saves a changed field at once, storing only what differs from the defaults', async () => {
    expect(await page.inputValue('#layout')).toBe('post');
    expect(await page.inputValue('#file-name-pattern')).toBe('_posts/{date}-{slug}.md');
    expect(await page.isChecked('input[name="dateSource"][value="published"]')).toBe(true);
    // The browser's own zone is shown next to the empty field, so the user knows what empty means.
    expect(await page.textContent('#browser-time-zone')).toMatch(/\w+/);

    await page.fill('#default-tags', '中参馆, long read，  archive ,long read');
    await page.press('#default-tags', 'Tab');
    await page.waitForSelector('#status[data-result="saved"]');
    await page.check('input[name="dateSource"][value="clipped"]');
    await expect.poll(async () => (await stored()).archive).toEqual({ defaultTags: ['中参馆', 'long read', 'archive'], dateSource: 'clipped' });
  });

  it('refuses an unknown time zone, says why next to the field, and keeps the stored value', async () => {
    await page.fill('#time-zone', 'Mars/Olympus_Mons');
    await page.press('#time-zone', 'Tab');
    await page.waitForSelector('#time-zone[aria-invalid="true"]');
    expect(await page.textContent('#time-zone-error')).toContain('Mars/Olympus_Mons');
    expect(((await stored()).archive as Record<string, unknown>).timeZone).toBeUndefined();
    await page.fill('#time-zone', 'Asia/Shanghai');
    await page.press('#time-zone', 'Tab');
    await expect.poll(async () => ((await stored()).archive as Record<string, unknown>).timeZone).toBe('Asia/Shanghai');
    expect(await page.getAttribute('#time-zone', 'aria-invalid')).toBeNull();
  });

  it('adds, edits and deletes a site rule, rejecting an invalid selector', async () => {
    await page.click('#rule-add');
    await page.fill('#rule-domain', 'https://www.ChinaFile.com/reporting');
    await page.fill('#rule-tags', '中参馆');
    await page.fill('#rule-categories', '中参馆');
    await page.click('#rule-selectors summary');
    await page.fill('#rule-content', 'article .body[');
    await page.click('#rule-save');
    await page.waitForSelector('#rule-content[aria-invalid="true"]');
    expect(await page.isVisible('#rule-dialog')).toBe(true);
    await page.fill('#rule-content', 'article .body');
    await page.fill('#rule-remove', '.share-tools\naside.related, .newsletter');
    await page.click('#rule-save');
    await page.waitForSelector('#rule-dialog', { state: 'hidden' });
    await page.waitForSelector('li[data-domain="www.chinafile.com"][data-origin="user"]');

    const load = () => browser.worker.evaluate(async () => {
      // The rules may be stored in sync (chunked) or local: compare what the settings page would load.
      const sync = await chrome.storage.sync.get(null);
      const local = await chrome.storage.local.get(null);
      return { sync, local };
    });
    const text = JSON.stringify(await load());
    expect(text).toContain('www.chinafile.com');
    expect(text).toContain('aside.related, .newsletter');

    await page.click('li[data-domain="www.chinafile.com"] button[data-action="edit"]');
    expect(await page.inputValue('#rule-tags')).toBe('中参馆');
    await page.fill('#rule-tags', '中参馆, ChinaFile');
    await page.click('#rule-save');
    await page.waitForSelector('#rule-dialog', { state: 'hidden' });
    expect(await page.textContent('li[data-domain="www.chinafile.com"] .rule-detail')).toContain('中参馆, ChinaFile');

    await page.click('li[data-domain="www.chinafile.com"] button[data-action="delete"]');
    await page.waitForSelector('li[data-domain="www.chinafile.com"]', { state: 'detached' });
    expect(JSON.stringify(await load())).not.toContain('www.chinafile.com');
  });

  it('exports the settings as a JSON file and imports it back; a bad file gives a clear error and changes nothing', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/^jekyll-clipper-settings-\d{4}-\d{2}-\d{2}\.json$/);
    // The harness lets the browser save downloads itself (so extension file names survive): read it from the folder.
    const file = join(browser.downloadDir, download.suggestedFilename());
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').length > 0).toBe(true);
    const exported = readFileSync(file, 'utf8');
    const parsed = JSON.parse(exported) as { settings: { archive: { defaultTags: string[] } } };
    expect(parsed.settings.archive.defaultTags).toEqual(['中参馆', 'long read', 'archive']);

    const bad = join(browser.profileDir, 'bad.json');
    writeFileSync(bad, '{ "settings": ');
    const before = await stored();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#import')]);
    await chooser.setFiles(bad);
    await page.waitForSelector('#backup-error:not([hidden])');
    expect(await page.textContent('#backup-error')).toMatch(/not valid JSON/);
    expect(await stored()).toEqual(before);

    const edited = join(browser.profileDir, 'edited.json');
    parsed.settings.archive.defaultTags = ['restored'];
    writeFileSync(edited, JSON.stringify(parsed));
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), page.click('#import')]);
    await chooser2.setFiles(edited);
    await page.waitForSelector('#status[data-result="saved"]');
    expect(await page.inputValue('#default-tags')).toBe('restored');
    expect(await page.isHidden('#backup-error')).toBe(true);
  });

  it('renders in light and dark (screenshots in artifacts/screenshots)', async () => {
    await page.setViewportSize({ width: 800, height: 1200 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      saveScreenshot(`options-en-${scheme}`, await page.screenshot({ fullPage: true }));
      // Dark mode must really change the page, not just the screenshot name.
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      if (scheme === 'dark') expect(r + g + b).toBeLessThan(150);
      else expect(r + g + b).toBeGreaterThan(600);
    }
  });
});
