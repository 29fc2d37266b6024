// Early pruning drops scripts, styles, hidden elements and landmarks outside the article, never the article itself.
import { describe, expect, it } from 'vitest';
import { pruneNeverArticle } from '../../../src/core/extract/early-prune';
import { DOMS, htmlDoc } from './helpers';

const URL = 'https://example.com/news/story.html';

describe.each(DOMS)('pruneNeverArticle (%s)', (dom) => {
  it('removes scripts, styles, templates and hidden elements but keeps JSON-LD', () => {
    const doc = htmlDoc(
      '<html><body><script>var a = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<style>p{}</style><template><p>t</p></template><div hidden><p>secret</p></div><p>Body text.</p></body></html>',
      URL,
      dom,
    );
    pruneNeverArticle(doc);
    expect(doc.body.querySelectorAll('script').length).toBe(1);
    expect(doc.body.querySelector('script')?.getAttribute('type')).toBe('application/ld+json');
    expect(doc.body.querySelector('style, template, [hidden]')).toBeNull();
    expect(doc.body.textContent).toContain('Body text.');
  });

  it('removes site header, footer, sidebar and navigation outside the article', () => {
    const doc = htmlDoc(
      '<html><body><header><a href="/">Home</a></header><nav><a href="/a">A</a></nav>' +
        '<article><h1>Title</h1><p>Story.</p></article><aside><a href="/x">Popular</a></aside>' +
        '<div role="contentinfo">© Example</div><footer>Footer links</footer></body></html>',
      URL,
      dom,
    );
    pruneNeverArticle(doc);
    expect(doc.body.querySelector('header, nav, aside, footer, [role="contentinfo"]')).toBeNull();
    expect(doc.body.querySelector('article')?.textContent).toBe('TitleStory.');
  });

  it('keeps landmarks inside the article, around it, and a header with the headline or lead photo', () => {
    const doc = htmlDoc(
      '<html><body><header class="hero"><img src="/lead.jpg"></header>' +
        '<div role="banner"><h1>Headline</h1></div>' +
        '<article><header><p class="dek">Standfirst</p></header><p>Story.</p><aside>A related quote</aside><footer>Notes</footer></article>' +
        '<aside><main><p>Whole story in an aside.</p></main></aside></body></html>',
      URL,
      dom,
    );
    pruneNeverArticle(doc);
    expect(doc.body.querySelector('header.hero img')).not.toBeNull();
    expect(doc.body.querySelector('[role="banner"] h1')?.textContent).toBe('Headline');
    const article = doc.body.querySelector('article');
    expect(article?.querySelector('header')?.textContent).toBe('Standfirst');
    expect(article?.querySelector('aside')?.textContent).toBe('A related quote');
    expect(article?.querySelector('footer')?.textContent).toBe('Notes');
    expect(doc.body.querySelector('aside main')?.textContent).toBe('Whole story in an aside.');
  });
});
