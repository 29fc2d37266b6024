import { describe, expect, it } from 'vitest';
import { clipId, createClipStore, numberedPath, type ClipTable } from '../../src/background/clip-store';
import type { Clip } from '../../src/core/types';
import { ClipStoreError } from '../../src/messaging/errors';
import type { StoredClip } from '../../src/messaging/protocol';

class MapTable implements ClipTable {
  rows = new Map<string, StoredClip>();
  failing = false;
  async get(id: string) {
    if (this.failing) throw new Error('QuotaExceededError');
    return this.rows.get(id);
  }
  async getByPath(path: string) {
    return [...this.rows.values()].filter((r) => r.path === path);
  }
  async put(record: StoredClip) {
    this.rows.set(record.id, structuredClone(record));
  }
  async delete(id: string) {
    this.rows.delete(id);
  }
  async list(limit?: number) {
    return [...this.rows.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
  }
}

function makeClip(from: string, path: string, tags: string[] = []): Clip {
  return {
    path,
    title: 'Title',
    author: '',
    date: '2024-01-01T00:00:00.000Z',
    from,
    tags,
    categories: [],
    markdown: 'body',
    text: `---\nfrom: ${from}\n---\n`,
    metadata: { title: 'Title', authors: [] },
    url: `${from}?utm_source=x`,
    mode: 'article',
    clippedAt: '2024-01-01T00:00:00.000Z',
  };
}

function clock(...stamps: string[]) {
  let i = 0;
  return () => new Date(stamps[Math.min(i++, stamps.length - 1)]);
}

describe('clip store', () => {
  it('keeps a clip under its article address with its times', async () => {
    const table = new MapTable();
    const store = createClipStore(table, clock('2024-02-01T10:00:00.000Z'));
    const info = await store.save(makeClip('https://a.com/x', '_posts/2024-01-01-x.md'));
    expect(info).toMatchObject({ id: 'https://a.com/x', path: '_posts/2024-01-01-x.md', updated: false });
    const stored = await store.get('https://a.com/x');
    expect(stored).toMatchObject({ savedAt: '2024-02-01T10:00:00.000Z', updatedAt: '2024-02-01T10:00:00.000Z', url: 'https://a.com/x?utm_source=x' });
    expect(stored?.text).toContain('from: https://a.com/x');
  });

  it('updates the same record, keeping its first path and save time, when the URL is clipped again', async () => {
    const table = new MapTable();
    const store = createClipStore(table, clock('2024-02-01T10:00:00.000Z', '2024-03-01T10:00:00.000Z'));
    await store.save(makeClip('https://a.com/x', '_posts/2024-01-01-x.md', ['old']));
    const again = await store.save(makeClip('https://a.com/x', '_posts/2024-03-01-x-renamed.md', ['new']));
    expect(again).toMatchObject({ updated: true, path: '_posts/2024-01-01-x.md', previous: { tags: ['old'], categories: [] } });
    expect(again.clip.path).toBe('_posts/2024-01-01-x.md');
    expect(table.rows.size).toBe(1);
    expect(await store.get('https://a.com/x')).toMatchObject({ savedAt: '2024-02-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z' });
  });

  it('never gives two articles the same path', async () => {
    const store = createClipStore(new MapTable(), clock('2024-02-01T10:00:00.000Z'));
    const a = await store.save(makeClip('https://a.com/x', '_posts/2024-01-01-news.md'));
    const b = await store.save(makeClip('https://b.com/y', '_posts/2024-01-01-news.md'));
    const c = await store.save(makeClip('https://c.com/z', '_posts/2024-01-01-news.md'));
    expect([a.path, b.path, c.path]).toEqual(['_posts/2024-01-01-news.md', '_posts/2024-01-01-news-2.md', '_posts/2024-01-01-news-3.md']);
  });

  it('lists newest first and deletes', async () => {
    const store = createClipStore(new MapTable(), clock('2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z'));
    await store.save(makeClip('https://a.com/1', '_posts/a.md'));
    await store.save(makeClip('https://a.com/2', '_posts/b.md'));
    expect((await store.list()).map((r) => r.id)).toEqual(['https://a.com/2', 'https://a.com/1']);
    expect((await store.list(1)).length).toBe(1);
    expect(await store.delete('https://a.com/1')).toBe(true);
    expect(await store.delete('https://a.com/1')).toBe(false);
    expect((await store.list()).map((r) => r.id)).toEqual(['https://a.com/2']);
  });

  it('wraps storage failures in ClipStoreError with what to do', async () => {
    const table = new MapTable();
    table.failing = true;
    const store = createClipStore(table, clock('2024-01-01T00:00:00.000Z'));
    await expect(store.save(makeClip('https://a.com/1', '_posts/a.md'))).rejects.toThrow(ClipStoreError);
    await expect(store.get('x')).rejects.toThrow(/disk space/);
  });
});

describe('helpers', () => {
  it('numbers a path before its extension', () => {
    expect(numberedPath('_posts/2021-07-10-a.b.md', 2)).toBe('_posts/2021-07-10-a.b-2.md');
    expect(numberedPath('_posts.d/noext', 3)).toBe('_posts.d/noext-3');
  });
  it('uses the article address as the id, else the tab URL', () => {
    expect(clipId(makeClip('https://a.com/x', 'p'))).toBe('https://a.com/x');
    expect(clipId({ ...makeClip('', 'p'), url: 'https://t.com/' })).toBe('https://t.com/');
  });
});
