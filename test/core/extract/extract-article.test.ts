// extractArticle: works on a clone, finds the article, honours site rules, and says 'no-article' clearly.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { DOMS, htmlDoc } from './helpers';

const PROSE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the committee met on Tuesday to discuss the budget, and members argued at length about how much the city should spend on parks, libraries and the repair of old bridges over the river.</p>`,
).join('\n');

function articlePage(extraBody = '', head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Budget talks | City Paper</title>${head}</head><body>
    <nav><a href="/">Home</a><a href="/news">News</a></nav>
    <article><h1>Budget talks</h1>${PROSE}</article>${extraBody}
    <footer><p>© City Paper. All rights reserved.</p></footer></body></html>`;
}

describe.each(DOMS)('extractArticle (%s)', (dom) => {
  it('never modifies the page it is given', () => {
    const doc = htmlDoc(articlePage('<img data-src="/lazy.jpg" src="data:image/gif;base64,R0lGOD">'), 'https://city.example/a', dom);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, 'https://city.example/a', { mode: 'article', rules: [] });
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns the article without navigation or footer', () => {
    const result = extractArticle(htmlDoc(articlePage(), 'https://city.example/a', dom), 'https://city.example/a', { mode: 'article', rules: [] });
    if (!result.ok) throw new Error('expected an article');
    const text = result.content.textContent ?? '';
    expect(text).toContain('Paragraph 8');
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('News');
    expect(result.metadata.title).toBe('Budget talks');
  });

  it('says no-article for a page without an article, with the page metadata', () => {
    const html = `<!doctype html><html><head><title>Shop | Northwind</title></head><body><nav><a href="/a">A</a></nav>
      <main><h1>Welcome</h1><ul><li><a href="/x">X</a></li><li><a href="/y">Y</a></li></ul></main></body></html>`;
    const result = extractArticle(htmlDoc(html, 'https://shop.example/', dom), 'https://shop.example/', { mode: 'article', rules: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('no-article');
  });

  it('uses a site rule’s content selector and noise selectors', () => {
    const html = articlePage('<div class="extra"><p>Sidebar words that are not in the article.</p></div>').replace(
      '<article>',
      '<article><div class="share">Share this</div>',
    );
    const rules = [{ domain: 'city.example', content: 'article, .extra', remove: ['.share'] }];
    const result = extractArticle(htmlDoc(html, 'https://city.example/a', dom), 'https://city.example/a', { mode: 'article', rules });
    if (!result.ok) throw new Error('expected an article');
    expect(result.rule?.domain).toBe('city.example');
    expect(result.content.textContent).toContain('Sidebar words');
    expect(result.content.textContent).not.toContain('Share this');
  });

  it('never takes a rule’s content from inside the rule’s noise (a teaser body in a related list)', () => {
    const related = `<div class="related"><div class="body"><p>${'A teaser for another story entirely. '.repeat(8)}</p></div></div>`;
    const html = articlePage(related).replace('<article>', '<article class="body">');
    const rules = [{ domain: 'city.example', content: '.body', remove: ['.related'] }];
    const result = extractArticle(htmlDoc(html, 'https://city.example/a', dom), 'https://city.example/a', { mode: 'article', rules });
    if (!result.ok) throw new Error('expected an article');
    expect(result.content.textContent).toContain('Paragraph 8');
    expect(result.content.textContent).not.toContain('A teaser for another story');
  });

  it('ignores an invalid selector in a user-written rule', () => {
    const rules = [{ domain: 'city.example', content: 'article[', remove: ['::bogus('] }];
    const result = extractArticle(htmlDoc(articlePage(), 'https://city.example/a', dom), 'https://city.example/a', { mode: 'article', rules });
    expect(result.ok).toBe(true);
  });

  it('puts back the featured image (with its caption) that the extraction dropped', () => {
    const html = articlePage().replace(
      '<article>',
      `<div class="hero"><img src="/media/lead-photo-1200x800.jpg" alt=""><div class="credit">Photo: Ann Lee</div><p class="caption">The river at dawn.</p></div><article>`,
    );
    const head = '<meta property="og:image" content="https://city.example/media/lead-photo.jpg">';
    const result = extractArticle(htmlDoc(html.replace('</title>', `</title>${head}`), 'https://city.example/a', dom), 'https://city.example/a', {
      mode: 'article',
      rules: [],
    });
    if (!result.ok) throw new Error('expected an article');
    const first = result.content.querySelector('img');
    expect(first?.getAttribute('src')).toBe('https://city.example/media/lead-photo-1200x800.jpg');
    expect(result.content.textContent).toContain('The river at dawn.');
    expect(result.content.textContent).toContain('Photo: Ann Lee');
    expect((result.content.textContent ?? '').indexOf('The river at dawn.')).toBeLessThan((result.content.textContent ?? '').indexOf('Paragraph 1'));
  });

  it('does not add a social-card image the page never shows', () => {
    const head = '<meta property="og:image" content="https://city.example/share-card.png">';
    const result = extractArticle(htmlDoc(articlePage('', head), 'https://city.example/a', dom), 'https://city.example/a', { mode: 'article', rules: [] });
    if (!result.ok) throw new Error('expected an article');
    expect(result.content.querySelector('img')).toBeNull();
  });

  it('clips the whole page in page mode, minus scripts and navigation', () => {
    const html = articlePage('<script>alert(1)</script><style>p{}</style>');
    const result = extractArticle(htmlDoc(html, 'https://city.example/a', dom), 'https://city.example/a', { mode: 'page', rules: [] });
    if (!result.ok) throw new Error('expected content');
    const text = result.content.textContent ?? '';
    expect(text).toContain('Paragraph 1');
    expect(text).not.toContain('alert(1)');
    expect(result.content.querySelector('nav, script, style')).toBeNull();
  });

  it('clips the selection with the page’s metadata, lazy images and absolute links', () => {
    const selection = '<p>Only <a href="/this">this</a> part.</p><img data-src="pics/a.jpg" src="data:image/gif;base64,R0lGOD"><script>x()</script>';
    const result = extractArticle(htmlDoc(articlePage(), 'https://city.example/news/a', dom), 'https://city.example/news/a', {
      mode: 'selection',
      selectionHtml: selection,
      rules: [],
    });
    if (!result.ok) throw new Error('expected content');
    expect(result.content.textContent).toContain('Only this part.');
    expect(result.content.textContent).not.toContain('Paragraph 1');
    expect(result.content.querySelector('a')?.getAttribute('href')).toBe('https://city.example/this');
    expect(result.content.querySelector('img')?.getAttribute('src')).toBe('https://city.example/news/pics/a.jpg');
    expect(result.content.querySelector('script')).toBeNull();
    expect(result.metadata.title).toBe('Budget talks');
  });

  it('makes the article’s links, images and embeds absolute against <base href>, and drops javascript: links', () => {
    const extra =
      '<p>See <a href="notes/1">the notes</a>, <a href="javascript:void(0)">open the menu</a> and <a href="https://other.example/x">elsewhere</a>.</p>' +
      '<figure><img src="pics/b.jpg" alt="Bridge"><figcaption>The old bridge over the river, seen from the east bank.</figcaption></figure>' +
      '<iframe data-src="//www.youtube.com/embed/abc123" width="640" height="360"></iframe>';
    const page = articlePage('', '<base href="https://cdn.city.example/2024/">').replace('</article>', `${extra}</article>`);
    const result = extractArticle(htmlDoc(page, 'https://city.example/news/a', dom), 'https://city.example/news/a', { mode: 'article', rules: [] });
    if (!result.ok) throw new Error('expected an article');
    const hrefs = Array.from(result.content.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://cdn.city.example/2024/notes/1', null, 'https://other.example/x']);
    expect(result.content.querySelector('img')?.getAttribute('src')).toBe('https://cdn.city.example/2024/pics/b.jpg');
    expect(result.content.querySelector('iframe')?.getAttribute('src')).toBe('https://www.youtube.com/embed/abc123');
  });

  it('says no-article for an empty selection', () => {
    const result = extractArticle(htmlDoc(articlePage(), 'https://city.example/a', dom), 'https://city.example/a', {
      mode: 'selection',
      selectionHtml: '  ',
      rules: [],
    });
    expect(result.ok).toBe(false);
  });
});

describe.each(DOMS)('site rules that match too little (%s)', (dom) => {
  it('fall back to Readability when the rule’s content holds no real text', () => {
    const html = articlePage().replace('<article>', '<div class="photo"><img src="/p.jpg"></div><article>');
    const rules = [{ domain: 'city.example', content: '.photo', tags: ['t'] }];
    const result = extractArticle(htmlDoc(html, 'https://city.example/a', dom), 'https://city.example/a', { mode: 'article', rules });
    if (!result.ok) throw new Error('expected an article');
    expect(result.content.textContent).toContain('Paragraph 8');
    expect(result.rule?.tags).toEqual(['t']);
  });
});

describe.each(DOMS)('short articles (%s)', (dom) => {
  const brief = (head: string) =>
    `<!doctype html><html><head><title>Brief</title>${head}</head><body><nav><a href="/">Home</a></nav><article><h1>Road closed</h1>
     <p>The Elm Street bridge is closed until Friday for repairs, the city said on Monday. Buses will take the Oak Street detour.</p></article></body></html>`;

  it('accepts a short news brief that declares itself an article', () => {
    const result = extractArticle(htmlDoc(brief('<meta property="og:type" content="article">'), 'https://city.example/b', dom), 'https://city.example/b', { mode: 'article', rules: [] });
    expect(result.ok).toBe(true);
  });

  it('says no-article for the same few lines on a page that does not', () => {
    const result = extractArticle(htmlDoc(brief(''), 'https://city.example/b', dom), 'https://city.example/b', { mode: 'article', rules: [] });
    expect(result.ok).toBe(false);
  });
});

describe.each(DOMS)('rules with fields of the wrong type (%s)', (dom) => {
  it('still extract the article', () => {
    const rules = [{ domain: 'city.example', content: 42, remove: 'nav', lazyImageAttributes: 'data-x', scriptVariables: { author: 'x' } } as never];
    const result = extractArticle(htmlDoc(articlePage(), 'https://city.example/a', dom), 'https://city.example/a', { mode: 'article', rules });
    expect(result.ok).toBe(true);
  });
});
