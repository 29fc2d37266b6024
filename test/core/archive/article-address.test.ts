// The `from` rule: canonical vs tab URL, tracking parameters and fragments, WeChat's identity parameters.
import { describe, expect, it } from 'vitest';
import { articleAddress } from '../../../src/core/archive/article-address';

describe('articleAddress', () => {
  it('uses the canonical URL on the same host, ignoring the scheme and www.', () => {
    expect(articleAddress('http://chinafile.com/a?utm_source=x', 'https://www.chinafile.com/a-canonical')).toBe(
      'https://www.chinafile.com/a-canonical',
    );
  });

  it('resolves a relative canonical URL against the tab', () => {
    expect(articleAddress('https://example.com/news/1?page=2', '/news/1')).toBe('https://example.com/news/1');
  });

  it('keeps the tab URL when the canonical is on another host', () => {
    expect(articleAddress('https://mirror.example.org/story', 'https://original.example.com/story')).toBe('https://mirror.example.org/story');
  });

  it('keeps the tab URL when the canonical points at the home page', () => {
    expect(articleAddress('https://example.com/2021/07/story', 'https://example.com/')).toBe('https://example.com/2021/07/story');
  });

  it('ignores a canonical that is not an http(s) URL', () => {
    expect(articleAddress('https://example.com/story', 'javascript:alert(1)')).toBe('https://example.com/story');
  });

  it('removes tracking parameters and the fragment, keeping the others in order and encoding', () => {
    expect(
      articleAddress(
        'https://example.com/s?id=42&utm_source=tw&UTM_Medium=social&fbclid=abc&q=a+b%20c&gclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5&yclid=6&_hsenc=7&_hsmi=8&spm=9&ref_src=10&dclid=11#comments',
      ),
    ).toBe('https://example.com/s?id=42&q=a+b%20c');
  });

  it('drops the query mark when nothing is left', () => {
    expect(articleAddress('https://example.com/s?utm_campaign=x#top')).toBe('https://example.com/s');
  });

  it('keeps the route of a single-page site in the fragment', () => {
    expect(articleAddress('https://example.com/#/article/42?x')).toBe('https://example.com/#/article/42?x');
    expect(articleAddress('https://example.com/#!/article/42')).toBe('https://example.com/#!/article/42');
  });

  it("keeps WeChat's identity parameters and drops its session junk", () => {
    expect(
      articleAddress(
        'https://mp.weixin.qq.com/s?__biz=MzA5&mid=2650&idx=1&sn=abc123&chksm=84ee&scene=21&sessionid=1&key=k&pass_ticket=p&ascene=1#wechat_redirect',
      ),
    ).toBe('https://mp.weixin.qq.com/s?__biz=MzA5&mid=2650&idx=1&sn=abc123');
    expect(articleAddress('https://mp.weixin.qq.com/s/AbCdEf123?scene=1&from=timeline')).toBe('https://mp.weixin.qq.com/s/AbCdEf123');
  });

  it('gives back a URL it cannot parse as it is', () => {
    expect(articleAddress('  about:blank  ')).toBe('about:blank');
  });
});
