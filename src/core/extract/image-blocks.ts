// Marks image blocks (a wrapper holding one picture and its caption) as <figure>s before Readability, which keeps figures.

/** Marks the figures made here, so later steps can tell them from the page's own <figure>s. */
export const IMAGE_BLOCK_ATTRIBUTE = 'data-clip-image-block';

/** An image block with more text than this is prose with a picture in it, not a picture with a caption. */
const MAX_CAPTION_CHARS = 200;
/** Wrappers a CMS puts around one picture and its caption. */
const WRAPPER_TAGS = new Set(['DIV', 'SECTION', 'P', 'CENTER']);
/** Elements that may sit between the picture and its wrapper. */
const INLINE_WRAPPERS = new Set(['A', 'PICTURE', 'SPAN']);

function isIcon(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w <= 48) || (h > 0 && h <= 48);
}

/**
 * True when the block's words are mostly link text: a teaser for another story ("<img> <a>Headline</a>"), which a
 * cleanup must still be able to remove. A caption is plain text; a lightbox link around the picture has no words.
 */
export function isTeaser(block: Element): boolean {
  const text = (block.textContent ?? '').replace(/\s+/g, '').length;
  if (!text) return false;
  let linked = 0;
  for (const a of Array.from(block.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / text > 0.5;
}

function renameToFigure(el: Element): Element {
  const figure = el.ownerDocument.createElement('figure');
  for (const attr of Array.from(el.attributes)) figure.setAttribute(attr.name, attr.value);
  figure.setAttribute(IMAGE_BLOCK_ATTRIBUTE, '');
  while (el.firstChild) figure.appendChild(el.firstChild);
  el.replaceWith(figure);
  return figure;
}

/**
 * Turns each <div>/<section>/<p> that holds exactly one (non-icon) image and at most a caption's worth of text into a
 * <figure>. Readability's conditional cleaning spares figures; without this it drops CMS photo blocks such as
 * `<div class="img_wrapper"><img><span>caption</span></div>` and the picture with them.
 */
export function markImageBlocks(root: Element): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (isIcon(img) || img.closest('figure')) continue;
    let block = img.parentElement;
    while (block && INLINE_WRAPPERS.has(block.tagName.toUpperCase())) block = block.parentElement;
    if (!block || block === root || !WRAPPER_TAGS.has(block.tagName.toUpperCase())) continue;
    if (block.querySelectorAll('img').length !== 1 || block.querySelector('h1, h2, h3, h4, h5, h6, p p, ul, ol, table, figure')) continue;
    if ((block.textContent ?? '').replace(/\s+/g, ' ').trim().length > MAX_CAPTION_CHARS) continue;
    if (isTeaser(block)) continue;
    renameToFigure(block);
  }
}
