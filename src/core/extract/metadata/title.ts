// Cleans a page title: invisible characters out, white space collapsed, and the " | Site" / " - Site" / "_站点" suffix removed.
import { normalizeSpace } from './candidates';

/** Separators sites put between the article title and their own name. */
const SEPARATOR = /\s*-{2,}\s*|\s+[|\-–—·•:»«/]\s+|\s*[|｜_–—·•»«]\s*/g;

/** Chinese site and channel names: "人民网", "新浪BLOG", "网易新闻", "凤凰网资讯频道". */
const CJK_SITE = /^\p{Script=Han}{1,8}(?:网|網|报|報|台|社|新闻|新聞|频道|頻道|博客|BLOG|网站|網站)$/iu;

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Removes BOMs, zero-width watermark characters and surrounding white space; collapses inner white space. */
export function tidyTitle(raw: string): string {
  return normalizeSpace(raw.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, ''));
}

/**
 * Strips a site name from the start or end of a title. `siteNames` are the known names of the site
 * (og:site_name, the JSON-LD publisher, the host's words); `otherTitles` are titles from other sources
 * (og:title, the h1) — when one of them is a prefix/suffix of `title` at a separator, that is the article title.
 */
export function stripSiteName(raw: string, siteNames: string[], otherTitles: string[] = []): string {
  const title = tidyTitle(raw);
  const siteKeys = siteNames.map(key).filter((k) => k.length >= 2);
  const pieces: Array<{ index: number; length: number }> = [];
  for (const m of title.matchAll(SEPARATOR)) pieces.push({ index: m.index ?? 0, length: m[0].length });
  if (!pieces.length) return title;
  // Last separator first: "Title | Section | Site" loses the site, and the section too when it is also a site name.
  for (const sep of [...pieces].reverse()) {
    const head = title.slice(0, sep.index).trim();
    const tail = title.slice(sep.index + sep.length).trim();
    if (!head || !tail) continue;
    const tailKey = key(tail);
    const headKey = key(head);
    if (siteKeys.some((s) => tailKey === s || tailKey.includes(s) || (s.includes(tailKey) && tailKey.length >= 3)) || CJK_SITE.test(tail)) {
      return stripSiteName(head, siteNames, otherTitles);
    }
    if ((siteKeys.some((s) => headKey === s) || CJK_SITE.test(head)) && tail.length > 0) return stripSiteName(tail, siteNames, otherTitles);
    if (otherTitles.some((t) => key(tidyTitle(t)) === headKey && headKey.length > 0)) return head;
    if (otherTitles.some((t) => key(tidyTitle(t)) === tailKey && tailKey.length > 0)) return tail;
  }
  return title;
}

/**
 * The site's name as the document title states it: in "Article_Section_Site" whose first part is the article title
 * (it equals og:title or the h1), the last part is the site. Undefined when the title does not have that shape.
 */
export function siteNameFromTitle(docTitle: string | undefined, articleTitles: string[]): string | undefined {
  if (!docTitle) return undefined;
  const parts = tidyTitle(docTitle)
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const headKey = key(parts[0]);
  if (!articleTitles.some((t) => key(tidyTitle(t)) === headKey)) return undefined;
  const last = parts[parts.length - 1];
  return last.length <= 40 ? last : undefined;
}
