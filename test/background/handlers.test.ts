// The worker's handlers wired to (fake) browser APIs: clip → save → download, pending modes, last choices, one-click.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClipTable } from '../../src/background/clip-store';
import { assembleClip } from '../../src/core/assemble';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../src/core/settings';
import type { ContentRequest } from '../../src/content/request';
import type { StoredClip } from '../../src/messaging/protocol';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown as FakeBrowser }));
const rows = vi.hoisted(() => new Map<string, StoredClip>());
vi.hoisted(() => {
  // The build defines __TARGET__; here the worker runs like Firefox's event page (blob: URLs made in place).
  (globalThis as Record<string, unknown>).__TARGET__ = 'firefox';
});

vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, key: string) => (fake.current.browser as Record<string, unknown>)[key] }),
}));
vi.mock('../../src/background/idb-clip-table', () => {
  const table: ClipTable = {
    get: async (id) => rows.get(id),
    getByPath: async (path) => [...rows.values()].filter((r) => r.path === path),
    put: async (r) => void rows.set(r.id, structuredClone(r)),
    delete: async (id) => void rows.delete(id),
    list: async () => [...rows.values()],
  };
  return { idbClipTable: table };
});

const { workerHandlers } = await import('../../src/background/handlers');
const { setPendingMode } = await import('../../src/background/pending');
const { clipAndSave } = await import('../../src/background/one-click');
const { saveSettings } = await import('../../src/storage/settings');
const { createContextMenus, onContextMenuClick } = await import('../../src/background/context-menus');
const { onCommand } = await import('../../src/background/commands');

const ARTICLE = 'https://www.example.com/news/2024/night-trains?utm_source=x';
const requests: ContentRequest[] = [];

/** The content script's part: the real pure assembly on fixed metadata, with the request's choices. */
function contentEntry(request: unknown) {
  const r = request as ContentRequest;
  requests.push(r);
  const clip = assembleClip(
    { metadata: { title: 'Night Trains', authors: ['H. Marsh'], published: '2024-03-18T05:30:00.000Z' }, markdown: 'Body.\n', url: ARTICLE, mode: r.mode },
    r.choices ?? {},
    r.settings,
    new Date(r.now),
  );
  return { ok: true, clip };
}

beforeEach(() => {
  fake.current = createFakeBrowser();
  fake.current.tabs.set(5, { id: 5, url: ARTICLE });
  fake.current.setContentEntry(contentEntry);
  rows.clear();
  requests.length = 0;
});

const contentKey = Symbol.for('jekyll-web-clipper.clip');

