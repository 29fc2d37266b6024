// Boilerplate removal around Readability: preClean strips page furniture Readability would keep; postClean tidies its output.
import type { PageMetadata } from '../types';
import { removeAuthorBox } from './boilerplate/author-box';
import { textOf } from './boilerplate/blocks';
import { removeBylines } from './boilerplate/bylines';
import { removeCaptions } from './boilerplate/captions';
import { removeNamedFurniture } from './boilerplate/furniture';
import { removeWidgetLabels } from './boilerplate/labels';
import { removePromos } from './boilerplate/promos';
import { removeTeasers } from './boilerplate/teasers';
import { removeRepeatedTitle } from './boilerplate/title-repeat';
import { removeTrailingLinkLists } from './boilerplate/trailing-links';

/** Elements that are never article text, whatever their score. */
const ALWAYS_NOISE = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe[src*="facebook.com/plugins"]',
  '[aria-hidden="true"]:not(img):not(picture):not(svg)',
  '[role="complementary"]',
  '[role="navigation"]',
  'nav',
].join(',');

/**
 * Removes boilerplate from the document clone before Readability scores it.
 * Mutates `doc`: callers must pass a clone.
 */
export function preClean(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(ALWAYS_NOISE))) {
    // Never remove the element that is (or contains) the whole body of the page.
    if (el === doc.body || el === doc.documentElement) continue;
    el.remove();
  }
  removeNamedFurniture(doc);
  removeWidgetLabels(doc);
}

/**
 * Tidies Readability's output element in place, in this order: the repeated headline, bylines and datelines,
 * captions and credits, promotions and calls to action, teaser cards, the author box, closing lists of links to the site's other stories, then empty leftovers.
 * `metadata` is used to recognise the title and bylines repeated inside the body.
 */
export function postClean(content: Element, metadata: PageMetadata): void {
  removeRepeatedTitle(content, metadata);
  removeBylines(content, metadata);
  removeCaptions(content);
  removePromos(content, metadata);
  removeTeasers(content);
  removeAuthorBox(content, metadata);
  removeTrailingLinkLists(content, metadata);
  for (const el of Array.from(content.querySelectorAll('p, div, span'))) {
    if (!textOf(el) && !el.querySelector('img, picture, video, audio, iframe, svg, table, br, math')) el.remove();
  }
}
