// The hand walks behind the cleanup steps agree with the DOM calls they replace, under both DOMs.
import { describe, expect, it } from 'vitest';
import { wordCount, wordCountUpTo } from '../../../src/core/extract/boilerplate/blocks';
import { alphanumericTokensUpTo, compareDocumentOrder, textLengthUpTo, trimmedLength } from '../../../src/core/extract/tree-walk';
import { classAttribute } from '../../../src/core/class-attribute';
import { DOMS, htmlDoc } from './helpers';

function body(html: string, dom: (typeof DOMS)[number]): HTMLElement {
  return htmlDoc(`<!doctype html><html><head></head><body>${html}</body></html>`, 'https://example.com/', dom).body;
}

describe.each(DOMS)('tree walks (%s)', (dom) => {
  it('reads the class attribute’s value as the DOM holds it, for HTML and SVG elements, null when absent', () => {
    const root = body('<p class="  note  Note note "></p><svg class="icon"></svg><i></i>', dom);
    const [p, svg, i] = Array.from(root.children);
    expect(classAttribute(p)).toBe(p.getAttributeNode('class')?.value);
    expect(classAttribute(p)?.split(' ').filter(Boolean)).toEqual(dom === 'jsdom' ? ['note', 'Note', 'note'] : ['note', 'Note']);
    expect(classAttribute(svg)).toBe('icon');
    expect(classAttribute(i)).toBeNull();
  });

  it('orders nodes at different depths by document order (linkedom’s compareDocumentPosition does not)', () => {
    const root = body('<div id="a"><div><p id="deep">x</p></div></div><p id="late">y</p>', dom);
    const [a, deep, late] = ['a', 'deep', 'late'].map((id) => root.querySelector(`#${id}`) as Element);
    expect(compareDocumentOrder(deep, late)).toBeLessThan(0);
    expect(compareDocumentOrder(late, deep)).toBeGreaterThan(0);
    expect(compareDocumentOrder(a, deep)).toBeLessThan(0);
    expect(compareDocumentOrder(deep, a)).toBeGreaterThan(0);
    expect(compareDocumentOrder(late, late)).toBe(0);
  });

  it('counts the collapsed, trimmed text up to a limit', () => {
    const root = body('<div>  Hello,\n <b>big</b>\u00a0 world  <i> </i></div>', dom);
    const length = (root.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    expect(textLengthUpTo(root, 100)).toBe(length);
    expect(textLengthUpTo(root, 5)).toBeGreaterThan(5);
    expect(textLengthUpTo(body('<p> \n </p>', dom), 0)).toBe(0);
  });
});

describe.each(DOMS)('alphanumericTokensUpTo (%s)', (dom) => {
  /** The definition: white-space separated tokens of the text that hold an ASCII letter or digit. */
  const reference = (text: string): number => text.split(/\s+/).filter((t) => /[A-Za-z0-9]/.test(t)).length;

  it('counts tokens across text nodes as the joined text has them, and stops past the limit', () => {
    const root = body('<div>— Image <b>3</b> of<i>12</i>  — 北京 ©　x<!-- a b c --></div>', dom);
    const text = root.textContent ?? '';
    expect(alphanumericTokensUpTo(root, 100)).toBe(reference(text));
    expect(reference(text)).toBe(4);
    expect(alphanumericTokensUpTo(root, 2)).toBe(3);
  });

  it('never counts more tokens than the text has words, on random text split into random nodes', () => {
    const pieces = ['a', 'Z', '9', ' ', '\n', '\u00a0', '\u3000', '-', '—', '中', 'é', '😀', '_', '.'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 300; run++) {
      const parts = Array.from({ length: 1 + random(6) }, () => Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join(''));
      const root = body(`<p>${parts.map((p, i) => (i % 2 ? `<span>${p}</span>` : p)).join('')}</p>`, dom);
      const text = root.textContent ?? '';
      expect(alphanumericTokensUpTo(root, Infinity)).toBe(reference(text));
      expect(alphanumericTokensUpTo(root, Infinity)).toBeLessThanOrEqual(wordCount(text));
    }
  });
});

describe('trimmedLength', () => {
  it('is the length trim() leaves, for every kind of white space at either end', () => {
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const inner = ['', 'a', 'a b', '中文', '\u200b', 'x\u3000y', '😀'];
    for (const left of spaces) for (const right of spaces) for (const core of inner) {
      const text = `${left}${left}${core}${right}`;
      expect(trimmedLength(text)).toBe(text.trim().length);
    }
    expect(trimmedLength('')).toBe(0);
  });
});

describe('wordCountUpTo', () => {
  it('counts Latin words, digits and each CJK character, and stops at the cap', () => {
    for (const text of ['', 'Hello, world 2019', '北京时间 10点', 'naïve café—déjà vu', 'abc中def 한국어', '😀 𠀀x']) {
      expect(wordCountUpTo(text, Infinity)).toBe(wordCount(text));
      expect(wordCountUpTo(text, 2)).toBe(Math.min(wordCount(text), 2));
    }
    expect(wordCount('abc中def')).toBe(3);
  });
});
