// The cheap check before Readability: does this page look like it holds an article at all?
import { isProbablyReaderable } from '@mozilla/readability';
import { CollapsedLength, hasDescendantTag, nextInTree, tagOf } from './tree-walk';

/** Paragraph text below this many (CJK-weighted) characters is not an article, whatever the page claims. */
export const MIN_ARTICLE_CHARS = 140;
/** Paragraph text above this many characters makes a page worth trying even when Readability's own check says no. */
const PLENTY_OF_TEXT = 600;
const TEXT_TAGS = new Set(['p', 'pre', 'article', 'section']);
const PARAGRAPH_TAGS = new Set(['p']);

/**
 * Text length where each CJK character counts double (one CJK character carries about two Latin letters of meaning),
 * white space runs counting as one and none at the ends: `text.replace(/\s+/g, ' ').trim()`'s length plus its CJK
 * characters, counted in one pass without building that string (the text is often a whole article).
 */
export function weightedLength(text: string): number {
  const count = new CollapsedLength(true);
  count.add(text);
  return count.length;
}

/**
 * True when the page declares itself an article (`declaresArticle`: og:type or JSON-LD, as the metadata step read
 * them), shows enough paragraph text to try, or passes Readability's own check. Cheapest first: the text count stops as
 * soon as there is plenty, which on an article page is within its first paragraphs, while isProbablyReaderable reads
 * every paragraph of the page.
 */
export function looksLikeArticle(doc: Document, declaresArticle: boolean): boolean {
  return declaresArticle || showsPlentyOfText(doc) || isProbablyReaderable(doc);
}

/**
 * True when the page's paragraphs, and text containers without paragraphs of their own, hold PLENTY_OF_TEXT
 * (CJK-weighted) characters: one hand walk in document order, no selector engine, stopping once there is plenty.
 */
export function showsPlentyOfText(doc: Document): boolean {
  let total = 0;
  for (let top = doc.firstElementChild; top; top = top.nextElementSibling) {
    for (let el: Element | null = top; el; el = nextInTree(el, top)) {
      const tag = tagOf(el);
      if (!TEXT_TAGS.has(tag) || (tag !== 'p' && hasDescendantTag(el, PARAGRAPH_TAGS))) continue;
      total += weightedLength(el.textContent ?? '');
      if (total >= PLENTY_OF_TEXT) return true;
    }
  }
  return false;
}
