import { describe, expect, it } from 'vitest';
import { createTagHistory, MAX_SITES, siteKey } from '../../src/background/tag-history';
import { FakeStorageArea } from '../storage/fake-storage-area';

const now = new Date('2024-01-01T00:00:00.000Z');

describe('tag history', () => {
  it('counts tags per stored clip and remembers the last choice per site', async () => {
    const history = createTagHistory(new FakeStorageArea());
    await history.record({ url: 'https://www.chinafile.com/a', tags: ['中参馆', 'tech'], categories: ['中参馆'] }, now);
    await history.record({ url: 'https://chinafile.com/b', tags: ['中参馆'], categories: [] }, now);
    const context = await history.context('https://www.chinafile.com/c', { tags: ['d'], categories: [] });
    expect(context.tags).toEqual([
      { name: '中参馆', count: 2 },
      { name: 'tech', count: 1 },
    ]);
    expect(context.categories).toEqual([{ name: '中参馆', count: 1 }]);
    expect(context.lastChoice).toEqual({ tags: ['中参馆'], categories: [] });
    expect(context.siteDefaults).toEqual({ tags: ['d'], categories: [] });
    expect((await history.context('https://other.org/', { tags: [], categories: [] })).lastChoice).toBeUndefined();
  });

  it('moves the counts when a clip is saved again with other tags, and gives them back on delete', async () => {
    const history = createTagHistory(new FakeStorageArea());
    await history.record({ url: 'https://a.com/1', tags: ['x', 'y'], categories: ['c'] }, now);
    await history.record({ url: 'https://a.com/1', tags: ['y', 'z'], categories: ['c'] }, now, { tags: ['x', 'y'], categories: ['c'] });
    let read = await history.read();
    expect(read.tags).toEqual({ y: 1, z: 1 });
    expect(read.categories).toEqual({ c: 1 });
    await history.release({ tags: ['y', 'z'], categories: ['c'] });
    read = await history.read();
    expect(read.tags).toEqual({});
    expect(read.categories).toEqual({});
  });

  it(`forgets the oldest sites beyond ${MAX_SITES}`, async () => {
    const history = createTagHistory(new FakeStorageArea());
    for (let i = 0; i <= MAX_SITES; i += 1) {
      await history.record({ url: `https://s${i}.example/`, tags: [], categories: [] }, new Date(Date.UTC(2024, 0, 1, 0, 0, i)));
    }
    const sites = Object.keys((await history.read()).sites);
    expect(sites.length).toBe(MAX_SITES);
    expect(sites).not.toContain('s0.example');
    expect(sites).toContain(`s${MAX_SITES}.example`);
  });

  it('keys sites by host without www', () => {
    expect(siteKey('https://WWW.Example.com/a')).toBe('example.com');
    expect(siteKey('nonsense')).toBeUndefined();
  });
});
