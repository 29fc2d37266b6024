// Makes every link and media address under a root absolute (against the page URL and <base href>); drops javascript: links.
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

/** Rewrites href/src/poster/cite attributes under `root` to absolute URLs against `baseUrl`. */
export function absolutizeUrls(root: ParentNode, baseUrl: string): void {
  for (const [tag, attr] of URL_ATTRIBUTES) {
    for (const el of Array.from(root.querySelectorAll(`${tag}[${attr}]`))) {
      const value = el.getAttribute(attr) ?? '';
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
}
