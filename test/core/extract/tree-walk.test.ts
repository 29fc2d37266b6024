// The hand walks behind the cleanup steps agree with the DOM calls they replace, under both DOMs.
import { describe, expect, it } from 'vitest';
import { wordCount, wordCountUpTo } from '../../../src/core/extract/boilerplate/blocks';
import { compareDocumentOrder, textLengthUpTo } from '../../../src/core/extract/tree-walk';
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

describe('wordCountUpTo', () => {
  it('counts Latin words, digits and each CJK character, and stops at the cap', () => {
    for (const text of ['', 'Hello, world 2019', '北京时间 10点', 'naïve café—déjà vu', 'abc中def 한국어', '😀 𠀀x']) {
      expect(wordCountUpTo(text, Infinity)).toBe(wordCount(text));
      expect(wordCountUpTo(text, 2)).toBe(Math.min(wordCount(text), 2));
    }
    expect(wordCount('abc中def')).toBe(3);
  });
});
