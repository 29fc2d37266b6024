// Entry of the extraction step: page Document + URL → article element and page metadata (never mutates the page).
import { Readability } from '@mozilla/readability';
import type { ClipMode, PageMetadata, SiteRule } from '../types';
import { findSiteRule } from '../site-rules';
import { absolutizeUrls } from './absolute-urls';
import { postClean, preClean } from './boilerplate';
import { resolveLazyImages } from './lazy-images';
import { markImageBlocks } from './image-blocks';
import { pruneNeverArticle } from './early-prune';
import { copyShownLeadFigure, ensureLeadImage, insertLeadFigure } from './lead-image';
import { cleanAuthors } from './metadata/authors';
import { extractMetadata } from './metadata/index';
import { hasJsonLdArticle } from './metadata/json-ld';
import { isOpenGraphArticle } from './metadata/open-graph';
import { isInPageChrome } from './metadata/page-chrome';
import { stripSiteName } from './metadata/title';
import { withFiguresProtected } from './protect-figures';
import { looksLikeArticle, MIN_ARTICLE_CHARS, weightedLength } from './readerable';
import { queryAllSafe, removeRuleNoise, stripNeverContent, stripPageChrome } from './strip-noise';
import { documentBaseUrl } from './urls';

export type ExtractResult =
  | { ok: true; content: Element; metadata: PageMetadata; rule?: SiteRule }
  | { ok: false; reason: 'no-article'; metadata: PageMetadata };

export interface ExtractOptions {
  mode: ClipMode;
  selectionHtml?: string;
  rules: SiteRule[];
}

/** Readability's candidate threshold: a shorter best candidate makes it retry with looser rules. */
const READABILITY_CHAR_THRESHOLD = 500;
/** An article with fewer (CJK-weighted) characters than this, where the page does not declare an article, is not one. */
const MIN_EXTRACTED_CHARS = 250;
/** The floor for pages that declare themselves articles: a two-sentence brief still counts. */
const MIN_DECLARED_ARTICLE_CHARS = 80;

/** A rule's list field as strings only (rules are user-editable data). */
function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A deep copy of the page: everything below works on it, so the live page is never touched. */
function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

/** Lazy images resolved and every address made absolute, on the whole clone (so later steps see real sources). */
function prepare(doc: Document, url: string, rule: SiteRule | undefined): void {
  const root = doc.documentElement;
  if (!root) return;
  resolveLazyImages(root, doc, stringList(rule?.lazyImageAttributes));
  absolutizeUrls(root, documentBaseUrl(doc, url));
}

/** The elements a site rule names as the article, outermost only, in document order, outside page chrome. */
function ruleContent(doc: Document, rule: SiteRule | undefined): Element | undefined {
  if (!rule?.content || !doc.body) return undefined;
  const matched = queryAllSafe(doc.body, rule.content).filter((el) => !isInPageChrome(el));
  const outermost = matched.filter((el) => !matched.some((other) => other !== el && other.contains(el)));
  if (!outermost.length) return undefined;
  const wrapper = doc.createElement('div');
  for (const el of outermost) wrapper.appendChild(el.cloneNode(true));
  return wrapper;
}

/** True when `content` has no text and no media worth a clip. */
function isEmpty(content: Element): boolean {
  return !(content.textContent ?? '').trim() && !content.querySelector('img, video, audio, iframe, table, svg, math');
}

/** Fills the fields the metadata sources left empty with what Readability found. */
function mergeReadability(
  metadata: PageMetadata,
  article: { title?: string | null; byline?: string | null },
  siteNames: string[],
  sections: string[],
): void {
  if (!metadata.title && article.title) metadata.title = stripSiteName(article.title, siteNames);
  if (!metadata.authors.length && article.byline) metadata.authors = cleanAuthors(article.byline, { siteNames, sections });
}

/**
 * Extracts the article (mode 'article'), the whole page ('page') or the user's selection ('selection') from a clone of
 * `doc`, with the page's metadata. 'no-article' means the page holds no article: offer the whole page or a selection.
 */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions): ExtractResult {
  const rule = findSiteRule(url, opts.rules);
  const page = cloneDocument(doc);
  const { metadata, context } = extractMetadata(page, url, rule);
  prepare(page, url, rule);
  removeRuleNoise(page, rule?.remove);

  if (opts.mode === 'selection') {
    const body = page.body ?? page.documentElement;
    body.innerHTML = opts.selectionHtml ?? '';
    // The selection arrives as raw HTML from the live page: give it the same treatment as the page itself.
    prepare(page, url, rule);
    stripNeverContent(body);
    withFiguresProtected(body, () => postClean(body, metadata));
    return isEmpty(body) ? { ok: false, reason: 'no-article', metadata } : { ok: true, content: body, metadata, rule };
  }

  if (opts.mode === 'page') {
    const body = page.body ?? page.documentElement;
    preClean(page);
    stripNeverContent(body);
    stripPageChrome(body);
    withFiguresProtected(body, () => postClean(body, metadata));
    return isEmpty(body) ? { ok: false, reason: 'no-article', metadata } : { ok: true, content: body, metadata, rule };
  }

  const fromRule = ruleContent(page, rule);
  if (fromRule) {
    stripNeverContent(fromRule);
    withFiguresProtected(fromRule, () => postClean(fromRule, metadata));
    // A rule's selectors may match only the photo on a page type the rule was not written for: then Readability decides.
    if (!isEmpty(fromRule) && weightedLength(fromRule.textContent ?? '') >= MIN_ARTICLE_CHARS) {
      ensureLeadImage(fromRule, page, metadata);
      return { ok: true, content: fromRule, metadata, rule };
    }
  }

  if (!looksLikeArticle(page)) return { ok: false, reason: 'no-article', metadata };
  // A page that calls itself an article (og:type, JSON-LD) may be a short one: a news brief, a notice.
  const declared = isOpenGraphArticle(page) || hasJsonLdArticle(page);

  // Readability and preClean take `page` itself apart (no second clone of the whole document): the one thing needed
  // from the prepared page afterwards, the figure of the lead image, is copied out first.
  const leadFigure = copyShownLeadFigure(page, metadata);
  pruneNeverArticle(page);
  preClean(page);
  if (page.body) markImageBlocks(page.body);
  const article = new Readability<Element>(page, {
    serializer: (el) => el as Element,
    keepClasses: true,
    charThreshold: READABILITY_CHAR_THRESHOLD,
  }).parse();
  const content = article?.content;
  if (!article || !content) return { ok: false, reason: 'no-article', metadata };
  mergeReadability(metadata, article, context.siteNames, context.sections);
  withFiguresProtected(content, () => postClean(content, metadata));
  const chars = weightedLength(content.textContent ?? '');
  const tooShort = declared
    ? chars < MIN_DECLARED_ARTICLE_CHARS
    : chars < MIN_ARTICLE_CHARS || (chars < MIN_EXTRACTED_CHARS && !content.querySelector('img, video, pre, table'));
  if (tooShort) {
    return { ok: false, reason: 'no-article', metadata };
  }
  insertLeadFigure(content, leadFigure, metadata);
  return { ok: true, content, metadata, rule };
}
