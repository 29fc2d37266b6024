// Pictures survive extraction with their captions: image blocks become figures before Readability, and figures are
// shielded from the text cleanup.
import { describe, expect, it } from 'vitest';
import { markImageBlocks } from '../../../src/core/extract/image-blocks';
import { findFigures, withFiguresProtected } from '../../../src/core/extract/protect-figures';
import { DOMS, htmlDoc } from './helpers';

function body(html: string, dom: (typeof DOMS)[number]): HTMLElement {
  return htmlDoc(`<!doctype html><html><head></head><body>${html}</body></html>`, 'https://example.com/', dom).body;
}

describe.each(DOMS)('image blocks and figures (%s)', (dom) => {
  it('turns a wrapper holding one picture and a caption into a <figure>, keeping its attributes and children', () => {
    const root = body('<div class="img_wrapper" id="w"><a href="/big.jpg"><img src="/a.jpg"></a><span class="img_descr">A caption.</span></div>', dom);
    markImageBlocks(root);
    const figure = root.querySelector('figure');
    expect(figure?.getAttribute('class')).toBe('img_wrapper');
    expect(figure?.getAttribute('id')).toBe('w');
    expect(figure?.querySelector('a > img')?.getAttribute('src')).toBe('/a.jpg');
    expect(figure?.textContent).toBe('A caption.');
  });

  it('leaves prose with a picture, galleries and icons alone', () => {
    const prose = `<div><img src="/a.jpg"><p>${'A long paragraph of article text. '.repeat(10)}</p></div>`;
    const gallery = '<div><img src="/1.jpg"><img src="/2.jpg"></div>';
    const icon = '<div><img src="/i.png" width="16" height="16"> Share</div>';
    const root = body(prose + gallery + icon, dom);
    markImageBlocks(root);
    expect(root.querySelector('figure')).toBeNull();
  });

  it('finds the page’s <figure>s and the lead photo block, outermost only', () => {
    const root = body(
      `<div class="lead"><div><img src="/lead.jpg"></div><div class="photo-credit">Photo: A. Lee</div><div class="photo-caption"><p>Caption.</p></div></div>
       <p>${'Body text of the article, long enough to be a paragraph. '.repeat(3)}</p>
       <figure><img src="/f.jpg"><figcaption>Fig. 1</figcaption></figure>
       <div class="credit">Standalone credit line far from any picture.</div>`,
      dom,
    );
    const classes = findFigures(root).map((f) => f.tagName.toLowerCase() + (f.getAttribute('class') ? `.${f.getAttribute('class')}` : ''));
    expect(classes).toEqual(['div.lead', 'figure']);
  });

  it('puts figures back after a cleanup that would strip captions', () => {
    const root = body('<figure><img src="/f.jpg"><figcaption>Photo: Getty Images</figcaption></figure><p>Text.</p><p class="caption">Loose caption.</p>', dom);
    withFiguresProtected(root, () => {
      for (const el of Array.from(root.querySelectorAll('figcaption, .caption'))) el.remove();
    });
    expect(root.querySelector('figure figcaption')?.textContent).toBe('Photo: Getty Images');
    expect(root.querySelector('.caption')).toBeNull();
    expect(root.querySelector('[data-clip-figure]')).toBeNull();
  });
});

describe.each(DOMS)('figures made from image blocks (%s)', (dom) => {
  it('are marked, and left to the cleanup (their caption may go, the picture stays)', () => {
    const root = body('<div class="img_wrapper"><img src="/a.jpg"><span>File photo.</span></div>', dom);
    markImageBlocks(root);
    expect(root.querySelector('figure')?.hasAttribute('data-clip-image-block')).toBe(true);
    expect(findFigures(root)).toEqual([]);
  });
});

describe.each(DOMS)('the lead photo block at any depth (%s)', (dom) => {
  it('is the lead when the long paragraph comes after it, however deep either sits', () => {
    const root = body(
      `<div class="top"><h2>Section</h2><div class="lead"><img src="/lead.jpg"><div class="caption">Caption.</div></div></div>
       <p>${'Body text of the article, long enough to be a paragraph. '.repeat(3)}</p>`,
      dom,
    );
    expect(findFigures(root).map((f) => f.getAttribute('class'))).toEqual(['lead']);
  });
});
