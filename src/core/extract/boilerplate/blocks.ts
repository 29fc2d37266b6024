// Shared helpers for boilerplate rules: leaf text blocks, link density, class/id words.

/** Elements that start a new line on screen; a block with none of these below it is a leaf block. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT',
  'DD', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'FORM', 'NAV',
]);

/**
 * Leaf blocks under `root` in document order: the units a reader sees as one paragraph, heading or item.
 * One walk of the tree (a selector query per element would make every rule quadratic on long pages).
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // Returns whether `el`'s subtree holds a block element (so `el` is not a leaf).
  const walk = (el: Element): boolean => {
    let hasBlock = false;
    for (const child of Array.from(el.children)) {
      const childHasBlock = walk(child);
      const isBlock = BLOCK_TAGS.has(child.tagName.toUpperCase());
      if (isBlock && !childHasBlock) out.push(child);
      hasBlock ||= isBlock || childHasBlock;
    }
    return hasBlock;
  };
  walk(root);
  // Children are pushed after their own subtree is walked, which for leaves is already document order.
  return out;
}

export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Share of the element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);
  return Math.min(1, linked / total);
}

/** The words of an element's class and id: "article__caption js-newsCredit2" → article, caption, js, news, credit. */
export function classWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** True when `el` or an ancestor up to `root` (inclusive of neither `root` nor above) has one of `words` in its class/id. */
export function hasClassWord(el: Element, words: ReadonlySet<string>, root?: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (classWords(node).some((w) => words.has(w))) return true;
  }
  return false;
}

const MEDIA = 'img, picture, video, audio, iframe, svg, math, table';

/** Removes everything under `el` except the media (and the elements that lead to it), so a picture is never lost with its caption. */
function stripAroundMedia(el: Element): void {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== 1) {
      child.remove();
      continue;
    }
    const element = child as Element;
    if (element.matches(MEDIA)) continue;
    if (element.querySelector(MEDIA)) stripAroundMedia(element);
    else element.remove();
  }
}

/**
 * Removes `el`, then any ancestor (below `root`) left with no text and no media. When `el` holds a picture (a caption
 * block wrapping its image), only the text goes: boilerplate rules aim at words, never at the article's images.
 */
export function removeWithEmptyParents(el: Element, root: Element): void {
  if (el.matches(MEDIA) || el.querySelector(MEDIA)) {
    stripAroundMedia(el);
    return;
  }
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !textOf(parent) && !parent.querySelector(MEDIA)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Number of word tokens (Latin words, or CJK characters counted one each). */
export function wordCount(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words + cjk;
}

/** True inside a data table (a row of two or more cells): numbers and short labels there are data, not leftovers. */
export function inDataTable(el: Element): boolean {
  const row = el.closest('tr');
  return !!row && row.querySelectorAll('td, th').length >= 2;
}
