// Metadata source: `<time datetime>` and microdata `datePublished` in the page (outside comments and related-article lists).
import { pushCandidate, type MetadataCandidates } from './candidates';
import { isInPageChrome } from './page-chrome';

/** Reads publication times the page marks up: itemprop=datePublished first, then the first `<time>` of the article. */
export function readTimeElements(doc: Document): MetadataCandidates {
  const out: MetadataCandidates = {};
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished" i], [itemprop="dateCreated" i]'))) {
    if (isInPageChrome(el)) continue;
    pushCandidate(out, 'published', el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  for (const el of Array.from(doc.querySelectorAll('[itemprop="dateModified" i]'))) {
    pushCandidate(out, 'modified', el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  // A `<time pubdate>` or one inside the article's header is the article's; other <time>s may date comments.
  const times = Array.from(doc.querySelectorAll('time[datetime]')).filter((t) => !isInPageChrome(t));
  const preferred =
    times.find((t) => t.hasAttribute('pubdate')) ??
    times.find((t) => t.closest('article, [role="main"], main, header, .byline, .meta, .post-meta, .entry-meta, .article-meta')) ??
    times[0];
  if (preferred) pushCandidate(out, 'published', preferred.getAttribute('datetime'));
  return out;
}
