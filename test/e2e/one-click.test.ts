// The clips that start without the toolbar button: the clip-and-save keyboard shortcut and the context menu's
// "Clip the selection". CDP cannot press an extension shortcut or pick a context-menu item, so each test dispatches the
// browser's own event object in the worker (chrome.commands.onCommand.dispatch / chrome.contextMenus.onClicked.dispatch),
// which runs exactly the listeners the worker registered, with real arguments, on a real tab and a real selection.
// A real shortcut or menu click also grants activeTab; the dispatch does not, so a toolbar click grants it first.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import { expectedClip } from './support/expected-clip';
import { chips, rawText, waitForState } from './support/popup-driver';

/** Selects the article's 3rd and 4th paragraphs (whole text of each), in whatever document it is given. */
function selectParagraphs(doc: Document): Range {
  const paragraphs = doc.querySelectorAll('article p');
  const first = paragraphs[2].firstChild!;
  const last = paragraphs[3].firstChild!;
  const range = doc.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.textContent!.length);
  return range;
}

describe('one-click clips (real Chromium, built extension)', () => {
  const env = useExtensionBrowser();

  /** Gives the page's tab the activeTab grant a real shortcut or menu click would give, then closes the popup unused. */
  async function grantActiveTab(page: Page): Promise<void> {
    const { popup } = await env.browser.clickToolbar(page);
    await waitForState(popup, ['ready', 'no-article']);
    await popup.close();
    await env.browser.closePopup();
  }

  it('clip-and-save shortcut (its onCommand listener dispatched in the worker): saves and downloads the core output, no popup', async () => {
    const commands = env.browser.manifest().commands ?? {};
    expect(Object.keys(commands)).toContain('clip-and-save');

    const url = env.server.url('zh-article.html');
    const page = await env.browser.openPage(url);
    await grantActiveTab(page);

    const tabUrl = await env.browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.commands.onCommand as unknown as { dispatch(command: string, tab: chrome.tabs.Tab): void }).dispatch('clip-and-save', tab);
      return tab.url;
    });
    expect(tabUrl).toBe(url);

    const expected = expectedClip('zh-article.html', url);
    const record = await env.browser.waitForRecord((r) => r.value.url === url);
    expect(record.value.text).toBe(expected.text);
    const download = await env.browser.waitForDownload((d) => basename(d.filename) === basename(expected.path));
    expect(readFileSync(download.filename)).toEqual(Buffer.from(expected.text, 'utf8'));
    // No popup: the shortcut saves in one step.
    expect(await env.browser.popupTargetId()).toBeUndefined();
    await page.close();
  });

  it('context menu "Clip the selection" (its onClicked listener dispatched with real info on a real selection) clips only the selection', async () => {
    const url = env.server.url('night-trains.html');
    const page = await env.browser.openPage(url);
    await grantActiveTab(page);
    // The same selection as selectParagraphs, made in the live page (a function cannot cross into the page by reference).
    const selectionText = await page.evaluate(() => {
        const paragraphs = document.querySelectorAll('article p');
        const range = document.createRange();
        range.setStart(paragraphs[2].firstChild!, 0);
        range.setEnd(paragraphs[3].firstChild!, paragraphs[3].firstChild!.textContent!.length);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
    });
    expect(selectionText).toContain('Today new overnight services');

    const recordsBefore = (await env.browser.dbRecords()).length;
    await env.browser.worker.evaluate(async ({ selectionText, url }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const info = { menuItemId: 'clip-selection', selectionText, pageUrl: url, frameId: 0, editable: false };
      (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: chrome.tabs.Tab): void }).dispatch(info, tab);
    }, { selectionText, url });

    // The worker opens the popup on the selection where the browser allows action.openPopup(), else it saves at once.
    const deadline = Date.now() + 15_000;
    let text: string | undefined;
    let tags: string[] = [];
    let categories: string[] = [];
    while (text === undefined && Date.now() < deadline) {
      if (await env.browser.popupTargetId()) {
        const popup = await env.browser.attachPopup();
        await waitForState(popup, 'ready');
        text = await rawText(popup);
        tags = await chips(popup, 'tags');
        categories = await chips(popup, 'categories');
        console.log('[e2e] context menu: the worker opened the popup on the selection (action.openPopup)');
        await popup.close();
      } else {
        const records = await env.browser.dbRecords();
        const saved = records.length > recordsBefore ? records.find((r) => r.value.url === url) : undefined;
        if (saved) {
          text = saved.value.text as string;
          const clip = saved.value.clip as { tags: string[]; categories: string[] };
          tags = clip.tags;
          categories = clip.categories;
          console.log('[e2e] context menu: the worker saved the selection directly (no popup)');
        }
      }
      if (text === undefined) await new Promise((r) => setTimeout(r, 50));
    }
    expect(text, 'neither a popup nor a saved clip appeared after the menu click').toBeDefined();
    const expected = expectedClip('night-trains.html', url, { mode: 'selection', select: selectParagraphs, choices: { tags, categories } });
    expect(text).toBe(expected.text);
    expect(expected.markdown).toContain('Today new overnight services');
    expect(expected.markdown).not.toContain('Ten years ago');
    await page.close();
  });
});
