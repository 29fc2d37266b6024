// findArticleRegion / cloneRegion: the part of the page that holds its prose, and a copy of just that part.
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { cloneRegion, findArticleRegion } from '../../../src/core/extract/article-region';
import { extractArticle } from '../../../src/core/extract/index';
import { indexPage } from '../../../src/core/extract/metadata/page-index';
import { measureProse } from '../../../src/core/extract/prose';
import { DOMS, htmlDoc } from './helpers';

const PARAGRAPH =
  '<p>The committee met on Tuesday to discuss the budget, and members argued at length about parks, libraries and bridges.</p>';
const PROSE = PARAGRAPH.repeat(12);

/** A page whose prose sits in main > div.column > article > div.body (the headline above the article), with menus and a footer around it. */
function page(extra = ''): string {
  return `<!doctype html><html><head><title>Budget talks | City Paper</title><meta name="author" content="Ann Lee"></head>
    <body class="site"><div id="top"><ul class="menu">${'<li><a href="/s">A section with a long link name</a></li>'.repeat(30)}</ul></div>
    <main id="main"><div class="column"><h1>Budget talks</h1><article id="story"><div class="body">${PROSE}</div></article>
    <div class="related"><a href="/r">Related story</a></div></div>${extra}</main>
    <footer><p>© City Paper. All rights reserved. Contact us at the address below for licensing.</p></footer></body></html>`;
}

