// Metadata source: the byline as the page marks it up (rel=author, itemprop=author, .byline, .author) outside comments and related lists.
import { classAttribute } from '../../class-attribute';
import { normalizeSpace, pushCandidate, spacedText, type MetadataCandidates } from './candidates';
import { classesOf, hasClass, hasTokenIgnoringCase, tokensOf } from './attributes';
import type { PageIndex } from './page-index';

/** The attribute tokens of one candidate element, split once for every construct tested on it. */
interface Candidate {
  el: Element;
  /** itemprop tokens, lower-cased. */
  itemprops: string[];
  /** Class names as class selectors compare them (lower-cased in quirks mode), and lower-cased. */
  classes: string[];
  lowerClasses: string[];
  /** rel tokens of a link, lower-cased. */
  rels: string[];
}

function hasAncestor(el: Element, test: (ancestor: Element) => boolean): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (test(node)) return true;
  return false;
}

/**
 * The byline constructs in order of trust, each the selector it stands for, matched by hand: the candidates are few,
 * and compiling a selector for every candidate is slow in DOMs without a native selector engine.
 */
const BYLINE_MATCHERS: Array<(c: Candidate, quirks: boolean) => boolean> = [
  // [itemprop~="author" i] [itemprop~="name" i]
  (c) => c.itemprops.includes('name') && hasAncestor(c.el, (a) => hasTokenIgnoringCase(a.getAttribute('itemprop'), 'author')),
  // [itemprop~="author" i]
  (c) => c.itemprops.includes('author'),
  // a[rel~="author" i]
  (c) => c.rels.includes('author'),
  // .byline .author
  (c, quirks) => c.classes.includes('author') && hasAncestor(c.el, (a) => hasClass(a, 'byline', quirks)),
  // .byline__name
  (c) => c.classes.includes('byline__name'),
  // .byline
  (c) => c.classes.includes('byline'),
  // [class~="author-name" i]
  (c) => c.lowerClasses.includes('author-name'),
  // [class~="author" i]
  (c) => c.lowerClasses.includes('author'),
  // .article-author
  (c) => c.classes.includes('article-author'),
  // .post-author
  (c) => c.classes.includes('post-author'),
];

/** Looser class matches (`ap-story-byline`, `c-byline-wrapper`): only their innermost element counts. */
const LOOSE_BYLINE = /byline|author-?name/i;

/** Reads author statements from the first byline construct (in trust order) that exists in the article area. */
export function readPageByline(page: PageIndex): MetadataCandidates {
  const out: MetadataCandidates = {};
  const textOf = (el: Element) => el.getAttribute('content') ?? normalizeSpace(spacedText(el));
  // Every construct's subject says "author" or "byline" in its class, "author" or "name" in its itemprop, or is a link
  // with rel "author": one of the candidates.
  const candidates: Candidate[] = page.bylineCandidates.map((el) => ({
    el,
    itemprops: tokensOf(el.getAttribute('itemprop'), true),
    classes: classesOf(el, page.quirks),
    lowerClasses: classesOf(el, true),
    rels: el.localName === 'a' ? tokensOf(el.getAttribute('rel'), true) : [],
  }));
  for (const matches of BYLINE_MATCHERS) {
    const els = candidates.filter((c) => matches(c, page.quirks) && !page.inChrome(c.el)).map((c) => c.el);
    if (!els.length) continue;
    const names = els.map(textOf).filter((t) => t && t.length < 200);
    // Several elements of one byline construct are several authors; de-duplicated later.
    if (names.length) {
      pushCandidate(out, 'authors', Array.from(new Set(names)).join(', '));
      return out;
    }
  }
  const loose = page.bylineCandidates.filter((el) => LOOSE_BYLINE.test(classAttribute(el) ?? '') && !page.inChrome(el));
  // In document order an element's descendants follow it at once: it is innermost unless the next one is inside it.
  const innermost = loose.find((el, i) => !(i + 1 < loose.length && el.contains(loose[i + 1])) && textOf(el).length < 200);
  if (innermost) pushCandidate(out, 'authors', textOf(innermost));
  return out;
}
