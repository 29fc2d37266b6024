// Finds the part of the page that holds nearly all of its prose, and copies only that part (speed: Readability, the
// boilerplate rules and the clone itself all cost in proportion to the number of elements they visit).
import { hasTokenIgnoringCase } from './metadata/attributes';
import { bodyOf } from './metadata/page-index';
import { measureProse, type ProseMap } from './prose';

/** The region must hold at least this share of the page's prose: only furniture and the odd stray line stay outside. */
const REGION_PROSE_SHARE = 0.9;
/**
 * The second level is not climbed to <body> when the first already holds this share of the prose: all else <body> holds
 * is then the site's header, menus, footer and pop-ups (climbing made the region the whole page on 3 of the 92
 * benchmark pages, with the same outputs).
 */
const BODY_CLIMB_SHARE = 0.95;
/** Pages with less prose than this (two or three sentences) are handed over whole: there is nothing to narrow down to. */
const MIN_PROSE_TO_NARROW = 300;

/** What the page index measures on its walk for the region: the prose per element, and the page's first <h1>. */
export interface RegionMeasures {
  prose: ProseMap;
  headline: Element | undefined;
}

/**
 * The element of `doc`'s body under which the page's prose lives (as measureProse counts it: named sidebars, comment
 * threads and dialogs left out): the deepest element holding at least 90 % of it, then two levels up (never above
 * <body>; the second not when the first holds the page's first <h1>, nor up to <body> when the first holds 95 % of the
 * prose). <body> itself when the prose is spread out or the page is short. Reads the document only; `measured` is
 * taken when given, else measured here.
 */
export function findArticleRegion(doc: Document, measured?: RegionMeasures): Element | undefined {
  const body = bodyOf(doc);
  if (!body) return undefined;
  const { prose, headline } = measured ?? { prose: measureProse(body), headline: body.getElementsByTagName('h1')[0] };
  const total = prose.get(body) ?? 0;
  if (total < MIN_PROSE_TO_NARROW) return body;
  let region: Element = body;
  for (;;) {
    let next: Element | undefined;
    for (let child = region.firstElementChild; child; child = child.nextElementSibling) {
      // Over half of the prose: at most one child can qualify.
      if ((prose.get(child) ?? 0) >= REGION_PROSE_SHARE * total) {
        next = child;
        break;
      }
    }
    if (!next) break;
    region = next;
  }
  // One level up: Readability looks at the siblings of its best candidate (a standfirst, a second column of the story).
  if (region === body) return body;
  region = region.parentElement ?? region;
  // A second level for the headline's block (the standfirst, the lead photo), unless it is in already, or all the
  // second level would add is the site around the story.
  const holdsHeadline = !!headline && region.contains(headline);
  const siteAround = region.parentElement === body && (prose.get(region) ?? 0) >= BODY_CLIMB_SHARE * total;
  if (region !== body && !holdsHeadline && !siteAround) region = region.parentElement ?? region;
  return region;
}

/**
 * Words of the <meta> names and properties the steps after the copy read: Readability's title, byline, excerpt, site
 * name and date (each name it matches holds one of these words) and og:url (the widget-label rule's page address).
 */
const READ_META_NAME = /title|author|creator|description|site_name|published_time|pub-date|og:url/i;

/**
 * What the steps after the copy read from <head>: the title, the <meta>s above (Readability's title and byline
 * fallbacks; a page has dozens of others), <base>, and the canonical link (the widget-label rule compares text with it).
 * No JSON-LD: the metadata step reads it from the page, and Readability runs with `disableJSONLD`.
 */
function keepsInHead(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'title' || tag === 'base') return true;
  if (tag === 'meta') return READ_META_NAME.test(el.getAttribute('property') ?? '') || READ_META_NAME.test(el.getAttribute('name') ?? '');
  return tag === 'link' && hasTokenIgnoringCase(el.getAttribute('rel'), 'canonical');
}

/**
 * Drops the styles from a copy that is not yet in its document: a browser parses every <style> the moment it enters a
 * document, and no later step reads them. (Scripts do nothing in a copy; the cleanup walk removes them with the rest.)
 */
function dropStyles(copy: Element): void {
  for (const el of Array.from(copy.getElementsByTagName('style'))) el.remove();
}

/**
 * A new document holding what later steps need of `doc`'s <head> (see keepsInHead), the chain of `region`'s ancestors
 * (each with its attributes but without its other children) and a deep copy of `region` (the whole <body> when
 * `region` is undefined), without styles. `doc` is only read.
 */
export function cloneRegion(doc: Document, region: Element | undefined): Document {
  const root = doc.documentElement;
  const copy = doc.cloneNode(false) as Document;
  if (!root) return copy;
  const html = copy.importNode(root, false);
  copy.appendChild(html);
  const head = Array.from(root.children).find((child) => child.localName === 'head');
  if (head) {
    const headCopy = copy.importNode(head, false);
    for (const child of Array.from(head.children)) {
      if (keepsInHead(child)) headCopy.appendChild(copy.importNode(child, true));
    }
    html.appendChild(headCopy);
  }
  const top = region ?? bodyOf(doc);
  if (!top || top === root || !root.contains(top)) return copy;
  const ancestors: Element[] = [];
  for (let el = top.parentElement; el && el !== root; el = el.parentElement) ancestors.unshift(el);
  let parent: Element = html;
  for (const ancestor of ancestors) {
    const shell = copy.importNode(ancestor, false);
    parent.appendChild(shell);
    parent = shell;
  }
  const content = copy.importNode(top, true);
  dropStyles(content);
  parent.appendChild(content);
  return copy;
}
