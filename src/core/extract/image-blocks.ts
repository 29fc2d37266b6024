// Marks image blocks (a wrapper holding one picture and its caption) as <figure>s before Readability, which keeps figures.
import { closestTag, descendantsWithTag, nextInTree, tagOf, textLengthUpTo } from './tree-walk';

/** Marks the figures made here, so later steps can tell them from the page's own <figure>s. */
export const IMAGE_BLOCK_ATTRIBUTE = 'data-clip-image-block';

/** An image block with more text than this is prose with a picture in it, not a picture with a caption. */
const MAX_CAPTION_CHARS = 200;
/** Wrappers a CMS puts around one picture and its caption. */
const WRAPPER_TAGS = new Set(['div', 'section', 'p', 'center']);
/** Elements that may sit between the picture and its wrapper. */
const INLINE_WRAPPERS = new Set(['a', 'picture', 'span']);
const FIGURE_TAGS = new Set(['figure']);
const LINK_TAGS = new Set(['a']);

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
  for (const a of descendantsWithTag(block, LINK_TAGS)) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
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

/** What an image block never holds: headings, lists, tables, figures (and a paragraph inside a paragraph). */
const NOT_IN_BLOCK_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'figure']);

/** True when a <p> encloses `el` below `stop` (the whole way up when `stop` is null). */
function inParagraph(el: Element, stop: Element | null): boolean {
  for (let up = el.parentElement; up && up !== stop; up = up.parentElement) if (tagOf(up) === 'p') return true;
  return false;
}

/**
 * True when `block` holds exactly one image and none of NOT_IN_BLOCK_TAGS nor a <p> inside a <p> (as
 * `querySelectorAll('img').length === 1 && !querySelector('h1, …, p p, …')`), in one walk that stops at the first misfit.
 */
function holdsOneImageOnly(block: Element): boolean {
  // A <p> below `block` is "p p" when a <p> encloses it: `block` itself or anything above it counts.
  const blockInParagraph = tagOf(block) === 'p' || inParagraph(block, null);
  let images = 0;
  for (let el = block.firstElementChild; el; el = nextInTree(el, block)) {
    const tag = tagOf(el);
    if (tag === 'img' && ++images > 1) return false;
    if (NOT_IN_BLOCK_TAGS.has(tag) || (tag === 'p' && (blockInParagraph || inParagraph(el, block)))) return false;
  }
  return images === 1;
}

/**
 * Turns each <div>/<section>/<p> that holds exactly one (non-icon) image and at most a caption's worth of text into a
 * <figure>. Readability's conditional cleaning spares figures; without this it drops CMS photo blocks such as
 * `<div class="img_wrapper"><img><span>caption</span></div>` and the picture with them.
 */
export function markImageBlocks(root: Element): void {
  // getElementsByTagName: a plain walk in every DOM, and a snapshot of it, as the blocks renamed below move the images.
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    if (isIcon(img) || closestTag(img, FIGURE_TAGS)) continue;
    let block = img.parentElement;
    while (block && INLINE_WRAPPERS.has(tagOf(block))) block = block.parentElement;
    if (!block || block === root || !WRAPPER_TAGS.has(tagOf(block))) continue;
    if (!holdsOneImageOnly(block)) continue;
    if (textLengthUpTo(block, MAX_CAPTION_CHARS) > MAX_CAPTION_CHARS) continue;
    if (isTeaser(block)) continue;
    renameToFigure(block);
  }
}
