// Every link and media address in the clip is absolute, against the page URL and <base href>.
import { describe, expect, it } from 'vitest';
import { absolutizeUrls } from '../../../src/core/extract/absolute-urls';
import { extractMetadata } from '../../../src/core/extract/metadata/index';
import { extractArticle } from '../../../src/core/extract/index';
import { DOMS, htmlDoc } from './helpers';

describe.each(DOMS)('absolute URLs (%s)', (dom) => {
  it('resolves against <base href>, itself relative to the page', () => {
    const doc = htmlDoc(
      '<!doctype html><html><head><base href="/docs/v2/"></head><body><a href="intro.html">i</a><img src="../img/a.png"><a href="//cdn.example.net/x">x</a></body></html>',
      'https://example.com/some/page.html',
      dom,
    );
    const base = extractMetadata(doc, 'https://example.com/some/page.html').context.baseUrl;
    expect(base).toBe('https://example.com/docs/v2/');
    absolutizeUrls(doc.body, base);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.com/docs/v2/intro.html');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://example.com/docs/img/a.png');
    expect(doc.querySelectorAll('a')[1].getAttribute('href')).toBe('https://cdn.example.net/x');
  });

  it('leaves absolute addresses byte for byte, drops javascript: links, keeps mailto:', () => {
    const weird = "https://www.nytimes.com/a.html#:~:text=Group's%2520Blockbuster";
    const doc = htmlDoc(
      `<!doctype html><html><body><a href="${weird}">a</a><a href="javascript:void(0)">b</a><a href="mailto:x@example.com">c</a></body></html>`,
      'https://example.com/',
      dom,
    );
    absolutizeUrls(doc.body, 'https://example.com/');
    const links = doc.querySelectorAll('a');
    expect(links[0].getAttribute('href')).toBe(weird);
    expect(links[1].hasAttribute('href')).toBe(false);
    expect(links[2].getAttribute('href')).toBe('mailto:x@example.com');
  });

  it('gives the extracted article absolute links and images', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i} of a long enough article, with <a href="notes/${i}.html">a relative link</a> and more words to read, so that the page counts as an article for the reader view and its scoring.</p>`,
    ).join('');
    const doc = htmlDoc(
      `<!doctype html><html><head><title>T</title><base href="https://static.example.org/blog/"></head><body><article><h1>T</h1><img src="pics/one.jpg" alt="one">${paragraphs}</article></body></html>`,
      'https://example.org/posts/t',
      dom,
    );
    const result = extractArticle(doc, 'https://example.org/posts/t', { mode: 'article', rules: [] });
    if (!result.ok) throw new Error('expected an article');
    const hrefs = Array.from(result.content.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://static.example.org/blog/notes/0.html');
    expect(result.content.querySelector('img')?.getAttribute('src')).toBe('https://static.example.org/blog/pics/one.jpg');
  });
});
