// Slugs: the URL's readable slug when there is one, else the title's words in any script, within limits.
import { describe, expect, it } from 'vitest';
import { cutUtf8, MAX_SLUG_BYTES, postSlug, readableUrlSlug, titleSlug } from '../../../src/core/archive/slug';
import { fnv1a36 } from '../../../src/core/archive/hash';

const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('readableUrlSlug', () => {
  it.each([
    ['https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants', 'why-china-going-after-its-tech-giants'],
    ['https://example.com/2021/07/some-article-title.html', 'some-article-title'],
    ['https://example.com/news/tech-giants-2021/', 'tech-giants-2021'],
    ['https://example.com/news/some-long-story/amp/', 'some-long-story'],
    ['https://example.com/2021/some-long-story/index.html', 'some-long-story'],
  ])('takes the slug of %s', (url, slug) => {
    expect(readableUrlSlug(url)).toBe(slug);
  });

  it.each([
    'https://example.com/news/12345.html',
    'https://example.com/index.html',
    'https://example.com/',
    'https://mp.weixin.qq.com/s/AbCdEf123_xyz',
    'https://example.com/a/3f2a9c1e-77b4-4c55-9e0a-5d1f2b3c4d5e',
    'https://example.com/p/a1b2c3d4e5-story',
    'https://example.com/Why-China-Upper',
    'https://example.com/article',
    'not a url',
  ])('finds no readable slug in %s', (url) => {
    expect(readableUrlSlug(url)).toBeUndefined();
  });
});

describe('titleSlug', () => {
  it('joins lower-case ASCII words with -', () => {
    expect(titleSlug("Why China's Going After Its Tech Giants: A Primer!")).toBe('why-chinas-going-after-its-tech-giants-a-primer');
  });

  it('keeps CJK and other letters as they are', () => {
    expect(titleSlug('中国为何打击科技巨头？')).toBe('中国为何打击科技巨头');
    expect(titleSlug('iPhone 15 评测：值得买吗')).toBe('iphone-15-评测-值得买吗');
    expect(titleSlug('Ελληνικά & Русский')).toBe('ελληνικά-русский');
  });

  it('drops emoji, symbols and every character a file system or git rejects', () => {
    expect(titleSlug('🎉 Party <time>: "a/b\\c|d?e*f" 🎉')).toBe('party-time-a-b-c-d-e-f');
    expect(titleSlug('a\u0000b\u001Fc')).toBe('a-b-c');
  });

  it('normalises full-width forms', () => {
    expect(titleSlug('ＡＢＣ　１２３')).toBe('abc-123');
  });

  it('cuts at 100 bytes of UTF-8 without splitting a character', () => {
    const title = '中'.repeat(40); // 120 bytes
    const slug = titleSlug(title);
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(slug).toBe('中'.repeat(33)); // 99 bytes: a 34th character would make 102
    const mixed = titleSlug(`${'a'.repeat(98)}中文`);
    expect(mixed).toBe('a'.repeat(98));
  });

  it('never ends with - . or space after the cut', () => {
    // 21 words make 104 bytes; the 100-byte cut lands just after the 20th separator.
    const slug = titleSlug('word '.repeat(21));
    expect(slug).toBe(`${'word-'.repeat(19)}word`);
  });

  it('never gives a reserved Windows name', () => {
    for (const name of ['CON', 'prn', 'Aux', 'nul', 'COM1', 'lpt9', 'COM¹']) {
      const slug = titleSlug(name);
      expect(slug).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(slug.length).toBeGreaterThan(0);
    }
  });
});

describe('postSlug', () => {
  it('prefers the URL slug, then the title', () => {
    expect(postSlug('Some Title', 'https://example.com/a/readable-url-slug')).toBe('readable-url-slug');
    expect(postSlug('Some Title', 'https://example.com/a/98765.html')).toBe('some-title');
  });

  it('falls back to a short stable hash of the URL when the title has no letters', () => {
    const url = 'https://example.com/a/98765.html';
    expect(postSlug('', url)).toBe(fnv1a36(url));
    expect(postSlug('🎉🎉 !!!', url)).toBe(fnv1a36(url));
    expect(postSlug('', url)).toMatch(/^[0-9a-z]{1,7}$/);
    expect(postSlug('', 'https://example.com/other.html')).not.toBe(postSlug('', url));
  });
});

describe('cutUtf8', () => {
  it('keeps a grapheme cluster whole', () => {
    expect(cutUtf8('ab👨‍👩‍👧', 5)).toBe('ab');
    expect(cutUtf8('e\u0301e\u0301', 4)).toBe('e\u0301');
  });
});
