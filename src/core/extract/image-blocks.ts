// Marks image blocks (a wrapper holding one picture and its caption) as <figure>s before Readability, which keeps figures.

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

function renameToFigure(el: Element): Element {
  const figure = el.ownerDocument.createElement('figure');
  for (const attr of Array.from(el.attributes)) figure.setAttribute(attr.name, attr.value);
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
    renameToFigure(block);
  }
}
