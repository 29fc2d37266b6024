import { describe, expect, it } from 'vitest';
import { clipTab, CONTENT_SCRIPT_FILE, type ClipTabDeps } from '../../src/background/clip-tab';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../src/core/settings';
import type { Clip, PageMetadata } from '../../src/core/types';
import type { ContentRequest } from '../../src/content/request';
import { ClipFailedError, ClipTimeoutError } from '../../src/messaging/errors';

const metadata: PageMetadata = { title: 'T', authors: [] };
const clip = { path: '_posts/2024-01-01-t.md', title: 'T', text: 'x', url: 'https://example.com/a' } as Clip;

function deps(overrides: Partial<ClipTabDeps> = {}) {
  const calls: Array<[string, ...unknown[]]> = [];
  const base: ClipTabDeps = {
    getTabUrl: async () => 'https://example.com/a',
    fileAccessAllowed: async () => false,
    injectFile: async (tabId, file) => void calls.push(['inject', tabId, file]),
    runClip: async (tabId, request) => {
      calls.push(['run', tabId, request]);
      return { ok: true, clip };
    },
    loadSettings: async () => ({
      archive: { ...DEFAULT_ARCHIVE_SETTINGS, layout: 'article' },
      siteRules: [{ domain: 'example.com', tags: ['mine'] }],
    }),
    now: () => new Date('2024-05-06T07:08:09.000Z'),
    timeoutMs: 1000,
  };
  return { deps: { ...base, ...overrides }, calls };
}

describe('clipTab', () => {
  it('injects the content script, then runs it with the settings, the rules and the clock', async () => {
    const { deps: d, calls } = deps();
    const result = await clipTab(d, { tabId: 7, mode: 'article', choices: { tags: ['a'] } });
    expect(result).toEqual({ ok: true, clip, rule: undefined, archive: { ...DEFAULT_ARCHIVE_SETTINGS, layout: 'article' } });
    expect(calls[0]).toEqual(['inject', 7, CONTENT_SCRIPT_FILE]);
    const request = calls[1][2] as ContentRequest;
    expect(request.mode).toBe('article');
    expect(request.choices).toEqual({ tags: ['a'] });
    expect(request.now).toBe('2024-05-06T07:08:09.000Z');
    expect(request.settings.layout).toBe('article');
    expect(request.rules[0]).toEqual({ domain: 'example.com', tags: ['mine'] });
  });

  it('answers restricted pages without injecting anything', async () => {
    const { deps: d, calls } = deps({ getTabUrl: async () => 'chrome://settings' });
    const result = await clipTab(d, { tabId: 1, mode: 'article' });
    expect(result).toMatchObject({ ok: false, code: 'restricted', url: 'chrome://settings' });
    expect(result.ok ? '' : result.message).toMatch(/can't be clipped/);
    expect(calls).toEqual([]);
  });

  it('turns an injection refusal into a restricted outcome', async () => {
    const { deps: d } = deps({
      getTabUrl: async () => undefined,
      injectFile: () => Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission')),
    });
    expect(await clipTab(d, { tabId: 1, mode: 'article' })).toMatchObject({ ok: false, code: 'restricted' });
  });

  it('passes a no-article outcome through with the tab URL', async () => {
    const { deps: d } = deps({ runClip: async () => ({ ok: false, code: 'no-article', message: 'No article', metadata }) });
    expect(await clipTab(d, { tabId: 1, mode: 'article' })).toEqual({
      ok: false,
      code: 'no-article',
      message: 'No article',
      metadata,
      url: 'https://example.com/a',
    });
  });

  it('reports a PDF found by its content type as restricted', async () => {
    const { deps: d } = deps({ getTabUrl: async () => 'https://example.com/download?id=3', runClip: async () => ({ ok: false, code: 'pdf' }) });
    const result = await clipTab(d, { tabId: 1, mode: 'article' });
    expect(result).toMatchObject({ ok: false, code: 'restricted' });
    expect(result.ok ? '' : result.message).toMatch(/PDF/);
  });

  it('reports other failures as ClipFailedError with the cause', async () => {
    const { deps: d } = deps({ runClip: () => Promise.reject(new Error('No tab with id: 1')) });
    await expect(clipTab(d, { tabId: 1, mode: 'article' })).rejects.toThrow(ClipFailedError);
    await expect(clipTab(d, { tabId: 1, mode: 'article' })).rejects.toThrow(/No tab with id/);
    const { deps: empty } = deps({ runClip: async () => undefined });
    await expect(clipTab(empty, { tabId: 1, mode: 'article' })).rejects.toThrow(/returned no result/);
  });

  it('gives up with ClipTimeoutError when the page takes too long', async () => {
    const { deps: d } = deps({ runClip: () => new Promise(() => undefined), timeoutMs: 30 });
    await expect(clipTab(d, { tabId: 1, mode: 'article' })).rejects.toBeInstanceOf(ClipTimeoutError);
  });
});
