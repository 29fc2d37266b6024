// Page furniture named by its class or id (share bars, newsletter boxes, related rails, hover cards), removed before Readability scores the page.
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

/** Removes elements whose class or id names them as furniture, when they are small next to the page. */
export function removeNamedFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const pageChars = textOf(body).length || 1;
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    // The cheap class-word test first: most elements fail it, and the rest are read-only tests too (order is free).
    if (!classWords(el).some((w) => FURNITURE_WORDS.has(w))) continue;
    if (!body.contains(el) || el.matches('html, body, main, article, h1')) continue;
    if (el.querySelector('h1, article, main')) continue;
    const chars = textOf(el).length;
    if (chars > MAX_CHARS || chars / pageChars > MAX_SHARE_OF_PAGE) continue;
    el.remove();
  }
}
