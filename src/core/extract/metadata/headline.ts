// The headline as the reader sees it: the article's <h1>, when it says the same thing as the metadata title.
import { classAttribute } from '../../class-attribute';
import { normalizeSpace } from './candidates';
import { hasTokenIgnoringCase } from './attributes';
import { indexPage, type PageIndex } from './page-index';
import { tidyTitle } from './title';

/** Dice similarity of word sets at or above which the <h1> is taken to be the same headline, worded for readers. */
const MIN_SIMILARITY = 0.25;
const MIN_TOKENS = 3;
const MAX_HEADLINE_CHARS = 300;

/** Words of a Latin/Cyrillic/… text, and single characters of CJK text (which has no spaces between words). */
function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu)) out.add(m[0]);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Site branding around an <h1>: `closest('a[rel~="home"], [class*="logo" i], [class*="site-title" i], [class*="site-name" i]')`. */
function isSiteBranding(h1: Element): boolean {
  for (let node: Element | null = h1; node; node = node.parentElement) {
    if (node.localName === 'a' && hasTokenIgnoringCase(node.getAttribute('rel'), 'home')) return true;
    if (/logo|site-title|site-name/i.test(classAttribute(node) ?? '')) return true;
  }
  return false;
}

/**
 * The page's visible headline when it differs from `title` (og:title and JSON-LD headlines are often SEO wordings):
 * the article <h1> most similar to `title`, if similar enough; undefined to keep `title`. Pass `page` when the
 * document is already indexed.
 */
export function visibleHeadline(doc: Document, title: string, page: PageIndex = indexPage(doc)): string | undefined {
  // A heading the page itself marks as the headline (microdata) is what readers see, however the SEO title reads.
  const marked = page.marked.find(
    (h) => (h.localName === 'h1' || h.localName === 'h2') && hasTokenIgnoringCase(h.getAttribute('itemprop'), 'headline') && !page.inChrome(h),
  );
  if (marked) {
    const text = tidyTitle(normalizeSpace(page.text(marked)));
    if (text && text.length <= MAX_HEADLINE_CHARS && tokens(text).size >= MIN_TOKENS) return text === title ? undefined : text;
  }
  const titleTokens = tokens(title);
  let best: { text: string; score: number } | undefined;
  for (const h1 of page.h1s) {
    if (page.inChrome(h1) || isSiteBranding(h1)) continue;
    const text = tidyTitle(normalizeSpace(page.text(h1)));
    if (!text || text.length > MAX_HEADLINE_CHARS) continue;
    const words = tokens(text);
    if (words.size < MIN_TOKENS) continue;
    if (!title) return text;
    // The title already holds the whole headline plus decoration? Then the headline is the cleaner of the two.
    const score = text === title ? 1 : dice(words, titleTokens);
    if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { text, score };
  }
  // An <h1> unlike the title (a pull quote, a section name) is not trusted: the metadata title stays.
  return best && best.text !== title ? best.text : undefined;
}
