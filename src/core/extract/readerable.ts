// The cheap check before Readability: does this page look like it holds an article at all?
import { isProbablyReaderable } from '@mozilla/readability';
import { hasJsonLdArticle } from './metadata/json-ld';
import { isOpenGraphArticle } from './metadata/open-graph';

/** Paragraph text below this many (CJK-weighted) characters is not an article, whatever the page claims. */
export const MIN_ARTICLE_CHARS = 140;
/** Paragraph text above this many characters makes a page worth trying even when Readability's own check says no. */
const PLENTY_OF_TEXT = 600;

/** Text length where each CJK character counts double (one CJK character carries about two Latin letters of meaning). */
export function weightedLength(text: string): number {
  const compact = text.replace(/\s+/g, ' ').trim();
  const cjk = compact.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g)?.length ?? 0;
  return compact.length + cjk;
}

/** True when the page declares itself an article (og:type, JSON-LD) or shows enough paragraph text to try. */
export function looksLikeArticle(doc: Document): boolean {
  if (isProbablyReaderable(doc)) return true;
  if (isOpenGraphArticle(doc) || hasJsonLdArticle(doc)) return true;
  let total = 0;
  for (const el of Array.from(doc.querySelectorAll('p, pre, article, section'))) {
    if (el.tagName.toLowerCase() !== 'p' && el.querySelector('p')) continue;
    total += weightedLength(el.textContent ?? '');
    if (total >= PLENTY_OF_TEXT) return true;
  }
  return false;
}
