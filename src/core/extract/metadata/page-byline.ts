// Metadata source: the byline as the page marks it up (rel=author, itemprop=author, .byline, .author) outside comments and related lists.
import { normalizeSpace, pushCandidate, spacedText, type MetadataCandidates } from './candidates';
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

/** Looser class matches (`ap-story-byline`, `c-byline-wrapper`): only their innermost element counts. */
const LOOSE_BYLINE = '[class*="byline" i], [class*="author-name" i], [class*="authorname" i]';

/** Attributes every selector above tests on its subject element (class, itemprop, rel). */
const SUBJECT_ATTRIBUTES = ['class', 'itemprop', 'rel'];

/**
 * The elements that could match any byline selector, in document order: one walk of the document instead of one
 * query per selector. A superset — every selector's subject has "author", "byline" or "name" in one of those attributes.
 */
function bylineCandidates(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[class], [itemprop], [rel]')).filter((el) =>
    SUBJECT_ATTRIBUTES.some((attr) => /author|byline|name/i.test(el.getAttribute(attr) ?? '')),
  );
}

/** Reads author statements from the first byline construct (in selector order) that exists in the article area. */
export function readPageByline(doc: Document): MetadataCandidates {
  const out: MetadataCandidates = {};
  const textOf = (el: Element) => el.getAttribute('content') ?? normalizeSpace(spacedText(el));
  const candidates = bylineCandidates(doc);
  for (const selector of BYLINE_SELECTORS) {
    const els = candidates.filter((el) => el.matches(selector) && !isInPageChrome(el));
    if (!els.length) continue;
    const names = els.map(textOf).filter((t) => t && t.length < 200);
    // Several elements of one byline construct are several authors; de-duplicated later.
    if (names.length) {
      pushCandidate(out, 'authors', Array.from(new Set(names)).join(', '));
      return out;
    }
  }
  const loose = candidates.filter((el) => el.matches(LOOSE_BYLINE) && !isInPageChrome(el));
  const innermost = loose.find((el) => !loose.some((other) => other !== el && el.contains(other)) && textOf(el).length < 200);
  if (innermost) pushCandidate(out, 'authors', textOf(innermost));
  return out;
}
