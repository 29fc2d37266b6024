// Title cleaning: invisible watermarks and surrounding white space go; everything visible stays.
import { describe, expect, it } from 'vitest';
import { cleanNames, cleanTitle } from '../../../src/core/archive/clean-text';

describe('cleanTitle', () => {
  it('drops a BOM, zero-width watermark characters and surrounding white space', () => {
    expect(cleanTitle('\uFEFF  Wh\u200By Chi\u200C\u200Dna\u2060 \n')).toBe('Why China');
    expect(cleanTitle('中\u200B国\u200B')).toBe('中国');
  });

  it('keeps everything else, inner white space and punctuation included', () => {
    const title = 'A  "quoted" title: with # and \\ and 1:20\tand\u3000space';
    expect(cleanTitle(title)).toBe(title);
  });

  it('keeps the joiners that spell a word or an emoji', () => {
    expect(cleanTitle('👨\u200D👩\u200D👧 family')).toBe('👨\u200D👩\u200D👧 family');
    expect(cleanTitle('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanTitle('क्\u200Dष')).toBe('क्\u200Dष');
  });

  it('replaces a lone surrogate, which no UTF-8 file can hold, with U+FFFD', () => {
    expect(cleanTitle('a\uD83Db')).toBe('a\uFFFDb');
  });
});

describe('cleanNames', () => {
  it('cleans, drops empty names and repeats, and keeps order', () => {
    expect(cleanNames([' 中参馆 ', 'news', '\u200B', '中参馆', 'News'])).toEqual(['中参馆', 'news', 'News']);
  });
});
