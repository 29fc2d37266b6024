// Metadata source: `<time datetime>` and microdata `datePublished` in the page (outside comments and related-article lists).
import { pushCandidate, type MetadataCandidates } from './candidates';
import { isInPageChrome } from './page-chrome';

/** Reads publication times the page marks up: itemprop=datePublished first, then the first `<time>` of the article. */
export function readTimeElements(doc: Document): MetadataCandidates {
  const out: MetadataCandidates = {};
  // One query over the page for all three kinds (each whole-document query is a full walk), split in document order.
  const marked = Array.from(doc.querySelectorAll('[itemprop], time[datetime]'));
  const itempropIs = (el: Element, names: string[]): boolean => names.includes((el.getAttribute('itemprop') ?? '').toLowerCase());
  for (const el of marked) {
    if (!itempropIs(el, ['datepublished', 'datecreated']) || isInPageChrome(el)) continue;
    pushCandidate(out, 'published', el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  for (const el of marked) {
    if (!itempropIs(el, ['datemodified'])) continue;
    pushCandidate(out, 'modified', el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  // A `<time pubdate>` or one inside the article's header is the article's; other <time>s may date comments.
  const times = marked.filter((t) => t.tagName.toLowerCase() === 'time' && t.hasAttribute('datetime') && !isInPageChrome(t));
  const preferred =
    times.find((t) => t.hasAttribute('pubdate')) ??
    times.find((t) => t.closest('article, [role="main"], main, header, .byline, .meta, .post-meta, .entry-meta, .article-meta')) ??
    times[0];
  if (preferred) pushCandidate(out, 'published', preferred.getAttribute('datetime'));
  return out;
}
