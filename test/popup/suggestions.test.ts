import { describe, expect, it } from 'vitest';
import { buildSuggestions, tagSuggestions } from '../../src/popup/suggestions';
import { filterSuggestions } from '../../src/popup/tag-editor';

const notes = { siteDefault: 'default', lastUsed: 'last', usedTimes: (n: number) => `${n}×` };

describe('suggestions', () => {
  it('orders site defaults, then the last choice, then history, without duplicates', () => {
    const list = buildSuggestions(['中参馆'], ['China', '中参馆'], [
      { name: 'tech', count: 5 },
      { name: 'china', count: 2 },
    ], notes);
    expect(list).toEqual([
      { name: '中参馆', note: 'default' },
      { name: 'China', note: 'last' },
      { name: 'tech', note: '5×' },
    ]);
  });

  it('builds both lists from a tag context', () => {
    const lists = tagSuggestions(
      { tags: [{ name: 'a', count: 1 }], categories: [], siteDefaults: { tags: [], categories: ['news'] }, lastChoice: { tags: [], categories: ['x'] } },
      notes,
    );
    expect(lists.tags.map((s) => s.name)).toEqual(['a']);
    expect(lists.categories.map((s) => s.name)).toEqual(['news', 'x']);
  });

  it('filters by prefix first, then substring, skipping chosen names, case-insensitively', () => {
    const all = ['Tech', 'biotech', 'travel', 'Trains', 'tea'].map((name) => ({ name }));
    expect(filterSuggestions(all, 'te', ['TEA'], 10).map((s) => s.name)).toEqual(['Tech', 'biotech']);
    expect(filterSuggestions(all, '', [], 2).map((s) => s.name)).toEqual(['Tech', 'biotech']);
    expect(filterSuggestions(all, 'zz', [], 10)).toEqual([]);
  });
});
