// Page furniture named by its class or id (share bars, newsletter boxes, related rails, hover cards), removed before Readability scores the page.
import { hasDescendantTag, nextInTree, tagOf, textLengthUpTo } from '../tree-walk';
import { hasOwnClassWord } from './blocks';

/** Class/id words that name furniture, never the article. Matched as whole words of the class, not substrings. */
const FURNITURE_WORDS = new Set([
  'rollover', 'popover', 'tooltip', 'hovercard', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup',
  'outbrain', 'taboola', 'recirc', 'recirculation', 'rail', 'related', 'recommended', 'recommendations', 'share',
  'sharing', 'sharebar', 'social', 'sociallinks', 'promo', 'promos', 'paywall', 'donate', 'trending', 'mostread',
  'mostpopular', 'cookie', 'cookies', 'consent', 'gdpr', 'breadcrumb', 'breadcrumbs', 'disqus', 'comments', 'byline', 'bylines',
]);
/** A furniture-named element holding more than this share of the page text is probably a wrapper of everything: keep it. */
const MAX_SHARE_OF_PAGE = 0.15;
const MAX_CHARS = 2500;

/** Furniture-named elements that are never removed, and what marks a furniture-named element as holding the article. */
const NEVER_FURNITURE_TAGS = new Set(['html', 'body', 'main', 'article', 'h1']);
const ARTICLE_TAGS = new Set(['h1', 'article', 'main']);

/**
 * Removes elements whose class or id names them as furniture, when they are small next to the page.
 * Every test reads the page as it was before the first removal, so all are made first and the removals follow: then the
 * page's text needs counting only as far as the largest candidate requires (its share is decided beyond that).
 */
export function removeNamedFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const candidates: Array<{ el: Element; chars: number }> = [];
  let largest = 0;
  for (let el = body.firstElementChild; el; el = nextInTree(el, body)) {
    // The cheap class-word test first: most elements fail it.
    if (!hasOwnClassWord(el, FURNITURE_WORDS) || NEVER_FURNITURE_TAGS.has(tagOf(el)) || hasDescendantTag(el, ARTICLE_TAGS)) continue;
    const chars = textLengthUpTo(el, MAX_CHARS);
    if (chars > MAX_CHARS) continue;
    candidates.push({ el, chars });
    largest = Math.max(largest, chars);
  }
  if (!candidates.length) return;
  // Exact up to `limit`; beyond it, a lower bound that already makes the largest candidate's share small enough
  // (a/b only shrinks as b grows).
  const limit = Math.ceil(largest / MAX_SHARE_OF_PAGE) + 1;
  const pageChars = textLengthUpTo(body, limit) || 1;
  for (const { el, chars } of candidates) {
    // A candidate inside one removed before it went with it.
    if (chars / pageChars > MAX_SHARE_OF_PAGE || !body.contains(el)) continue;
    el.remove();
  }
}
