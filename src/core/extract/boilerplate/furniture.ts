// Page furniture named by its class or id (share bars, newsletter boxes, related rails, hover cards), removed before Readability scores the page.
import { hasDescendantTag, nextAfterSubtree, nextInTree, tagOf, textLengthUpTo } from '../tree-walk';
import { classWords, textOf } from './blocks';

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

/** Removes elements whose class or id names them as furniture, when they are small next to the page. */
export function removeNamedFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // Read before the first removal, and only once some element needs it: the whole page's text is costly to build.
  let pageChars: number | undefined;
  // One walk in document order; a removed element's subtree is skipped (it left the page with it).
  for (let el = body.firstElementChild; el; ) {
    // The cheap class-word test first: most elements fail it, and the rest are read-only tests too (order is free).
    if (!classWords(el).some((w) => FURNITURE_WORDS.has(w)) || NEVER_FURNITURE_TAGS.has(tagOf(el)) || hasDescendantTag(el, ARTICLE_TAGS)) {
      el = nextInTree(el, body);
      continue;
    }
    const chars = textLengthUpTo(el, MAX_CHARS);
    pageChars ??= textOf(body).length || 1;
    if (chars > MAX_CHARS || chars / pageChars > MAX_SHARE_OF_PAGE) {
      el = nextInTree(el, body);
      continue;
    }
    const next = nextAfterSubtree(el, body);
    el.remove();
    el = next;
  }
}
