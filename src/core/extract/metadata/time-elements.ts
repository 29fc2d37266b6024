// Metadata source: `<time datetime>` and microdata `datePublished` in the page (outside comments and related-article lists).
import { pushCandidate, type MetadataCandidates } from './candidates';
import { classesOf } from './attributes';
import type { PageIndex } from './page-index';

/** Containers whose `<time>` is the article's own; class names as `.byline, .meta, …` match them. */
const ARTICLE_TAGS = new Set(['article', 'main', 'header']);
const ARTICLE_CLASSES = ['byline', 'meta', 'post-meta', 'entry-meta', 'article-meta'];

/** `el.closest('article, [role="main"], main, header, .byline, .meta, .post-meta, .entry-meta, .article-meta')`, by hand. */
function inArticleHeader(el: Element, quirks: boolean): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (ARTICLE_TAGS.has(node.localName) || node.getAttribute('role') === 'main') return true;
    const classes = classesOf(node, quirks);
    if (classes.length && ARTICLE_CLASSES.some((name) => classes.includes(name))) return true;
  }
  return false;
}

/** Reads publication times the page marks up: itemprop=datePublished first, then the first `<time>` of the article. */
export function readTimeElements(page: PageIndex): MetadataCandidates {
  const out: MetadataCandidates = {};
  // Elements with an itemprop and <time datetime>s, collected in one walk of the page in document order.
  const marked = page.marked;
  const itempropIs = (el: Element, names: string[]): boolean => names.includes((el.getAttribute('itemprop') ?? '').toLowerCase());
  for (const el of marked) {
    if (!itempropIs(el, ['datepublished', 'datecreated']) || page.inChrome(el)) continue;
    pushCandidate(out, 'published', el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  for (const el of marked) {
    if (!itempropIs(el, ['datemodified'])) continue;
    pushCandidate(out, 'modified', el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
  }
  // A `<time pubdate>` or one inside the article's header is the article's; other <time>s may date comments.
  const times = marked.filter((t) => t.localName === 'time' && t.hasAttribute('datetime') && !page.inChrome(t));
  const preferred = times.find((t) => t.hasAttribute('pubdate')) ?? times.find((t) => inArticleHeader(t, page.quirks)) ?? times[0];
  if (preferred) pushCandidate(out, 'published', preferred.getAttribute('datetime'));
  return out;
}
