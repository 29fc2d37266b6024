// URL helpers for extraction: the document's base URL (honouring <base href>) and resolving one reference against it.
import { findElement } from './metadata/page-index';

/** The URL relative references resolve against: the first `<base href>` resolved against the page URL, else the page URL. */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  // A walk that stops at the first <base href>, not a selector query: this runs on every clip, and selector matching
  // over a big page is slow in DOMs without a native selector engine.
  return baseUrlOf(
    findElement(doc, (el) => el.localName === 'base' && el.hasAttribute('href')),
    pageUrl,
  );
}

/** The base URL that `base` (the document's first `<base>` with an href, if any) gives a page at `pageUrl`. */
export function baseUrlOf(base: Element | undefined, pageUrl: string): string {
  const href = base?.getAttribute('href')?.trim();
  if (href) {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      // An unparsable <base> is ignored, as browsers do.
    }
  }
  return pageUrl;
}

/** `ref` made absolute against `base`; undefined when it cannot be parsed. White space inside is trimmed, as browsers do. */
export function resolveUrl(ref: string | null | undefined, base: string): string | undefined {
  if (ref == null) return undefined;
  const trimmed = ref.replace(/[\t\n\r]/g, '').trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

/** True for http(s) URLs, the only ones worth keeping as canonical, lead-image or link addresses. */
export function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
