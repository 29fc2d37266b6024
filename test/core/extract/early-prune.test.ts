// The copy's first cleanup walk: never-article elements, landmarks outside the article and always-noise go, the article stays.
import { describe, expect, it } from 'vitest';
import { pruneCopy } from '../../../src/core/extract/early-prune';
import { resolveLazyFrame } from '../../../src/core/extract/lazy-images';
import { DOMS, htmlDoc } from './helpers';

const URL = 'https://example.com/news/story.html';

describe.each(DOMS)('pruneCopy (%s)', (dom) => {
  it('removes scripts (JSON-LD too), styles, templates, stylesheets and hidden elements', () => {
    const doc = htmlDoc(
      '<html><body><script>var a = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<style>p{}</style><link rel="stylesheet" href="/a.css"><template><p>t</p></template><div hidden><p>secret</p></div>' +
        '<p>Body text.</p></body></html>',
      URL,
      dom,
    );
    pruneCopy(doc, { outsideArticle: true });
    expect(doc.body.querySelector('script, style, link, template, [hidden]')).toBeNull();
    expect(doc.body.textContent).toBe('Body text.');
  });

  it('removes site header, footer, sidebar and navigation outside the article', () => {
    const doc = htmlDoc(
      '<html><body><header><a href="/">Home</a></header><nav><a href="/a">A</a></nav>' +
        '<article><h1>Title</h1><p>Story.</p></article><aside><a href="/x">Popular</a></aside>' +
        '<div role="contentinfo">© Example</div><footer>Footer links</footer></body></html>',
      URL,
      dom,
    );
    pruneCopy(doc, { outsideArticle: true });
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
    pruneCopy(doc, { outsideArticle: true });
    expect(doc.body.querySelector('header.hero img')).not.toBeNull();
    expect(doc.body.querySelector('[role="banner"] h1')?.textContent).toBe('Headline');
    const article = doc.body.querySelector('article');
    expect(article?.querySelector('header')?.textContent).toBe('Standfirst');
    expect(article?.querySelector('aside')?.textContent).toBe('A related quote');
    expect(article?.querySelector('footer')?.textContent).toBe('Notes');
    expect(doc.body.querySelector('aside main')?.textContent).toBe('Whole story in an aside.');
  });

  it.each([true, false])('removes always-noise anywhere, inside the article too (outsideArticle %s)', (outsideArticle) => {
    const doc = htmlDoc(
      '<html><head><noscript><meta name="x" content="y"></noscript><title>T</title></head><body><article><h1>Title</h1>' +
        '<nav><a href="/a">Sections</a></nav><div role="complementary">Box</div><div aria-hidden="true">Tooltip</div>' +
        '<img aria-hidden="true" src="/photo.jpg"><iframe src="https://www.facebook.com/plugins/like.php"></iframe>' +
        '<noscript>Turn on scripts</noscript><p>Story.</p></article><header><a href="/">Home</a></header></body></html>',
      URL,
      dom,
    );
    pruneCopy(doc, { outsideArticle });
    expect(doc.body.querySelector('nav, [role="complementary"], div[aria-hidden], iframe, noscript')).toBeNull();
    expect(doc.body.querySelector('img[aria-hidden]')).not.toBeNull();
    expect(doc.body.querySelector('article')?.textContent).toBe('TitleStory.');
    expect(doc.head.querySelector('noscript')).toBeNull();
    expect(doc.head.querySelector('title')).not.toBeNull();
    // Only article mode prunes the site header outside the article.
    expect(doc.body.querySelector('header') === null).toBe(outsideArticle);
  });

  it('shows each embed to `frame` before judging it, so a lazy Facebook plugin goes and a lazy video stays', () => {
    const doc = htmlDoc(
      '<html><body><article><p>Story.</p><iframe data-src="https://www.facebook.com/plugins/post.php?x=1"></iframe>' +
        '<iframe data-src="https://www.youtube.com/embed/abc"></iframe></article></body></html>',
      URL,
      dom,
    );
    const seen: string[] = [];
    pruneCopy(doc, {
      outsideArticle: true,
      frame: (frame) => {
        seen.push(frame.getAttribute('data-src') ?? '');
        resolveLazyFrame(frame);
      },
    });
    expect(seen).toHaveLength(2);
    const frames = Array.from(doc.body.querySelectorAll('iframe')).map((f) => f.getAttribute('src'));
    expect(frames).toEqual(['https://www.youtube.com/embed/abc']);
  });

  it('offers each element to `kept` once its subtree is final, saying whether an article tag stays below it', () => {
    const doc = htmlDoc(
      '<html><body><div class="a"><nav><h1>Site</h1></nav><p>x</p></div><div class="b"><section><h1>Title</h1></section></div>' +
        '<footer class="c"><p>Links</p></footer></body></html>',
      URL,
      dom,
    );
    const offered: string[] = [];
    pruneCopy(doc, { outsideArticle: true, kept: (el, tag, _attributes, below) => offered.push(`${tag}.${el.className}:${below}`) });
    // Post-order, children before their parent. The <h1> in the <nav> was offered before the <nav> went, and does not
    // count for div.a; so was the footer's <p> (the caller checks what is still in the page before acting).
    expect(offered).toEqual(['h1.:false', 'p.:false', 'div.a:false', 'h1.:false', 'section.:true', 'div.b:true', 'p.:false']);
    expect(doc.body.querySelector('nav, footer')).toBeNull();
  });
});
