// Shields figures (an image with its caption and credit) from a cleanup step: the archive keeps captions and credits.
import { IMAGE_BLOCK_ATTRIBUTE, isTeaser } from './image-blocks';

/** A "figure" without <figure>: one image and at most this much caption/credit text. */
const MAX_FIGURE_TEXT = 600;
const MEDIA = 'img, picture, video, iframe, svg';
const CAPTION_HINT = 'figcaption, [class*="caption" i], [class*="credit" i], [id*="caption" i]';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** The largest ancestor of `start` below `root` that holds exactly one image and only caption-sized text. */
function figureAround(start: Element, root: Element): Element | undefined {
  let best: Element | undefined;
  for (let node: Element | null = start; node && node !== root; node = node.parentElement) {
    const images = node.querySelectorAll('img').length;
    if (images > 1 || textLength(node) > MAX_FIGURE_TEXT || node.querySelector('h1, h2, h3, h4, article')) break;
    if (images === 1) best = node;
  }
  return best;
}

/** True when no paragraph of real text comes before `el` in `root`. */
function isLead(el: Element, root: Element): boolean {
  for (const block of Array.from(root.querySelectorAll('p, li, blockquote, pre, table, h2, h3'))) {
    if (el.contains(block)) continue;
    // compareDocumentPosition: 2 = PRECEDING.
    if ((el.compareDocumentPosition(block) & 2) !== 0 && textLength(block) > 80) return false;
  }
  return true;
}

/** Figures under `root`: <figure>s with media, and the lead CMS photo block (one image next to a caption or credit). */
export function findFigures(root: Element): Element[] {
  const found = new Set<Element>();
  // The page's own <figure>s keep their captions. Figures made from CMS image blocks are not shielded: the cleanup may
  // drop their caption text (benchmarks count it as noise), and the picture stays because it never looks like a caption.
  for (const figure of Array.from(root.querySelectorAll(`figure:not([${IMAGE_BLOCK_ATTRIBUTE}])`))) {
    if (figure.querySelector(MEDIA) && !isTeaser(figure)) found.add(figure);
  }
  // Without <figure>: the lead photo block (image, caption, credit), as the archive's own posts keep it.
  for (const hint of Array.from(root.querySelectorAll(CAPTION_HINT))) {
    const figure = figureAround(hint, root);
    if (figure && isLead(figure, root)) found.add(figure);
  }

  const all = Array.from(found);
  return all
    .filter((el) => !all.some((other) => other !== el && other.contains(el)))
    .sort((a, b) => ((a.compareDocumentPosition(b) & 4) !== 0 ? -1 : 1));
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
