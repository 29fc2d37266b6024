// Metadata source: the byline as the page marks it up (rel=author, itemprop=author, .byline, .author) outside comments and related lists.
import { normalizeSpace, pushCandidate, spacedText, type MetadataCandidates } from './candidates';
import { isInPageChrome } from './page-chrome';
import { hasClass, hasTokenIgnoringCase, type PageIndex } from './page-index';

type Matcher = (el: Element, quirks: boolean) => boolean;

const itemprop = (el: Element, token: string): boolean => hasTokenIgnoringCase(el.getAttribute('itemprop'), token);
const classToken = (el: Element, token: string): boolean => hasTokenIgnoringCase(el.getAttribute('class'), token);

function hasAncestor(el: Element, test: (ancestor: Element) => boolean): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (test(node)) return true;
  return false;
}

/**
 * The byline constructs in order of trust, each the selector it stands for, matched by hand: the candidates are few,
 * and compiling a selector for every candidate is slow in DOMs without a native selector engine.
 */
const BYLINE_MATCHERS: Matcher[] = [
  // [itemprop~="author" i] [itemprop~="name" i]
  (el) => itemprop(el, 'name') && hasAncestor(el, (a) => itemprop(a, 'author')),
  // [itemprop~="author" i]
  (el) => itemprop(el, 'author'),
  // a[rel~="author" i]
  (el) => el.localName === 'a' && hasTokenIgnoringCase(el.getAttribute('rel'), 'author'),
  // .byline .author
  (el, q) => hasClass(el, 'author', q) && hasAncestor(el, (a) => hasClass(a, 'byline', q)),
  // .byline__name
  (el, q) => hasClass(el, 'byline__name', q),
  // .byline
  (el, q) => hasClass(el, 'byline', q),
  // [class~="author-name" i]
  (el) => classToken(el, 'author-name'),
  // [class~="author" i]
  (el) => classToken(el, 'author'),
  // .article-author
  (el, q) => hasClass(el, 'article-author', q),
  // .post-author
  (el, q) => hasClass(el, 'post-author', q),
];

/** Looser class matches (`ap-story-byline`, `c-byline-wrapper`): only their innermost element counts. */
const LOOSE_BYLINE = /byline|author-?name/i;

/** Reads author statements from the first byline construct (in trust order) that exists in the article area. */
export function readPageByline(page: PageIndex): MetadataCandidates {
  const out: MetadataCandidates = {};
  const textOf = (el: Element) => el.getAttribute('content') ?? normalizeSpace(spacedText(el));
  // Every construct's subject says "author", "byline" or "name" in its class, itemprop or rel: one of the candidates.
  const candidates = page.bylineCandidates;
  const chrome = new Map<Element, boolean>();
  const outsideChrome = (el: Element): boolean => {
    let inChrome = chrome.get(el);
    if (inChrome === undefined) chrome.set(el, (inChrome = isInPageChrome(el)));
    return !inChrome;
  };
  for (const matches of BYLINE_MATCHERS) {
    const els = candidates.filter((el) => matches(el, page.quirks) && outsideChrome(el));
    if (!els.length) continue;
    const names = els.map(textOf).filter((t) => t && t.length < 200);
    // Several elements of one byline construct are several authors; de-duplicated later.
    if (names.length) {
      pushCandidate(out, 'authors', Array.from(new Set(names)).join(', '));
      return out;
    }
  }
  const loose = candidates.filter((el) => LOOSE_BYLINE.test(el.getAttribute('class') ?? '') && outsideChrome(el));
  // In document order an element's descendants follow it at once: it is innermost unless the next one is inside it.
  const innermost = loose.find((el, i) => !(i + 1 < loose.length && el.contains(loose[i + 1])) && textOf(el).length < 200);
  if (innermost) pushCandidate(out, 'authors', textOf(innermost));
  return out;
}