describe.each(DOMS)('article region (%s)', (dom) => {
  it('is two levels above the element that holds nearly all the prose, and link text does not count', () => {
    const doc = htmlDoc(page(), 'https://city.example/a', dom);
    // div.body holds the prose; two levels up: article#story → div.column.
    expect(findArticleRegion(doc)?.getAttribute('class')).toBe('column');
  });

  it('narrows a page wrapped in one <form> (ASP.NET) like any other, while form controls\' text does not count', () => {
    const controls = `<form class="signup"><label>${'Your e-mail address for the daily newsletter '.repeat(40)}</label><button>Sign up</button></form>`;
    const wrapped = page(controls).replace('<body class="site">', '<body class="site"><form id="aspnetForm">').replace('</body>', '</form></body>');
    expect(findArticleRegion(htmlDoc(wrapped, 'https://city.example/a', dom))?.getAttribute('class')).toBe('column');
  });

  it('is measured by the page index’s walk exactly as by its own (hidden, navigation, link and control text left out)', () => {
    const extra = `<div hidden><p>${PARAGRAPH}</p></div><div style="display:none">${PARAGRAPH}</div><nav><p>${PARAGRAPH}</p></nav>
      <form><label>${PARAGRAPH}</label><p>${PARAGRAPH}</p></form><script>var prose = "not prose";</script>`;
    const doc = htmlDoc(page(extra), 'https://city.example/a', dom);
    const index = indexPage(doc);
    const indexed = index.prose;
    const measured = measureProse(doc.body);
    expect(indexed.size).toBeGreaterThan(5);
    expect([...indexed]).toEqual([...measured]);
    expect(index.h1s[0]).toBe(doc.querySelector('h1'));
    expect(findArticleRegion(doc, { prose: indexed, headline: index.h1s[0] })).toBe(findArticleRegion(doc));
  });

  it('does not climb the second level when the first holds the page’s first <h1>: the headline’s block is in', () => {
    const layout = (headline: string, story: string): string =>
      `<html><body><div class="page"><div class="strip"><img src="/promo.jpg" alt=""></div>${headline}<div class="story">${story}
      <div class="body">${PROSE}</div></div><div class="rail">${'<p><a href="/t">A teaser with a long linked title</a></p>'.repeat(20)}</div></div></body></html>`;
    // div.body holds the prose; one level up, div.story holds the headline too.
    const inStory = htmlDoc(layout('', '<h1>Budget talks</h1>'), 'https://city.example/a', dom);
    expect(findArticleRegion(inStory)?.getAttribute('class')).toBe('story');
    // The headline beside div.story: the second level is climbed to take it in.
    const beside = htmlDoc(layout('<h1>Budget talks</h1>', ''), 'https://city.example/a', dom);
    expect(findArticleRegion(beside)?.getAttribute('class')).toBe('page');
    // An <h1> in a recirculation box inside the story is not the page's first: the headline above it still counts.
    const recirc = htmlDoc(layout('<h1>Budget talks</h1>', '<aside><h1>More on City Paper</h1></aside>'), 'https://city.example/a', dom);
    expect(findArticleRegion(recirc)?.getAttribute('class')).toBe('page');
  });

  it('does not climb the second level to <body> when the first holds 95 % of the prose: the rest is the site around it', () => {
    const site = (lede: string): string =>
      `<html><body><div id="masthead"><a href="/">City Paper</a><ul>${'<li><a href="/s">Section</a></li>'.repeat(20)}</ul></div>${lede}
      <div class="hed"><h1>Budget talks</h1></div><div class="wrap"><main class="flex"><div class="left">${PROSE}</div><div class="right">${PARAGRAPH.repeat(2)}</div></main></div>
      <div class="popup"><p>We use cookies.</p></div></body></html>`;
    // main.flex holds the prose (div.left only 12 of 14 paragraphs); one level up is div.wrap, with 95 % of it.
    const doc = htmlDoc(site(''), 'https://city.example/a', dom);
    expect(findArticleRegion(doc)?.getAttribute('class')).toBe('wrap');
    // A lede beside div.wrap with more than 5 % of the prose: the second level is climbed as before.
    const withLede = htmlDoc(site(`<div class="lede">${PARAGRAPH}</div>`), 'https://city.example/a', dom);
    expect(findArticleRegion(withLede)).toBe(withLede.body);
  });

  it('leaves out of the count what a sidebar, a comment thread or a dialog holds, so the region narrows to the story', () => {
    const comment = '<p>I read this twice and I still think the council should fund the bridges first.</p>';
    const sides = [
      `<section id="sidebar">${PARAGRAPH.repeat(5)}</section>`,
      `<div class="comments-area">${comment.repeat(9)}</div>`,
      `<div role="complementary">${PARAGRAPH.repeat(5)}</div>`,
      `<div class="cli-modal" aria-modal="true">${PARAGRAPH.repeat(5)}</div>`,
    ];
    for (const side of sides) {
      const doc = htmlDoc(page().replace('</main>', `</main>${side}`), 'https://city.example/a', dom);
      const prose = measureProse(doc.body);
      // Without the part, the story's column holds all the prose again (the part alone is more than a tenth of the page's).
      expect(prose.get(doc.body)).toBe(prose.get(doc.querySelector('div.column')!));
      expect(findArticleRegion(doc)?.getAttribute('class')).toBe('column');
    }
  });

  it('counts a part named like a sidebar in full when it holds half the prose or the longest paragraph: the story itself', () => {
    const long = `<p>${'The council voted, after a night of debate about parks, libraries and bridges, to fund all three. '.repeat(6)}</p>`;
    const deep = (html: string): string => `<div class="rail"><div class="inner"><div class="more">${html}</div></div></div>`;
    // "content-with-sidebar" is the layout of the story's own column, which holds most of the prose; the page's
    // longest paragraph is elsewhere.
    const majority = htmlDoc(
      page().replace('<div class="body">', '<div class="body content-with-sidebar">').replace('</main>', `</main>${deep(long)}`),
      'https://city.example/a',
      dom,
    );
    expect(findArticleRegion(majority)?.contains(majority.querySelector('#story'))).toBe(true);
    // Here the story's column has less than half of the page's prose, but its longest paragraph.
    const minority = htmlDoc(
      `<html><body><div class="l-sidebar-fixed"><h1>Budget</h1>${long}${PARAGRAPH.repeat(2)}</div>${deep(PARAGRAPH.repeat(14))}</body></html>`,
      'https://city.example/a',
      dom,
    );
    expect(findArticleRegion(minority)?.contains(minority.querySelector('.l-sidebar-fixed'))).toBe(true);
  });

  it('leaves out a part inside a part left out only once', () => {
    const side = `<section id="sidebar"><div class="related">${PARAGRAPH.repeat(2)}</div>${PARAGRAPH.repeat(2)}</section>`;
    const doc = htmlDoc(page().replace('</main>', `</main>${side}`), 'https://city.example/a', dom);
    const prose = measureProse(doc.body);
    expect(prose.get(doc.body)).toBe(prose.get(doc.querySelector('div.column')!));
    expect(prose.has(doc.querySelector('#sidebar')!)).toBe(false);
    expect([...indexPage(doc).prose]).toEqual([...prose]);
  });

  it('is the whole body when the prose is spread out, or the page is short', () => {
    const spread = htmlDoc(
      `<html><body><div id="a">${PARAGRAPH.repeat(6)}</div><div id="b">${PARAGRAPH.repeat(6)}</div></body></html>`,
      'https://city.example/a',
      dom,
    );
    expect(findArticleRegion(spread)).toBe(spread.body);
    const short = htmlDoc(`<html><body><div><div><div>${PARAGRAPH}</div></div></div></body></html>`, 'https://city.example/a', dom);
    expect(findArticleRegion(short)).toBe(short.body);
  });

  it('copies the head, the region and its ancestors (attributes kept, other children dropped), and leaves the page alone', () => {
    const doc = htmlDoc(page(), 'https://city.example/a', dom);
    const before = doc.documentElement.outerHTML;
    const copy = cloneRegion(doc, findArticleRegion(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy).not.toBe(doc);
    expect(copy.querySelector('title')?.textContent).toBe('Budget talks | City Paper');
    expect(copy.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Ann Lee');
    expect(copy.body?.getAttribute('class')).toBe('site');
    expect(copy.querySelector('body > main#main > div.column > article#story > div.body')?.querySelectorAll('p')).toHaveLength(12);
    expect(copy.querySelector('.menu')).toBeNull();
    expect(copy.querySelector('footer')).toBeNull();
    // New elements belong to the copy, so Readability can move them around inside it.
    expect(copy.querySelector('p')?.ownerDocument).toBe(copy);
  });

  it('copies the <meta>s Readability and the cleanup read, and no others: Readability finds the same metadata in the copy', () => {
    const head = `<title>Budget talks | City Paper</title><base href="https://city.example/news/">
      <meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="index">
      <meta property="og:title" content="Budget talks, the full story"><meta property="og:site_name" content="City Paper">
      <meta property="og:url" content="https://city.example/a"><meta name="twitter:description" content="What the council decided.">
      <meta property="fb:app_id" name="dc.creator" content="Ann Lee"><meta name="parsely-pub-date" content="2019-11-19T10:00:00Z">
      <meta property="article:published_time" content="2019-11-19T09:00:00Z"><meta name="theme-color" content="#fff">
      <link rel="stylesheet" href="/site.css"><link rel="canonical" href="https://city.example/a">
      <script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p { color: red }</style>`;
    const doc = htmlDoc(page().replace(/<head>[\s\S]*<\/head>/, `<head>${head}</head>`), 'https://city.example/a', dom);
    const copy = cloneRegion(doc, findArticleRegion(doc));
    const names = Array.from(copy.head?.children ?? [], (el) => el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('rel') ?? el.localName);
    expect(names).toEqual([
      'title', 'base', 'og:title', 'og:site_name', 'og:url', 'twitter:description', 'fb:app_id', 'parsely-pub-date',
      'article:published_time', 'canonical',
    ]);
    const fields = (d: Document) => {
      const r = new Readability(d, { disableJSONLD: true }).parse();
      return r && { title: r.title, byline: r.byline, excerpt: r.excerpt, siteName: r.siteName, publishedTime: r.publishedTime };
    };
    // Readability takes apart the document it reads: once each.
    const fromCopy = fields(copy);
    expect(fromCopy).toEqual(fields(doc.cloneNode(true) as Document));
    expect(fromCopy).toMatchObject({ title: 'Budget talks, the full story', byline: 'Ann Lee', siteName: 'City Paper' });
  });

  it('copies the whole document when the region is the body', () => {
    const doc = htmlDoc(`<html><head><title>T</title></head><body><p>One.</p><p>Two.</p></body></html>`, 'https://city.example/a', dom);
    const copy = cloneRegion(doc, doc.body);
    expect(copy).not.toBe(doc);
    expect(copy.body?.innerHTML).toBe(doc.body.innerHTML);
  });

  it('extraction still finds the article, and a lazy lead photo outside the region, without touching the page', () => {
    const hero = '<div class="hero"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/media/lead-photo-1200x800.jpg" alt=""><div class="credit">Photo: Ann Lee</div></div>';
    const html = page().replace('<main id="main">', `${hero}<main id="main">`).replace('</title>', '</title><meta property="og:image" content="https://city.example/media/lead-photo.jpg">');
    const doc = htmlDoc(html, 'https://city.example/a', dom);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, 'https://city.example/a', { mode: 'article', rules: [] });
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!result.ok) throw new Error('expected an article');
    expect(result.content.querySelectorAll('p').length).toBeGreaterThanOrEqual(12);
    expect(result.content.textContent).not.toContain('All rights reserved');
    expect(result.content.querySelector('img')?.getAttribute('src')).toBe('https://city.example/media/lead-photo-1200x800.jpg');
  });
});
