// The service: one per image style, rules registered once, input never changed, elements and fragments accepted.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { toMarkdown } from '../../../src/core/markdown';
import { RULES, getMarkdownService } from '../../../src/core/markdown/service';
import { DOM_NAMES, parseDocument } from './support/doms';

describe('markdown service', () => {
  it('is built once per image style', () => {
    expect(getMarkdownService('markdown')).toBe(getMarkdownService('markdown'));
    expect(getMarkdownService('markdown')).not.toBe(getMarkdownService('html-no-referrer'));
  });

  it('registers every rule under its own key, once', () => {
    const keys = RULES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('converts a node whose document is linkedom’s', () => {
    const { document } = parseHTML('<html><body><article><p>Hello <b>world</b></p></article></body></html>');
    expect(toMarkdown(document.querySelector('article') as unknown as Element, { imageStyle: 'markdown' })).toBe('Hello **world**');
  });
});

describe.each(DOM_NAMES)('toMarkdown under %s', (dom) => {
  const html =
    '<article><h2>T</h2><pre class="language-js"><code><span class="line">a()</span><span class="line">b()</span></code></pre>' +
    '<p>x<sup><a href="#n">1</a></sup> <span class="katex"><annotation encoding="application/x-tex">y</annotation></span></p>' +
    '<table><tr><td rowspan="2">r</td><td>c</td></tr><tr><td>d</td></tr></table><p>中文\n中文</p><ol><li id="n">note</li></ol></article>';

  it('leaves the input DOM exactly as it was, and gives the same result twice', () => {
    const doc = parseDocument(dom, html);
    const article = doc.querySelector('article')!;
    const before = article.outerHTML;
    const first = toMarkdown(article, { imageStyle: 'markdown' });
    expect(article.outerHTML).toBe(before);
    expect(toMarkdown(article, { imageStyle: 'markdown' })).toBe(first);
    expect(first).toContain('[^1]: note');
  });

  it('accepts a DocumentFragment (a selection)', () => {
    const doc = parseDocument(dom, '<p>one <i>two</i></p><p>three</p>');
    const fragment = doc.createDocumentFragment();
    for (const p of Array.from(doc.body.querySelectorAll('p'))) fragment.appendChild(p.cloneNode(true));
    expect(toMarkdown(fragment, { imageStyle: 'markdown' })).toBe('one *two*\n\nthree');
  });

  it('returns an empty string for empty content', () => {
    const doc = parseDocument(dom, '<div id="e">  </div>');
    expect(toMarkdown(doc.querySelector('#e')!, { imageStyle: 'markdown' })).toBe('');
  });
});
