// Metadata source: the byline as the page marks it up (rel=author, itemprop=author, .byline, .author) outside comments and related lists.
import { normalizeSpace, pushCandidate, type MetadataCandidates } from './candidates';
import { isInPageChrome } from './page-chrome';

const BYLINE_SELECTORS = [
  '[itemprop~="author" i] [itemprop~="name" i]',
  '[itemprop~="author" i]',
  'a[rel~="author" i]',
  '.byline .author',
  '.byline__name',
  '.byline',
  '[class~="author-name" i]',
  '[class~="author" i]',
  '.article-author',
  '.post-author',
];

/** Reads author statements from the first byline construct (in selector order) that exists in the article area. */
export function readPageByline(doc: Document): MetadataCandidates {
  const out: MetadataCandidates = {};
  for (const selector of BYLINE_SELECTORS) {
    const els = Array.from(doc.querySelectorAll(selector)).filter((el) => !isInPageChrome(el));
    if (!els.length) continue;
    const names = els
      .map((el) => el.getAttribute('content') ?? normalizeSpace(el.textContent ?? ''))
      .filter((t) => t && t.length < 200);
    // Several elements of one byline construct are several authors; de-duplicated later.
    if (names.length) {
      pushCandidate(out, 'authors', Array.from(new Set(names)).join(', '));
      break;
    }
  }
  return out;
}
