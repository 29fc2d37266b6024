// Shields figures (an image with its caption and credit) from a cleanup step: the archive keeps captions and credits.

import { classAttribute } from '../class-attribute';
import { IMAGE_BLOCK_ATTRIBUTE, isTeaser } from './image-blocks';
import { compareDocumentOrder, hasDescendantTag, nextInTree, tagOf, textLengthUpTo } from './tree-walk';

/** A "figure" without <figure>: one image and at most this much caption/credit text. */
const MAX_FIGURE_TEXT = 600;
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'iframe', 'svg']);
/** What a figure never holds: a heading or a whole article. */
const NOT_IN_FIGURE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'article']);
/** The blocks of real text that, above a photo block, make it not the lead photo. */
const TEXT_BLOCK_TAGS = new Set(['p', 'li', 'blockquote', 'pre', 'table', 'h2', 'h3']);
const REAL_TEXT_CHARS = 80;

/** `<figcaption>`, or a class or id that names a caption or credit (`[class*="caption" i]` and the like). */
function isCaptionHint(el: Element): boolean {
  if (tagOf(el) === 'figcaption') return true;
  const cls = (classAttribute(el) ?? '').toLowerCase();
  return cls.includes('caption') || cls.includes('credit') || (el.getAttribute('id') ?? '').toLowerCase().includes('caption');
}

/** The number of images below `node` (0 or 1) when it is figure-sized (one image at most, caption-sized text, no heading); -1 when not. */
function figureImages(node: Element): number {
  let images = 0;
  for (let el = node.firstElementChild; el; el = nextInTree(el, node)) {
    const tag = tagOf(el);
    if ((tag === 'img' && ++images > 1) || NOT_IN_FIGURE_TAGS.has(tag)) return -1;
  }
  return textLengthUpTo(node, MAX_FIGURE_TEXT) > MAX_FIGURE_TEXT ? -1 : images;
}

/** The largest ancestor of `start` below `root` that holds exactly one image and only caption-sized text. */
function figureAround(start: Element, root: Element, imagesOf: Map<Element, number>): Element | undefined {
  let best: Element | undefined;
  for (let node: Element | null = start; node && node !== root; node = node.parentElement) {
    let images = imagesOf.get(node);
    if (images === undefined) {
      images = figureImages(node);
      imagesOf.set(node, images);
    }
    if (images < 0) break;
    if (images === 1) best = node;
  }
  return best;
}

/**
 * Figures under `root`: <figure>s with media, and the lead CMS photo block (one image next to a caption or credit).
 * "Before" and the final order are document order (see `compareDocumentOrder`), never compareDocumentPosition, which
 * linkedom gets wrong for nodes at different depths.
 */
export function findFigures(root: Element): Element[] {
  const figures: Element[] = [];
  const hints: Element[] = [];
  // The first block of real text: a photo block after it is not the lead photo (one around it or holding it still is).
  let firstTextBlock: Element | undefined;
  for (let el = root.firstElementChild; el; el = nextInTree(el, root)) {
    const tag = tagOf(el);
    if (!firstTextBlock && TEXT_BLOCK_TAGS.has(tag) && textLengthUpTo(el, REAL_TEXT_CHARS) > REAL_TEXT_CHARS) firstTextBlock = el;
    if (tag === 'figure' && !el.hasAttribute(IMAGE_BLOCK_ATTRIBUTE)) figures.push(el);
    if (isCaptionHint(el)) hints.push(el);
  }
  const found = new Set<Element>();
  // The page's own <figure>s keep their captions. Figures made from CMS image blocks are not shielded: the cleanup may
  // drop their caption text (benchmarks count it as noise), and the picture stays because it never looks like a caption.
  for (const figure of figures) if (hasDescendantTag(figure, MEDIA_TAGS) && !isTeaser(figure)) found.add(figure);
  // Without <figure>: the lead photo block (image, caption, credit), as the archive's own posts keep it.
  const imagesOf = new Map<Element, number>();
  for (const hint of hints) {
    const figure = figureAround(hint, root, imagesOf);
    if (figure && (!firstTextBlock || compareDocumentOrder(firstTextBlock, figure) >= 0)) found.add(figure);
  }

  const all = Array.from(found);
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el))).sort(compareDocumentOrder);
}

/**
 * Runs `step` on `root` with its figures taken out (an empty placeholder stands in for each) and puts them back
 * afterwards, so that a text cleanup cannot strip the captions and credits the archive keeps.
 */
export function withFiguresProtected(root: Element, step: () => void): void {
  const figures = findFigures(root);
  const doc = root.ownerDocument;
  const placeholders = figures.map((figure) => {
    const placeholder = doc.createElement('figure');
    placeholder.setAttribute('data-clip-figure', '');
    figure.replaceWith(placeholder);
    return placeholder;
  });
  try {
    step();
  } finally {
    placeholders.forEach((placeholder, i) => {
      // A placeholder the step removed (with the section around it) takes its figure along.
      if (root.contains(placeholder)) placeholder.replaceWith(figures[i]);
    });
  }
}
