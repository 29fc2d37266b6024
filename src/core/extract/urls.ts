// URL helpers for extraction: the base URL a <base href> gives the page, and resolving one reference against it.

/**
 * The URL relative references resolve against: `base` (the document's first `<base>` with an href, found by the page
 * index) resolved against the page URL, else the page URL.
 */
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
