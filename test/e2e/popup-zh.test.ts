// The extension in a Chinese browser: the popup and the options page show the zh_CN messages (checked element by
// element against _locales/zh_CN/messages.json), plus screenshots of both in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtensionBrowser, ROOT, saveScreenshot, startFixtureServer, type FixtureServer, type TargetSession } from './harness';
import { waitForState } from './support/popup-driver';

const ZH_PAK = '/usr/lib/chromium/locales/zh-CN.pak';
const zhMessages = JSON.parse(readFileSync(join(ROOT, '_locales', 'zh_CN', 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Every `data-i18n` element of the page: its key and the text it shows. */
const I18N_ELEMENTS = `[...document.querySelectorAll('[data-i18n]')].map((el) => ({ key: el.dataset.i18n, text: el.textContent }))`;

function checkLocalized(elements: Array<{ key: string; text: string }>): void {
  const missing = elements.filter((e) => !(e.key in zhMessages)).map((e) => e.key);
  expect(missing, `keys used by the page but missing from _locales/zh_CN/messages.json`).toEqual([]);
  for (const { key, text } of elements) expect(text, `element with data-i18n="${key}"`).toBe(zhMessages[key].message);
}

describe('Chinese UI (Chromium started with --lang=zh-CN)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    if (!existsSync(ZH_PAK)) {
      throw new Error(`Chromium has no Chinese UI strings (${ZH_PAK} is missing), so it would silently run in English. Install them: apt-get install -y chromium-l10n`);
    }
    server = await startFixtureServer();
    browser = await ExtensionBrowser.launch({ lang: 'zh-CN' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the browser really runs in Chinese (chrome.i18n.getUILanguage)', async () => {
    expect(await browser.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^zh/);
  });

  it('the popup shows every labelled string in Chinese; screenshots light and dark', async () => {
    const page = await browser.openPage(server.url('zh-article.html'));
    const { popup } = await browser.clickToolbar(page);
    await waitForState(popup, 'ready');
    const elements = await popup.evaluate<Array<{ key: string; text: string }>>(I18N_ELEMENTS);
    expect(elements.length).toBeGreaterThan(5);
    checkLocalized(elements);
    expect(await popup.evaluate<string>(`document.querySelector('#save').textContent`)).toMatch(/\p{Script=Han}/u);
    await screenshots(popup, 'popup-zh');
    await popup.close();
    await page.close();
  });

  it('the options page shows every labelled string in Chinese; screenshots light and dark', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 1200 });
    await page.goto(browser.extensionUrl(browser.manifest().options_ui!.page));
    await page.waitForSelector('#options[data-ready="true"]');
    checkLocalized(await page.evaluate<Array<{ key: string; text: string }>>(I18N_ELEMENTS));
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    // Messages built in code carry their substitution ($1) through chrome.i18n in Chinese too.
    await page.fill('#time-zone', 'Mars/Olympus_Mons');
    await page.press('#time-zone', 'Tab');
    await page.waitForSelector('#time-zone-error:not([hidden])');
    expect(await page.textContent('#time-zone-error')).toBe(zhMessages.optionsErrorTimeZone.message.replace('$1', 'Mars/Olympus_Mons'));
    await page.fill('#time-zone', '');
    await page.press('#time-zone', 'Tab');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      saveScreenshot(`options-zh-${scheme}`, await page.screenshot({ fullPage: true }));
    }
    await page.close();
  });
});

async function screenshots(popup: TargetSession, name: string): Promise<void> {
  saveScreenshot(`${name}-light`, await popup.screenshot());
  await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  saveScreenshot(`${name}-dark`, await popup.screenshot());
  await popup.send('Emulation.setEmulatedMedia', { features: [] });
}
