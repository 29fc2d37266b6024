// Each metadata field comes from the most trusted source that gives a clean value.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../src/core/extract/metadata/index';
import { readMetaIndex } from '../../../../src/core/extract/metadata/candidates';
import { declaresJsonLdArticle, readJsonLdNodes } from '../../../../src/core/extract/metadata/json-ld';
import { declaresOpenGraphArticle } from '../../../../src/core/extract/metadata/open-graph';
import { isJsonLdScript } from '../../../../src/core/extract/metadata/page-index';
import { readScriptVariable } from '../../../../src/core/extract/metadata/script-variables';
import { BUILT_IN_SITE_RULES, findSiteRule } from '../../../../src/core/site-rules';
import { DOMS, htmlDoc } from '../helpers';

/** References for `declaresArticle`, read with selector queries over the whole document instead of the page index. */
function isOpenGraphArticle(doc: Document): boolean {
  return declaresOpenGraphArticle(readMetaIndex(Array.from(doc.querySelectorAll('meta'))));
}
function hasJsonLdArticle(doc: Document): boolean {
  return declaresJsonLdArticle(readJsonLdNodes(Array.from(doc.querySelectorAll('script')).filter(isJsonLdScript)));
}

function page(head: string, body = '<p>Text.</p>', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe.each(DOMS)('extractMetadata (%s)', (dom) => {
  const meta = (html: string, url = 'https://news.example.com/2021/story') =>
    extractMetadata(htmlDoc(html, url, dom), url, findSiteRule(url, BUILT_IN_SITE_RULES)).metadata;

  it('reads JSON-LD @graph nodes, @id author references and offsets', () => {
    const m = meta(
      page(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":["NewsArticle"],"headline":"Graph headline","author":[{"@id":"#p1"},{"@id":"#p2"}],"datePublished":"2021-07-10T16:22:00+08:00","dateModified":"2021-07-11T00:00:00Z","image":[{"url":"/img/lead.jpg"}],"publisher":{"@id":"#org"},"inLanguage":"en-GB"},
        {"@type":"Person","@id":"#p1","name":"Ann Lee"},{"@type":"Person","@id":"#p2","name":"Bo Chen"},
        {"@type":"Organization","@id":"#org","name":"Example News"}]}</script>`),
    );
    expect(m.title).toBe('Graph headline');
    expect(m.authors).toEqual(['Ann Lee', 'Bo Chen']);
    expect(m.published).toBe('2021-07-10T08:22:00.000Z');
    expect(m.modified).toBe('2021-07-11T00:00:00.000Z');
    expect(m.siteName).toBe('Example News');
    expect(m.leadImage).toBe('https://news.example.com/img/lead.jpg');
  });

  it('survives broken JSON-LD (trailing commas, raw newlines) and arrays of blocks', () => {
    const m = meta(
      page(`<script type="application/ld+json">[{"@type":"BlogPosting","headline":"Line one
line two","author":{"@type":"Person","name":"Cy Diaz"},}]</script>`),
    );
    expect(m.title).toBe('Line one line two');
    expect(m.authors).toEqual(['Cy Diaz']);
  });

  it('falls back from junk authors to the next source', () => {
    const m = meta(
      page(`<meta property="article:author" content="https://www.facebook.com/examplenews">
        <meta name="author" content="Example News"><meta property="og:site_name" content="Example News">
        <meta name="parsely-author" content="By Dee Evans">`),
    );
    expect(m.authors).toEqual(['Dee Evans']);
  });

  it('skips a one-word author that only structured data names (a CMS account) for the next source', () => {
    const account = `<script type="application/ld+json">{"@type":"BlogPosting","headline":"New CEO","author":{"@type":"Person","name":"Josh"}}</script>`;
    // Shown nowhere, not even by "Joshua" or a script mentioning it: the meta author is asked next.
    const next = meta(
      page(`${account}<meta name="author" content="Ann Lee">`, '<p>Joshua joined us.</p><script>var user = "Josh";</script>'),
    );
    expect(next.authors).toEqual(['Ann Lee']);
    expect(meta(page(account, '<p>Text.</p>')).authors).toEqual([]);
    // The page shows the name (a signature, a bio): then it is the author, one word or not.
    expect(meta(page(account, '<p>Text.</p><p>— Josh</p>')).authors).toEqual(['Josh']);
  });

  it('takes Open Graph and article:* tags, strips the site suffix from <title>', () => {
    const m = meta(
      page(`<title>Budget talks stall | Example News</title><meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2020-01-02T03:04:05-05:00"><link rel="canonical" href="/2021/story">
        <meta property="og:description" content="  A short   summary. ">`),
    );
    expect(m.title).toBe('Budget talks stall');
    expect(m.published).toBe('2020-01-02T08:04:05.000Z');
    expect(m.canonicalUrl).toBe('https://news.example.com/2021/story');
    expect(m.description).toBe('A short summary.');
    expect(m.lang).toBe('en');
  });

  it('reads the byline and <time> of the article, not of comments or related lists', () => {
    const m = meta(
      page(
        '<title>Story</title>',
        `<article><h1>Story</h1><p class="byline">By <a rel="author" href="/a/fay">Fay Gill</a></p><time datetime="2022-05-06T07:08:09Z">May 6</time><p>Body.</p></article>
         <section class="comments"><p class="byline">By Troll</p><time datetime="2023-01-01T00:00:00Z">later</time></section>`,
      ),
    );
    expect(m.authors).toEqual(['Fay Gill']);
    expect(m.published).toBe('2022-05-06T07:08:09.000Z');
  });

  it('drops a JSON-LD time with a wrong offset when og and the visible dateline agree on another instant', () => {
    const m = meta(
      page(
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Wagon","datePublished":"2019-11-20T04:31:13-06:00"}</script>
        <meta property="article:published_time" content="2019-11-20T04:31:13+00:00">`,
        '<h1>Wagon</h1><p>Nov 19, 2019, 10:31 pm CST</p><p>Body.</p>',
      ),
    );
    expect(m.published).toBe('2019-11-20T04:31:13.000Z');
  });

  it('takes zone-less dates of Chinese pages as China time', () => {
    const m = meta(page('<meta name="publishdate" content="2019-03-05 10:30"><title>新闻</title>', '<p>正文。</p>', 'zh-CN'));
    expect(m.published).toBe('2019-03-05T02:30:00.000Z');
    expect(m.lang).toBe('zh-CN');
  });

  it('upgrades an http canonical on the tab’s own https host', () => {
    const m = meta(page('<meta property="og:url" content="http://news.example.com/2021/story">'));
    expect(m.canonicalUrl).toBe('https://news.example.com/2021/story');
  });

  it('uses the WeChat rule: account name, title element and the ct timestamp', () => {
    const url = 'https://mp.weixin.qq.com/s/AbCdEf';
    const m = meta(
      `<!doctype html><html><head><meta name="author" content="某作者"><script>var nickname = htmlDecode("城市&amp;观察");
        var ct = "1614567890";</script></head><body><h1 id="activity-name"> 标题 </h1><a id="js_name"> 城市观察室 </a><em id="publish_time"></em></body></html>`,
      url,
    );
    expect(m.title).toBe('标题');
    expect(m.authors).toEqual(['城市观察室']);
    expect(m.published).toBe('2021-03-01T03:04:50.000Z');
  });
});

describe('readScriptVariable', () => {
  it('reads var/let/window assignments and object keys, undoing escapes', () => {
    const doc = htmlDoc(
      `<!doctype html><html><head><script>var a = "x\\u0041y"; let b='it\\'s'; window.c = 1614567890; var o = { d: "&#x4e2d;&amp;" };</script></head><body></body></html>`,
    );
    expect(readScriptVariable(doc, 'a')).toBe('xAy');
    expect(readScriptVariable(doc, 'b')).toBe("it's");
    expect(readScriptVariable(doc, 'c')).toBe('1614567890');
    expect(readScriptVariable(doc, 'd')).toBe('中&');
    expect(readScriptVariable(doc, 'missing')).toBeUndefined();
  });
});

describe.each(DOMS)('extractMetadata author merging (%s)', (dom) => {
  it('takes the byline when it names every structured-data author and more', () => {
    const url = 'https://space.example.com/a';
    const html = `<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Tariq Malik"}}</script></head>
      <body><article><h1>H</h1><p class="byline">By <a rel="author" href="/t">Tariq Malik</a>, <a rel="author" href="/m">Mike Wall</a></p><p>Text.</p></article></body></html>`;
    expect(extractMetadata(htmlDoc(html, url, dom), url).metadata.authors).toEqual(['Tariq Malik', 'Mike Wall']);
  });
});

describe.each(DOMS)('extractMetadata on the live page (%s)', (dom) => {
  it('leaves the document exactly as it found it', () => {
    const url = 'http://blog.example.cn/s/blog_1.html';
    // Every reader runs: no declared language, a one-word JSON-LD author shown nowhere, no date anywhere but the text,
    // a blog-owner title; and no <head> or <body> tags, which some DOMs create on `document.head` / `document.body`.
    const sources = [
      `<html lang=""><title>春天_王小明的博客_新浪博客</title><base href="/x/"><script type="application/ld+json">{"@type":"BlogPosting","author":{"name":"Josh"}}</script>
        <h1 itemprop="headline">春天来了的时候</h1><div class="byline author">作者：李四</div><p>发布时间：2019年3月5日 10:00</p><time datetime="2019-03-05">x</time></html>`,
      `<!doctype html><html><head><meta property="og:type" content="article"><link rel="canonical" href="/c"></head>
        <body class="post"><h1>A headline of some length</h1><p>By Ann Lee</p><p>Posted March 5, 2019</p></body></html>`,
    ];
    for (const html of sources) {
      const doc = htmlDoc(html, url, dom);
      const before = doc.documentElement.outerHTML;
      const count = doc.querySelectorAll('*').length;
      extractMetadata(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(doc.querySelectorAll('*').length).toBe(count);
    }
  });

  it('says whether Open Graph or JSON-LD declares an article, as isOpenGraphArticle/hasJsonLdArticle do', () => {
    const url = 'https://news.example.com/a';
    const cases: Array<[string, boolean]> = [
      ['<meta property="og:type" content="article">', true],
      ['<meta property="og:type" content="website">', false],
      ['<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H"}]}</script>', true],
      ['<script type="application/ld+json">{"@type":"Recipe","name":"Soup"}</script>', false],
      // Any block or tag counts, not only the first.
      ['<script type="application/ld+json">{"@type":"WebPage"}</script><script type="Application/LD+JSON">[{"@type":"BlogPosting"}]</script>', true],
      ['<meta property="og:type" content=" "><meta name="og:type" content="Article">', true],
      ['', false],
    ];
    for (const [head, declared] of cases) {
      const doc = htmlDoc(page(head), url, dom);
      expect(extractMetadata(doc, url).context.declaresArticle).toBe(declared);
      expect(isOpenGraphArticle(doc) || hasJsonLdArticle(doc)).toBe(declared);
    }
    // …wherever it stands in the page.
    const inBody = htmlDoc(page('', '<p>Text.</p><meta property="og:type" content="article">'), url, dom);
    expect(isOpenGraphArticle(inBody)).toBe(true);
    expect(extractMetadata(inBody, url).context.declaresArticle).toBe(true);
  });
});
