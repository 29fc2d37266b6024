// One walk of the document that collects, in document order, every element the metadata readers look at, and measures
// the prose of the body for the article region on the way.
import { classAttribute } from '../../class-attribute';
import { hasTokenIgnoringCase } from './attributes';
import { pageChromeTest } from './page-chrome';
import { visitMeasuringProse, type ProseMap } from '../prose';

/**
 * The elements the metadata readers need, gathered by one walk instead of a dozen whole-document selector queries
 * (each of which is a full walk in DOMs without a native selector engine). Read-only: nothing here changes the page.
 */
export interface PageIndex {
  doc: Document;
  /** Every `<meta>`. */
  metas: Element[];
  /** Every `<title>` (SVG titles included, as the `title` selector matches them). */
  titles: Element[];
  /** The first `<title>` inside a `<head>`. */
  headTitle?: Element;
  /** The first `<base>` with an href. */
  base?: Element;
  /** The first `<link rel~="canonical" i>` and `<link rel~="image_src" i>`. */
  canonicalLink?: Element;
  imageSrcLink?: Element;
  /** Every `<script type="application/ld+json" i>`. */
  jsonLdScripts: Element[];
  /** Every `<h1>`; the first three `<h2>`s. */
  h1s: Element[];
  h2s: Element[];
  /** The first TEXT_BLOCK_LIMIT of `h1, h2, p, li`: the text that samples the page's language. */
  textBlocks: Element[];
  /** Every element with an itemprop, and every `<time datetime>`. */
  marked: Element[];
  /** Every element whose class, itemprop or (for links) rel could make it byline markup: a superset of the byline constructs. */
  bylineCandidates: Element[];
  /** Every `<img>` and every `<noscript>`: the extraction looks for the shown lead image among them. */
  images: PageMedia['images'];
  noscripts: PageMedia['noscripts'];
  /** The page's `<body>`, found without the `document.body` getter (which some DOMs create when missing). */
  body?: Element;
  /** Prose per element of the body (`measureProse(body)`, measured on the same walk): where the article region is. */
  prose: ProseMap;
  /** Whether class names match case-insensitively, as selectors do in quirks-mode documents. */
  quirks: boolean;
  /** The text of an element, computed once per element and call. */
  text(el: Element): string;
  /** isInPageChrome, remembered for every element asked about and its ancestors. */
  inChrome(el: Element): boolean;
}

/** The page's `<img>` and `<noscript>` elements, in document order. */
export interface PageMedia {
  images: Element[];
  noscripts: Element[];
}

const TEXT_BLOCK_LIMIT = 60;
const H2_LIMIT = 3;
/**
 * What the byline constructs (page-byline.ts) test: class names holding "author" or "byline", itemprop "author" or
 * "name", a link's rel "author". An element with none of these can match none of them.
 */
const BYLINE_CLASS = /author|byline/i;
const BYLINE_ITEMPROP = /author|name/i;

/** Whether a document matches class selectors case-insensitively: quirks mode ("BackCompat"). */
function isQuirksMode(doc: Document): boolean {
  return doc.compatMode === 'BackCompat';
}

/** The `<body>` (or `<frameset>`) child of the root element, as `document.body` defines it, without creating one. */
export function bodyOf(doc: Document): Element | undefined {
  for (let child = doc.documentElement?.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'body' || child.localName === 'frameset') return child;
  }
  return undefined;
}

/** True for `<script type="application/ld+json" i>`. */
export function isJsonLdScript(el: Element): boolean {
  return el.localName === 'script' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json';
}

/** True when `el` is inside a `<head>` element. */
function isInHead(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (node.localName === 'head') return true;
  return false;
}

/** Walks `doc` once and indexes what the metadata readers need, measuring the body's prose on the way. */
export function indexPage(doc: Document): PageIndex {
  const texts = new Map<Element, string>();
  const page: PageIndex = {
    doc,
    metas: [],
    titles: [],
    jsonLdScripts: [],
    h1s: [],
    h2s: [],
    textBlocks: [],
    marked: [],
    bylineCandidates: [],
    images: [],
    noscripts: [],
    body: bodyOf(doc),
    prose: new Map(),
    quirks: isQuirksMode(doc),
    text(el) {
      let text = texts.get(el);
      if (text === undefined) {
        text = el.textContent ?? '';
        texts.set(el, text);
      }
      return text;
    },
    inChrome: pageChromeTest(),
  };
  const visit = (el: Element, tag: string, hasAttributes: boolean): void => {
    switch (tag) {
      case 'meta':
        page.metas.push(el);
        break;
      case 'title':
        page.titles.push(el);
        if (!page.headTitle && isInHead(el)) page.headTitle = el;
        break;
      case 'base':
        if (!page.base && el.hasAttribute('href')) page.base = el;
        break;
      case 'link': {
        const rel = el.getAttribute('rel');
        if (!page.canonicalLink && hasTokenIgnoringCase(rel, 'canonical')) page.canonicalLink = el;
        if (!page.imageSrcLink && hasTokenIgnoringCase(rel, 'image_src')) page.imageSrcLink = el;
        break;
      }
      case 'script':
        if (isJsonLdScript(el)) page.jsonLdScripts.push(el);
        break;
      case 'img':
        page.images.push(el);
        break;
      case 'noscript':
        page.noscripts.push(el);
        break;
      case 'h1':
      case 'h2':
      case 'p':
      case 'li':
        if (tag === 'h1') page.h1s.push(el);
        else if (tag === 'h2' && page.h2s.length < H2_LIMIT) page.h2s.push(el);
        if (page.textBlocks.length < TEXT_BLOCK_LIMIT) page.textBlocks.push(el);
        break;
    }
    if (hasAttributes) {
      const itemprop = el.getAttribute('itemprop');
      if (itemprop !== null || (tag === 'time' && el.hasAttribute('datetime'))) page.marked.push(el);
      if (
        BYLINE_CLASS.test(classAttribute(el) ?? '') ||
        (itemprop !== null && BYLINE_ITEMPROP.test(itemprop)) ||
        (tag === 'a' && /author/i.test(el.getAttribute('rel') ?? ''))
      ) {
        page.bylineCandidates.push(el);
      }
    }
  };
  visitMeasuringProse(doc, page.body, page.prose, visit);
  return page;
}
