// Site rules are JSON-able data matched by host suffix; the most specific domain wins.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SITE_RULES, findSiteRule } from '../../../src/core/site-rules';

describe('findSiteRule', () => {
  it('matches the domain and its subdomains, not look-alike hosts', () => {
    expect(findSiteRule('https://www.chinafile.com/a', BUILT_IN_SITE_RULES)?.domain).toBe('chinafile.com');
    expect(findSiteRule('https://chinafile.com/a', BUILT_IN_SITE_RULES)?.domain).toBe('chinafile.com');
    expect(findSiteRule('https://notchinafile.com/a', BUILT_IN_SITE_RULES)).toBeUndefined();
    expect(findSiteRule('https://mp.weixin.qq.com/s/abc', BUILT_IN_SITE_RULES)?.domain).toBe('mp.weixin.qq.com');
    expect(findSiteRule('https://weixin.qq.com/', BUILT_IN_SITE_RULES)).toBeUndefined();
    expect(findSiteRule('not a url', BUILT_IN_SITE_RULES)).toBeUndefined();
  });

  it('prefers the longest matching domain', () => {
    const rules = [{ domain: 'example.com', tags: ['a'] }, { domain: 'blog.example.com', tags: ['b'] }];
    expect(findSiteRule('https://blog.example.com/x', rules)?.tags).toEqual(['b']);
    expect(findSiteRule('https://www.example.com/x', rules)?.tags).toEqual(['a']);
  });

  it('gives ChinaFile its 中参馆 tag and category, and the rules survive JSON', () => {
    const chinafile = findSiteRule('https://www.chinafile.com/x', BUILT_IN_SITE_RULES)!;
    expect(chinafile.tags).toEqual(['中参馆']);
    expect(chinafile.categories).toEqual(['中参馆']);
    expect(JSON.parse(JSON.stringify(BUILT_IN_SITE_RULES))).toEqual(BUILT_IN_SITE_RULES);
  });
});

describe('malformed user rules', () => {
  it('are skipped instead of breaking the clip', () => {
    const rules = [{} as never, { domain: 42 } as never, { domain: 'example.com', tags: ['ok'] }];
    expect(findSiteRule('https://example.com/a', rules)?.tags).toEqual(['ok']);
  });
});
