// Makes the SLUG of a post's file name: the URL's own readable slug, else one built from the title.
import { fnv1a36 } from './hash';

/** Jekyll-style slugs are short; 100 bytes of UTF-8 leaves room for the date and `.md` on every file system. */
export const MAX_SLUG_BYTES = 100;

/** Names Windows refuses for a file, whatever the extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Page extensions that are not part of a slug (`some-title.html`). */
const PAGE_EXTENSION = /\.(?:s?html?|php\d?|aspx?|jsp|cgi)$/i;

/** Last path segments that name a view of the article, not the article: the slug is the segment before. */
const VIEW_SEGMENT = /^(?:amp|index|default|print|full|all|comments|page)$/i;

/** A word of a slug: letters, marks and digits of any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts `text` to at most `maxBytes` of UTF-8, at a grapheme boundary (never inside a character or cluster). */
export function cutUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = utf8Length(segment);
    if (bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
  }
  return out;
}

/** A hash part looks random: long and mixing letters with digits, or long hex. */
function looksLikeHash(part: string): boolean {
  return (part.length >= 8 && /\d/.test(part) && /[a-z]/.test(part)) || /^[0-9a-f]{12,}$/.test(part);
}

/**
 * The URL's last path segment when it already is a readable slug: lower-case ASCII words and digits
 * joined by `-`, at least two of them words, none of them a hash. Else undefined.
 */
export function readableUrlSlug(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(PAGE_EXTENSION, ''));
  while (segments.length > 1 && VIEW_SEGMENT.test(segments[segments.length - 1])) segments.pop();
  const segment = segments[segments.length - 1];
  if (segment === undefined) return undefined;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(segment)) return undefined;
  const parts = segment.split('-');
  const words = parts.filter((part) => /^[a-z]{2,}$/.test(part));
  if (words.length < 2 || parts.some(looksLikeHash)) return undefined;
  return finishSlug(segment);
}

/** Cut to the byte limit, no `-`, `.` or space at the ends, never a Windows-reserved name. */
function finishSlug(slug: string): string {
  const cut = cutUtf8(slug, MAX_SLUG_BYTES).replace(/^[-. ]+|[-. ]+$/g, '');
  return WINDOWS_RESERVED.test(cut) ? `${cut}-post` : cut;
}

/**
 * A slug made from the title: words of any script (compatibility-normalised and lower-cased), joined
 * by `-`. Punctuation, symbols, emoji and every character a file system or git rejects are dropped.
 */
export function titleSlug(title: string): string {
  const text = title
    .normalize('NFKC')
    .toLowerCase()
    // An apostrophe inside a word (china's, l'été) joins rather than splits it.
    .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '');
  const words = text.match(WORD) ?? [];
  return finishSlug(words.join('-').normalize('NFC'));
}

/** The post's slug: the URL's readable slug, else the title's, else a short stable hash of the URL. */
export function postSlug(title: string, url: string): string {
  const slug = readableUrlSlug(url) ?? titleSlug(title);
  return slug !== '' ? slug : fnv1a36(url);
}
