// Keeps the article's lead image above the body: when the extracted content lacks the page's featured image, its figure is prepended.
import type { PageMetadata } from '../types';
import { realSource } from './lazy-images';
import { isInPageChrome } from './metadata/page-chrome';
import type { PageMedia } from './metadata/page-index';

/** A size- and query-independent key for an image URL: "…/featured/photo-1200x800.jpeg?itok=x" → "photo". */
export function imageKey(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split(/[?#]/)[0];
  }
  let file = decodeURIComponentSafe(path.slice(path.lastIndexOf('/') + 1)).toLowerCase();
  file = file.replace(/\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/, '');
  // Typical rendition suffixes: -1200x800, _800w, @2x, -scaled, -large.
  file = file.replace(/(?:[-_@]\d+(?:x\d+)?[wx]?|[-_](?:scaled|large|medium|small|thumb|thumbnail|full|original))+$/g, '');
  return file;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when some text-bearing block comes before the first image in `content`. */
function startsWithImage(content: Element): boolean {
  const first = content.querySelector('img');
  if (!first) return false;
  for (const block of Array.from(content.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, table'))) {
    if ((block.textContent ?? '').trim().length > 40) {
      // compareDocumentPosition: 4 = FOLLOWING, so the image precedes this block.
      return (first.compareDocumentPosition(block) & 4) !== 0;
    }
  }
  return true;
}

/** Caption and credit text longer than this is article text, not a caption. */
const MAX_CAPTION_CHARS = 600;

/**
 * The largest ancestor of `img` that is still only "this image and its caption/credit": one image, no headings,
 * no article element, little text. Sites without <figure> (Drupal views, CMS widgets) wrap the photo that way.
 */
function figureLikeContainer(img: Element): Element {
  let best: Element = img;
  for (let node = img.parentElement; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') break;
    if (node.querySelectorAll('img').length !== 1) break;
    if (node.querySelector('h1, h2, h3, article, nav, form')) break;
    if ((node.textContent ?? '').replace(/\s+/g, ' ').trim().length > MAX_CAPTION_CHARS) break;
    best = node;
  }
  return best;
}

/** True when `content` lacks the page's lead image and does not open with an image of its own. */
function lacksLeadImage(content: Element, metadata: PageMetadata): boolean {
  const key = metadata.leadImage ? imageKey(metadata.leadImage) : '';
  if (!key) return false;
  const images = Array.from(content.querySelectorAll('img'));
  if (images.some((img) => imageKey(img.getAttribute('src') ?? '') === key)) return false;
  return !startsWithImage(content);
}

/** True when an attribute of `img` (or of its <picture>'s sources) contains `key`, percent-encoded or not. */
function mentions(img: Element, key: string): boolean {
  const elements = [img];
  const picture = img.parentElement?.localName === 'picture' ? img.parentElement : null;
  if (picture) elements.push(...Array.from(picture.getElementsByTagName('source')));
  // Names, then values: a browser builds an Attr object for each attribute `attributes` hands out.
  return elements.some((el) =>
    el.getAttributeNames().some((name) => {
      const value = (el.getAttribute(name) ?? '').toLowerCase();
      return value.includes(key) || (value.includes('%') && decodeURIComponentSafe(value).includes(key));
    }),
  );
}

/** The figure (or figure-like block) showing the image with `key`, outside navigation, sidebars and footers; reads only. */
function findShownFigure(media: PageMedia, key: string, extraLazyAttributes: string[]): Element | undefined {
  const outsideChrome = (el: Element): boolean => !isInPageChrome(el) && !el.closest('header nav, [role="banner"]');
  // Lazy images show their real source only once resolved: match what they will show, not their placeholder. Only
  // images naming the key somewhere in their attributes can match (a cheap test before parsing their srcsets).
  const shown = media.images.find(
    (img) => mentions(img, key) && imageKey(realSource(img, extraLazyAttributes) ?? '') === key && outsideChrome(img),
  );
  if (shown) return shown.closest('figure') ?? figureLikeContainer(shown);
  // A <noscript> fallback: its block is copied whole, and the copy's lazy-image pass swaps it for the placeholder.
  for (const noscript of media.noscripts) {
    if (!noscript.innerHTML.toLowerCase().includes(key)) continue;
    const block = noscript.closest('figure') ?? noscript.parentElement ?? noscript;
    if (outsideChrome(block)) return block;
  }
  return undefined;
}

/**
 * A detached copy of the figure around the lead image where `page` shows it (outside navigation, sidebars and
 * footers), or undefined. `media` are the page's images and <noscript>s (from the metadata walk). Only reads the page;
 * `prepare` readies the copy (lazy images resolved, URLs absolute).
 */
export function copyShownLeadFigure(
  page: Document,
  media: PageMedia,
  metadata: PageMetadata,
  prepare: (figure: Element) => void,
  extraLazyAttributes: string[] = [],
): Element | undefined {
  const key = metadata.leadImage ? imageKey(metadata.leadImage) : '';
  if (!key) return undefined;
  const source = findShownFigure(media, key, extraLazyAttributes);
  if (!source) return undefined;
  // The copy needs a parent while it is prepared: a <noscript> or <picture> fallback replaces nodes in place.
  const holder = page.createElement('div');
  holder.appendChild(source.cloneNode(true));
  prepare(holder);
  return holder.firstElementChild ?? undefined;
}

/**
 * Prepends the lead figure to `content` when the extraction dropped the page's lead image. `copyFigure` (see
 * copyShownLeadFigure) is asked only then; a lead image the page does not show (often a generic social card) has no
 * figure and is not added.
 */
export function insertLeadFigure(content: Element, metadata: PageMetadata, copyFigure: () => Element | undefined): void {
  if (!lacksLeadImage(content, metadata)) return;
  const figure = copyFigure();
  if (!figure) return;
  const doc = content.ownerDocument;
  content.insertBefore(figure.ownerDocument === doc ? figure : doc.importNode(figure, true), content.firstChild);
}
