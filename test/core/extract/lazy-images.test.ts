// Lazy images resolve to their real, largest source and never to a placeholder.
import { describe, expect, it } from 'vitest';
import { isPlaceholderSrc, parseSrcset, resolveLazyImages } from '../../../src/core/extract/lazy-images';
import { DOMS, htmlDoc } from './helpers';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function resolved(body: string, dom: (typeof DOMS)[number], extra: string[] = []): string[] {
  const doc = htmlDoc(`<!doctype html><html><body>${body}</body></html>`, 'https://example.com/', dom);
  resolveLazyImages(doc.body, doc, extra);
  return Array.from(doc.body.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
}

describe.each(DOMS)('resolveLazyImages (%s)', (dom) => {
  it('takes data-src and friends over a placeholder src', () => {
    expect(resolved(`<img src="${GIF}" data-src="/real.jpg">`, dom)).toEqual(['/real.jpg']);
    expect(resolved(`<img src="/img/blank.gif" data-original="/a.png">`, dom)).toEqual(['/a.png']);
    expect(resolved(`<img data-lazy-src="/b.png">`, dom)).toEqual(['/b.png']);
    expect(resolved(`<img data-actualsrc="https://pic.example.com/c.jpg">`, dom)).toEqual(['https://pic.example.com/c.jpg']);
  });

  it('reads a site rule’s own attribute, and drops the other renditions and loading hints of a resolved image', () => {
    expect(resolved(`<img src="${GIF}" data-hd="/hd.jpg">`, dom, ['data-hd'])).toEqual(['/hd.jpg']);
    const doc = htmlDoc(
      `<!doctype html><html><body><img src="/s.jpg" srcset="/s.jpg 300w, /l.jpg 1200w" sizes="100vw" loading="lazy" data-srcset="/x.jpg 2x" alt="A"></body></html>`,
      'https://example.com/',
      dom,
    );
    resolveLazyImages(doc.body, doc);
    const img = doc.body.querySelector('img');
    expect(img?.getAttributeNames().sort()).toEqual(['alt', 'src']);
    expect(img?.getAttribute('src')).toBe('/x.jpg');
  });

  it('reads WeChat images that only have data-src', () => {
    const src = 'https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg';
    expect(resolved(`<img class="rich_pages" data-src="${src}" data-type="jpeg">`, dom)).toEqual([src]);
  });

  it('picks the largest srcset / data-srcset candidate', () => {
    expect(resolved(`<img src="/s.jpg" srcset="/s.jpg 300w, /l.jpg 1200w, /m.jpg 800w">`, dom)).toEqual(['/l.jpg']);
    expect(resolved(`<img src="${GIF}" data-srcset="/a.jpg 1x, /b.jpg 2x">`, dom)).toEqual(['/b.jpg']);
  });

  it('uses the largest <picture><source> and unwraps the picture', () => {
    const doc = htmlDoc(
      '<!doctype html><html><body><picture><source srcset="/p-800.webp 800w, /p-1600.webp 1600w" type="image/webp"><img src="/p-400.jpg"></picture></body></html>',
      'https://example.com/',
      dom,
    );
    resolveLazyImages(doc.body, doc);
    expect(doc.body.querySelector('picture')).toBeNull();
    expect(doc.body.querySelector('img')?.getAttribute('src')).toBe('/p-1600.webp');
    expect(doc.body.querySelector('img')?.hasAttribute('srcset')).toBe(false);
  });

  it('replaces a placeholder with its <noscript> fallback', () => {
    expect(resolved(`<img src="${GIF}" class="lazy"><noscript><img src="/full.jpg" alt="x"></noscript>`, dom)).toEqual(['/full.jpg']);
  });

  it('honours a site rule’s own lazy attribute first', () => {
    expect(resolved('<img src="/thumb.jpg" data-hires="/hires.jpg">', dom, ['data-hires'])).toEqual(['/hires.jpg']);
  });

  it('drops images with no real source at all', () => {
    expect(resolved(`<img src="${GIF}"><img data-src="true"><img src="/ok.png">`, dom)).toEqual(['/ok.png']);
  });
});

describe('placeholders and srcset parsing', () => {
  it('recognises placeholders', () => {
    expect(isPlaceholderSrc(GIF)).toBe(true);
    expect(isPlaceholderSrc('')).toBe(true);
    expect(isPlaceholderSrc('/images/spacer.gif')).toBe(true);
    expect(isPlaceholderSrc('https://cdn.example.com/lazy-placeholder.png')).toBe(true);
    expect(isPlaceholderSrc('https://cdn.example.com/photos/dotcom-launch.jpg')).toBe(false);
    expect(isPlaceholderSrc('/photos/2021/portrait.jpg')).toBe(false);
  });

  it('parses width and density descriptors, keeping commas inside URLs', () => {
    expect(parseSrcset('https://res.example.com/c_fill,w_400/a.jpg 400w, https://res.example.com/c_fill,w_800/a.jpg 800w')).toEqual([
      { url: 'https://res.example.com/c_fill,w_400/a.jpg', size: 400 },
      { url: 'https://res.example.com/c_fill,w_800/a.jpg', size: 800 },
    ]);
    expect(parseSrcset('/a.png 1.5x,/b.png')).toEqual([
      { url: '/a.png', size: 1500 },
      { url: '/b.png', size: 0 },
    ]);
  });
});

describe.each(DOMS)('lazy embeds (%s)', (dom) => {
  it('give iframes and videos their data-src', () => {
    const doc = htmlDoc(
      '<!doctype html><html><body><iframe src="about:blank" data-src="https://www.youtube.com/embed/x"></iframe><video data-src="/v.mp4"></video><iframe src="/kept"></iframe></body></html>',
      'https://example.com/',
      dom,
    );
    resolveLazyImages(doc.body, doc);
    const srcs = Array.from(doc.body.querySelectorAll('iframe, video')).map((e) => e.getAttribute('src'));
    expect(srcs).toEqual(['https://www.youtube.com/embed/x', '/v.mp4', '/kept']);
  });
});
