// Writes URLs so Markdown keeps them whole, and resolves relative ones against the page.

/** A link or image destination that every Markdown dialect reads back unchanged (no spaces, parens or brackets). */
export function markdownDestination(url: string): string {
  return url
    .replace(/[\r\n\t]/g, '')
    .replace(/[ ()<>\\"]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** The absolute form of `url` against `base`; the input unchanged when it cannot be resolved. */
export function absoluteUrl(url: string, base: string | undefined): string {
  const trimmed = url.trim();
  if (!trimmed) return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (!base) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/** Schemes a reader can follow; others (javascript:, vbscript:, data: links) are dropped from links. */
export function isNavigableUrl(url: string): boolean {
  return /^(https?:|mailto:|ftp:|tel:|\/\/|\/|\.|[^:]*$)/i.test(url) && !/^\s*(javascript|vbscript|data):/i.test(url);
}
