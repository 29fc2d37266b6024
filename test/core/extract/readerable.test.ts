// weightedLength: the one-pass count agrees with its definition by regular expressions on any text.
import { describe, expect, it } from 'vitest';
import { weightedLength } from '../../../src/core/extract/readerable';

/** The definition: white space runs made one space, ends trimmed, then each CJK character counted twice. */
function byDefinition(text: string): number {
  const compact = text.replace(/\s+/g, ' ').trim();
  return compact.length + (compact.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g)?.length ?? 0);
}

/** Characters on both sides of every boundary the count tests: white space of all kinds, near-spaces that are not, CJK ranges' ends. */
const ALPHABET = [
  ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
  '\ufeff', '\u200b', '\u180e', '\u0085', 'a', 'Z', '.', '中', 'あ', 'ン', '한', '\u3040', '\u30ff', '\u3400', '\u9fff',
  '\uac00', '\ud7af', '\uf900', '\ufaff', '\u303f', '\ud7b0', '\ud83d\ude00',
];

describe('weightedLength', () => {
  it('counts CJK characters twice and each run of white space once, none at the ends', () => {
    expect(weightedLength('  Hello,\n\n world  ')).toBe('Hello, world'.length);
    expect(weightedLength('中文 text')).toBe(9);
    expect(weightedLength('\u3000\u00a0')).toBe(0);
  });

  it('agrees with its definition on 20,000 random strings', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let length = random(14); length > 0; length--) text += ALPHABET[random(ALPHABET.length)];
      expect(weightedLength(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
  });
});
