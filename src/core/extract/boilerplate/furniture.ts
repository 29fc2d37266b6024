// Page furniture named by its class or id (share bars, newsletter boxes, related rails, hover cards), removed before Readability scores the page.
import { textLengthUpTo } from '../tree-walk';
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

/** Furniture-named elements that are never removed; one holding an <article>, <main> or <h1> (the cleanup walk says) is not either. */
const NEVER_FURNITURE_TAGS = new Set(['html', 'body', 'main', 'article', 'h1']);

/**
 * Elements whose class or id names them as furniture, removed when they are small next to the page. Elements are
 * offered (`consider`) by the cleanup walk once their subtree is final; every test reads the page as it is then, so all
 * are made first and the removals follow (`removeFrom`): then the page's text needs counting only as far as the largest
 * candidate requires (its share is decided beyond that).
 */
export class NamedFurniture {
  private readonly candidates: Array<{ el: Element; chars: number }> = [];

  /** Offers `el` (tag `tag`; whether it has attributes; `articleTagBelow`: an <article>, <main> or <h1> is below it). */
  readonly consider = (el: Element, tag: string, hasAttributes: boolean, articleTagBelow: boolean): void => {
    // The cheap class-word test first: most elements fail it (those without attributes have no class or id).
    if (!hasAttributes || !hasOwnClassWord(el, FURNITURE_WORDS) || NEVER_FURNITURE_TAGS.has(tag) || articleTagBelow) return;
    const chars = textLengthUpTo(el, MAX_CHARS);
    if (chars > MAX_CHARS) return;
    this.candidates.push({ el, chars });
  };

  /** Removes the candidates still in `doc`'s body that hold at most MAX_SHARE_OF_PAGE of its text. */
  removeFrom(doc: Document): void {
    const body = doc.body;
    if (!body || !this.candidates.length) return;
    // Exact up to `limit`; beyond it, a lower bound that already makes the largest candidate's share small enough
    // (a/b only shrinks as b grows).
    const largest = this.candidates.reduce((most, { chars }) => Math.max(most, chars), 0);
    const limit = Math.ceil(largest / MAX_SHARE_OF_PAGE) + 1;
    const pageChars = textLengthUpTo(body, limit) || 1;
    for (const { el, chars } of this.candidates) {
      // A candidate inside one removed before it, or inside something the walk removed after offering it, is gone.
      if (chars / pageChars > MAX_SHARE_OF_PAGE || !body.contains(el)) continue;
      el.remove();
    }
  }
}
