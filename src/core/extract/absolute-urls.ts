// Makes every link and media address under a root absolute (against the page URL and <base href>); drops javascript: links.
import { forEachElementUnder } from './tree-walk';
import { resolveUrl } from './urls';

const URL_ATTRIBUTES: Array<[string, string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
  ['ins', 'cite'],
  ['del', 'cite'],
];

/** The URL attributes of each tag, for a single pass over the tree. */
const ATTRIBUTES_BY_TAG = new Map<string, string[]>();
for (const [tag, attr] of URL_ATTRIBUTES) ATTRIBUTES_BY_TAG.set(tag, [...(ATTRIBUTES_BY_TAG.get(tag) ?? []), attr]);

/** Rewrites href/src/poster/cite attributes under `root` to absolute URLs against `baseUrl`. */
export function absolutizeUrls(root: Element | Document, baseUrl: string): void {
  // One walk over every element, no selector matching (each element's attributes are rewritten independently).
  forEachElementUnder(root, (el) => absolutizeElement(el, baseUrl));
}

/** Rewrites the address attributes of `el` alone (see absolutizeUrls): for a walk that visits every element anyway. */
export function absolutizeElement(el: Element, baseUrl: string): void {
  const tag = el.localName.toLowerCase();
  for (const attr of ATTRIBUTES_BY_TAG.get(tag) ?? []) {
    const value = el.getAttribute(attr);
    if (value === null) continue;
    if (tag === 'a' && /^\s*javascript:/i.test(value)) {
      // A script link leads nowhere once clipped: keep its text, drop the link.
      el.removeAttribute(attr);
      continue;
    }
    // Addresses that already carry a scheme are left byte for byte as the page wrote them.
    if (/^\s*[a-z][a-z0-9+.-]*:/i.test(value)) continue;
    const absolute = resolveUrl(value, baseUrl);
    if (absolute) el.setAttribute(attr, absolute);
  }
}
