// Links: absolute, never empty, never duplicated, in-page and script links reduced to their text.
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';

describe.each(DOM_NAMES)('links under %s', (dom) => {
  it('writes [text](absolute url) without the title', () => {
    expect(md(dom, '<p>See <a href="../other.html" title="Other">the other post</a>.</p>')).toBe(
      'See [the other post](https://example.com/other.html).',
    );
  });

  it('writes a link whose text is its address once, as an autolink', () => {
    expect(md(dom, '<p><a href="https://example.org/a">https://example.org/a</a></p>')).toBe('<https://example.org/a>');
    expect(md(dom, '<p><a href="https://www.example.org/">example.org</a></p>')).toBe('<https://www.example.org/>');
    expect(md(dom, '<p><a href="mailto:me@example.org">me@example.org</a></p>')).toBe('<mailto:me@example.org>');
  });

  it('keeps only the text of in-page, script and empty links', () => {
    expect(md(dom, '<p><a href="#section">jump</a> <a href="javascript:void(0)">click</a> <a>bare</a> x<a href="https://e.example/"></a>y</p>')).toBe(
      'jump click bare xy',
    );
  });

  it('escapes parentheses and spaces in the destination', () => {
    expect(md(dom, '<p><a href="https://en.wikipedia.org/wiki/Mercury_(planet)">Mercury</a></p>')).toBe(
      '[Mercury](https://en.wikipedia.org/wiki/Mercury_%28planet%29)',
    );
  });

  it('writes a picture linked to its own larger copy as the picture alone', () => {
    expect(md(dom, '<p><a href="/big.jpg"><img src="/small.jpg" alt="x"></a></p>')).toBe('![x](https://example.com/small.jpg)');
    expect(md(dom, '<p><a href="/gallery"><img src="/small.jpg" alt="x"></a></p>')).toBe(
      '[![x](https://example.com/small.jpg)](https://example.com/gallery)',
    );
  });

  it('puts a link around several blocks on the first text block, keeping the rest', () => {
    const html = '<a href="/story"><img src="/t.jpg" alt=""><h3>Story title</h3><p>Summary.</p></a>';
    expect(md(dom, html)).toBe('![](https://example.com/t.jpg)\n\n### [Story title](https://example.com/story)\n\nSummary.');
  });

  it('turns embedded players into links to what they show', () => {
    expect(md(dom, '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0" title="Talk"></iframe>')).toBe(
      '[Video: Talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
    );
    expect(md(dom, '<iframe src="https://player.vimeo.com/video/123456"></iframe>')).toBe('[Video](https://vimeo.com/123456)');
    expect(md(dom, '<video controls><source src="/v.mp4" type="video/mp4">Your browser cannot play this.</video>')).toBe(
      '[Video](https://example.com/v.mp4)',
    );
    expect(md(dom, '<audio src="/a.mp3"></audio>')).toBe('[Audio](https://example.com/a.mp3)');
    expect(md(dom, '<iframe src="about:blank"></iframe><p>x</p>')).toBe('x');
  });
});
