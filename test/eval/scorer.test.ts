// The benchmark scorer against examples computed by hand.
import { describe, expect, it } from 'vitest';
import { scorePage, summarize, harmonicMean, pageF1 } from '../../src/eval/metrics';
import { shingleCounts } from '../../src/eval/shingles';
import { charTokens, wordTokens } from '../../src/eval/tokenize';

describe('wordTokens', () => {
  it('takes maximal runs of Unicode letters, digits and underscore, keeping case', () => {
    expect(wordTokens("Hello, world_1! It's 3.5% — café 你好世界。")).toEqual([
      'Hello', 'world_1', 'It', 's', '3', '5', 'café', '你好世界',
    ]);
  });
  it('does not count combining marks as word characters (as Python re does not)', () => {
    expect(wordTokens('e\u0301te')).toEqual(['e', 'te']);
  });
  it('gives nothing for punctuation and space only', () => {
    expect(wordTokens(' .,;— \n')).toEqual([]);
  });
});

describe('charTokens', () => {
  it('splits every word character, dropping punctuation', () => {
    expect(charTokens('你好，世界 ab')).toEqual(['你', '好', '世', '界', 'a', 'b']);
  });
});

describe('shingleCounts', () => {
  it('counts every window of four tokens as a multiset', () => {
    const counts = shingleCounts(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect(counts.size).toBe(4);
    expect(counts.get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
    expect(counts.get(['b', 'c', 'd', 'a'].join('\u0001'))).toBe(1);
  });
  it('makes a text of one to three tokens a single shorter shingle, and an empty text none', () => {
    expect([...shingleCounts(['a', 'b'])]).toEqual([['a\u0001b', 1]]);
    expect(shingleCounts([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('scores one shared and one differing shingle as P = R = 1/2, scaled to thirds', () => {
    const page = scorePage('a b c d e', 'a b c d x');
    expect(page.precision).toBe(0.5);
    expect(page.recall).toBe(0.5);
    expect(page.tp).toBeCloseTo(1 / 3, 12);
    expect(page.fp).toBeCloseTo(1 / 3, 12);
    expect(page.fn).toBeCloseTo(1 / 3, 12);
  });
  it('matches repeated shingles only as often as the truth has them', () => {
    // truth: abcd×2, bcda, cdab, dabc (5); predicted: abcd (1) → tp 1, fn 4, fp 0.
    const page = scorePage('a b c d a b c d', 'a b c d');
    expect(page.precision).toBe(1);
    expect(page.recall).toBe(0.2);
  });
  it('counts extra predicted copies as false positives', () => {
    const page = scorePage('a b c d', 'a b c d. A b c d');
    // predicted: abcd, bcdA, cdAb, dAbc, Abcd (case-sensitive) → tp 1, fp 4.
    expect(page.precision).toBe(0.2);
    expect(page.recall).toBe(1);
  });
  it('leaves precision undefined for an empty prediction and recall undefined for an empty truth', () => {
    expect(scorePage('a b c d', '')).toMatchObject({ precision: undefined, recall: 0, fn: 1 });
    expect(scorePage('', 'a b c d')).toMatchObject({ precision: 0, recall: undefined, fp: 1 });
  });
});

describe('summarize', () => {
  it('averages precision over pages with a prediction and recall over pages with a truth, F1 of the means', () => {
    const pages = [scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', '')];
    // precision: mean of [1] = 1; recall: mean of [1, 0] = 0.5; F1 = 2·1·0.5/1.5.
    const s = summarize(pages);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
    expect(s.pages).toBe(2);
  });
  it('harmonicMean and pageF1 give 0 rather than NaN when nothing matched', () => {
    expect(harmonicMean(0, 0)).toBe(0);
    expect(pageF1(scorePage('a b c d', ''))).toBe(0);
  });
});
