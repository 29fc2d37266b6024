// Images in both styles: absolute, escaped, never empty, never a placeholder.
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';
import { marked } from 'marked';
import { decodeEntities, markdownToText } from '../../../src/core/markdown/to-text';

describe.each(DOM_NAMES)('images under %s', (dom) => {
  it('writes ![alt](absolute-src "title"), resolving relative sources against the page', () => {
    expect(md(dom, '<p><img src="pics/a.png" alt="A cat" title="Sleeping"></p>')).toBe(
      '![A cat](https://example.com/blog/pics/a.png "Sleeping")',
    );
    expect(md(dom, '<img src="//cdn.example/b.jpg" alt="">')).toBe('![](https://cdn.example/b.jpg)');
  });

  it('keeps hostile alt text, titles and URLs from breaking out of the image', () => {
    const out = md(dom, '<img src="https://x.example/a b/(1).png?q=&quot;x&quot;" alt="a ] [b] \\ *c* _d_" title="say &quot;hi&quot; \\">');
    expect(out).toBe('![a \\] \\[b\\] \\ \\*c\\* \\_d\\_](https://x.example/a%20b/%281%29.png?q=%22x%22 "say \\"hi\\" \\\\")');
  });

  it('writes alt text that a Markdown renderer reads back unchanged', () => {
    for (const alt of ['a ] [b] \\ *c* _d_', '[x](y)', 'snake_case ~approx~ `tick`', 'end\\', '<b>not html</b> & co']) {
      const out = md(dom, `<img src="/a.png" alt="${alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">`);
      const rendered = marked.parse(out, { async: false });
      const readBack = /alt="([^"]*)"/.exec(rendered)?.[1];
      expect(readBack && decodeEntities(readBack)).toBe(alt);
    }
  });

  it('writes <img … referrerpolicy="no-referrer"> with every attribute value escaped in that style', () => {
    const out = md(dom, '<p><img src="https://x.example/a.png?a=1&amp;b=2" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></p>', 'html-no-referrer');
    expect(out).toBe(
      '<img src="https://x.example/a.png?a=1&amp;b=2" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" referrerpolicy="no-referrer">',
    );
  });

  it('drops images without a source and tracking pixels, and uses the lazy source over a placeholder', () => {
    expect(md(dom, '<p>a<img alt="nothing">b<img src="https://t.example/p.gif" width="1" height="1">c</p>')).toBe('abc');
    const lazy = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg" alt="real">';
    expect(md(dom, lazy)).toBe('![real](https://example.com/real.jpg)');
    const srcset = '<img srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w" alt="big">';
    expect(md(dom, srcset)).toBe('![big](https://example.com/l.jpg)');
  });

  it('puts a figure caption, with its credit, under the image as an emphasised paragraph', () => {
    const html = '<figure><figcaption>The harbour at dawn. <span class="credit">Photo: Jane Roe</span></figcaption><img src="/h.jpg" alt="harbour"></figure><p>Text.</p>';
    expect(md(dom, html)).toBe('![harbour](https://example.com/h.jpg)\n\n*The harbour at dawn. Photo: Jane Roe*\n\nText.');
  });

  it('keeps a caption that has its own emphasis as a plain paragraph', () => {
    const html = '<figure><img src="/h.jpg" alt=""><figcaption>From <em>The Times</em></figcaption></figure>';
    expect(md(dom, html)).toBe('![](https://example.com/h.jpg)\n\nFrom *The Times*');
  });

  it('shows no alt text to a reader of the rendered Markdown', () => {
    expect(markdownToText(md(dom, '<p>Before <img src="/a.png" alt="alt words"> after</p>'))).toBe('Before after');
  });
});