describe('worker handlers', () => {
  it('clips the tab with the settings and leaves no entry point behind', async () => {
    await saveSettings({ archive: { ...DEFAULT_ARCHIVE_SETTINGS, layout: 'article' } });
    const result = await workerHandlers.clipTab({ tabId: 5, mode: 'article' }, {});
    expect(result.ok).toBe(true);
    expect(result.ok && result.clip.text).toContain('layout: article\n');
    expect(fake.current.executeCalls.map((c) => c.files ?? 'func')).toEqual([['content.js'], 'func']);
    expect(contentKey in globalThis).toBe(false);
  });

  it('uses the mode a context-menu click left for the tab, once', async () => {
    await setPendingMode(5, 'selection');
    await workerHandlers.clipTab({ tabId: 5 }, {});
    await workerHandlers.clipTab({ tabId: 5 }, {});
    expect(requests.map((r) => r.mode)).toEqual(['selection', 'article']);
  });

  it('downloads under the archive path, stores the clip once and counts its tags once', async () => {
    const clipped = await workerHandlers.clipTab({ tabId: 5, mode: 'article', choices: { tags: ['trains'], categories: ['travel'] } }, {});
    if (!clipped.ok) throw new Error('expected a clip');
    const first = await workerHandlers.downloadClip({ clip: clipped.clip }, {});
    expect(first).toMatchObject({ path: '_posts/2024-03-18-night-trains.md', filename: '_posts/2024-03-18-night-trains.md', updated: false });
    await workerHandlers.saveClip({ clip: clipped.clip }, {});
    const again = await workerHandlers.downloadClip({ clip: clipped.clip }, {});
    expect(again).toMatchObject({ updated: true });
    // A new article's name clash gets a new name; the same article's file is replaced.
    expect(fake.current.downloads.map((d) => [d.filename, d.conflictAction])).toEqual([
      ['_posts/2024-03-18-night-trains.md', 'uniquify'],
      ['_posts/2024-03-18-night-trains.md', 'overwrite'],
    ]);
    expect(rows.size).toBe(1);
    const context = await workerHandlers.getTagContext({ url: 'https://example.com/other' }, {});
    expect(context.tags).toEqual([{ name: 'trains', count: 1 }]);
    expect(context.lastChoice).toEqual({ tags: ['trains'], categories: ['travel'] });
  });

  it('pre-fills the last choice for the site when asked', async () => {
    const first = await workerHandlers.clipTab({ tabId: 5, mode: 'article', choices: { tags: ['rail'] } }, {});
    if (!first.ok) throw new Error('expected a clip');
    await workerHandlers.saveClip({ clip: first.clip }, {});
    const again = await workerHandlers.clipTab({ tabId: 5, useLastChoice: true }, {});
    expect(again.ok && again.clip.tags).toEqual(['rail']);
  });

  it('suggests the global and the site rule defaults', async () => {
    await saveSettings({
      archive: { ...DEFAULT_ARCHIVE_SETTINGS, defaultTags: ['clipped'] },
      siteRules: [{ domain: 'example.com', tags: ['Example News'], categories: ['news'] }],
    });
    const context = await workerHandlers.getTagContext({ url: ARTICLE }, {});
    expect(context.siteDefaults).toEqual({ tags: ['clipped', 'Example News'], categories: ['news'] });
  });

  it('deletes a clip and gives back its tag counts', async () => {
    const clipped = await workerHandlers.clipTab({ tabId: 5, mode: 'article', choices: { tags: ['x'] } }, {});
    if (!clipped.ok) throw new Error('expected a clip');
    const saved = await workerHandlers.saveClip({ clip: clipped.clip }, {});
    expect(await workerHandlers.deleteClip({ id: saved.id }, {})).toEqual({ deleted: true });
    expect((await workerHandlers.getTagContext({ url: ARTICLE }, {})).tags).toEqual([]);
  });
});

describe('one-click clip', () => {
  it('saves, downloads and shows a check mark with the path', async () => {
    await clipAndSave(5, 'article');
    expect(fake.current.downloads).toHaveLength(1);
    expect(rows.size).toBe(1);
    expect(fake.current.badges.get(5)).toMatchObject({ text: '✓', title: expect.stringContaining('_posts/2024-03-18-night-trains.md') });
  });

  it('shows "!" with the reason on a page that cannot be clipped', async () => {
    fake.current.tabs.set(6, { id: 6, url: 'https://chromewebstore.google.com/detail/x' });
    await clipAndSave(6, 'article');
    expect(fake.current.downloads).toHaveLength(0);
    expect(fake.current.badges.get(6)).toMatchObject({ text: '!', title: expect.stringMatching(/can't be clipped/) });
  });
});

describe('context menus and commands', () => {
  it('creates the three menu items with their contexts', async () => {
    await createContextMenus();
    await createContextMenus();
    expect(fake.current.menus.map((m) => [m.id, m.contexts.join()])).toEqual([
      ['clip-page', 'page'],
      ['clip-whole-page', 'page'],
      ['clip-selection', 'selection'],
    ]);
  });

  it('opens the popup on the chosen mode', async () => {
    await onContextMenuClick({ menuItemId: 'clip-selection' } as never, { id: 5 } as never);
    expect(fake.current.popupOpens()).toBe(1);
    await workerHandlers.clipTab({ tabId: 5 }, {});
    expect(requests.map((r) => r.mode)).toEqual(['selection']);
    expect(fake.current.downloads).toHaveLength(0);
  });

  it('clips and saves at once where the popup cannot be opened', async () => {
    fake.current.failPopup();
    await onContextMenuClick({ menuItemId: 'clip-whole-page' } as never, { id: 5 } as never);
    expect(requests.map((r) => r.mode)).toEqual(['page']);
    expect(fake.current.downloads).toHaveLength(1);
    expect(fake.current.badges.get(5)?.text).toBe('✓');
  });

  it('runs clip-and-save for its command only', async () => {
    await onCommand('something-else', { id: 5 } as never);
    expect(fake.current.downloads).toHaveLength(0);
    await onCommand('clip-and-save', undefined);
    expect(requests.map((r) => r.mode)).toEqual(['article']);
    expect(fake.current.downloads).toHaveLength(1);
  });
});
