// The byline and <time> markup, matched by hand over one walk of the page, is found exactly as its CSS selectors find it.
import { describe, expect, it } from 'vitest';
import { isInPageChrome } from '../../../../src/core/extract/metadata/page-chrome';
import { readPageByline } from '../../../../src/core/extract/metadata/page-byline';
import { indexPage } from '../../../../src/core/extract/metadata/page-index';
import { readTimeElements } from '../../../../src/core/extract/metadata/time-elements';
import { DOMS, htmlDoc } from '../helpers';

/** The constructs in trust order, as selectors: the oracle the hand matching must agree with. */
const BYLINE_SELECTORS = [
  '[itemprop~="author" i] [itemprop~="name" i]',
  '[itemprop~="author" i]',
  'a[rel~="author" i]',
  '.byline .author',
  '.byline__name',
  '.byline',
  '[class~="author-name" i]',
  '[class~="author" i]',
  '.article-author',
  '.post-author',
];
const LOOSE_BYLINE = '[class*="byline" i], [class*="author-name" i], [class*="authorname" i]';

/** The first construct's elements outside page chrome, by selector; else the loose matches (for the innermost rule). */
function bySelectors(doc: Document): { construct?: string; elements: Element[] } {
  for (const selector of BYLINE_SELECTORS) {
    const elements = Array.from(doc.querySelectorAll(selector)).filter((el) => !isInPageChrome(el));
    if (elements.length) return { construct: selector, elements };
  }
  return { elements: Array.from(doc.querySelectorAll(LOOSE_BYLINE)).filter((el) => !isInPageChrome(el)) };
}

const BODIES = [
  '<div itemprop="author"><span itemprop="Name">Ann Lee</span></div><p class="byline">By Bo Chen</p>',
  '<div ItemProp="Author">Cy Diaz</div><a rel="nofollow Author" href="/d">Dee Evans</a>',
  '<span rel="author">Not a link</span><a rel="AUTHOR" href="/f">Fay Gu</a>',
  '<div class="BYLINE"><span class="Author">Gil Ho</span></div><p class="byline">Ian Jo</p>',
  '<div class="story-byline"><div class="byline-inner"><span>Kai Lu</span></div></div>',
  '<p class="meta\tbyline\nmain">Mo Ng</p><p class="Author-Name">Ola Pi</p>',
  '<aside><p class="byline">Sidebar Person</p></aside><section class="comments"><p class="author">Commenter</p></section><p class="post-author">Quinn Ra</p>',
  '<p class="authorname">Sam Tu</p><p class="x-author-name-y">Uma Vo</p>',
];

describe.each(DOMS)('byline and time markup (%s)', (dom) => {
  for (const doctype of ['<!doctype html>', '']) {
    it(`finds the constructs their selectors find (${doctype ? 'standards' : 'quirks'} mode)`, () => {
      for (const body of BODIES) {
        const doc = htmlDoc(`${doctype}<html><head></head><body>${body}</body></html>`, 'https://example.com/', dom);
        const expected = bySelectors(doc);
        const found = readPageByline(indexPage(doc)).authors ?? [];
        const text = (el: Element) => (el.textContent ?? '').trim();
        if (expected.construct) expect(found, body).toEqual([Array.from(new Set(expected.elements.map(text))).join(', ')]);
        else {
          const innermost = expected.elements.find((el) => !expected.elements.some((o) => o !== el && el.contains(o)));
          expect(found, body).toEqual(innermost ? [text(innermost)] : []);
        }
      }
    });
  }

  it('prefers the <time> inside the article header, as `closest(…)` finds it', () => {
    for (const doctype of ['<!doctype html>', '']) {
      const doc = htmlDoc(
        `${doctype}<html><head></head><body><ul class="comments"><li><time datetime="2020-01-01">x</time></li></ul>
        <time datetime="2020-02-02">y</time><div class="Post-Meta"><time datetime="2020-03-03">z</time></div>
        <div role="main"><time datetime="2020-04-04">w</time></div></body></html>`,
        'https://example.com/',
        dom,
      );
      const closest = Array.from(doc.querySelectorAll('time[datetime]'))
        .filter((t) => !isInPageChrome(t))
        .find((t) => t.closest('article, [role="main"], main, header, .byline, .meta, .post-meta, .entry-meta, .article-meta'));
      expect(readTimeElements(indexPage(doc)).published).toEqual([closest?.getAttribute('datetime')]);
    }
  });
});
