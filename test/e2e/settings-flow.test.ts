// Settings reach the clip: what the user sets on the options page (default tags and categories, image style, date
// source, layout) shapes the next popup's file exactly as the core does with the same settings.
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness';
import { expectedClip } from './support/expected-clip';
import { chips, inputValue, rawText, waitForState } from './support/popup-driver';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-store';

describe('options → popup (real Chromium, built extension)', () => {
  const env = useExtensionBrowser();

  it('default tags, categories, image style, date source and layout set on the options page shape the next clip', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl(env.browser.manifest().options_ui!.page));
    await options.waitForSelector('#options[data-ready="true"]');
    await options.fill('#layout', 'article');
    await options.fill('#default-tags', 'archive, 河流');
    await options.fill('#default-categories', '中参馆');
    await options.check('input[name="imageStyle"][value="html-no-referrer"]');
    await options.check('input[name="dateSource"][value="clipped"]');
    await options.press('#default-categories', 'Tab');
    await expect
      .poll(async () => ((await env.browser.worker.evaluate(() => chrome.storage.sync.get('archive'))).archive as Record<string, unknown>) ?? {})
      .toMatchObject({ layout: 'article', defaultTags: ['archive', '河流'], defaultCategories: ['中参馆'], imageStyle: 'html-no-referrer', dateSource: 'clipped' });
    await options.close();

    const url = env.server.url('river-restoration.html');
    const page = await env.browser.openPage(url);
    const { popup } = await env.browser.clickToolbar(page);
    await waitForState(popup, 'ready');
    expect(await chips(popup, 'tags')).toEqual(['archive', '河流']);
    expect(await chips(popup, 'categories')).toEqual(['中参馆']);

    // dateSource 'clipped': the post's date is the click, not the article's 2024 publication time.
    const clippedAt = new Date(await inputValue(popup, '#date'));
    expect(Math.abs(clippedAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    const settings = { ...DEFAULT_SETTINGS.archive, layout: 'article', defaultTags: ['archive', '河流'], defaultCategories: ['中参馆'],
      imageStyle: 'html-no-referrer' as const, dateSource: 'clipped' as const };
    const expected = expectedClip('river-restoration.html', url, { settings, now: clippedAt });
    const text = await rawText(popup);
    expect(text).toBe(expected.text);
    expect(text).toMatch(/^---\nlayout: article\n/);
    expect(text).toContain('referrerpolicy="no-referrer"');
    expect(text).toContain('tags: [ archive, 河流 ]');
    await popup.close();
    await page.close();
  });
});
