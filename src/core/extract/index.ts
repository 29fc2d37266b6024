// Entry of the extraction step: page Document + URL → article element and page metadata (never mutates the page).
import { Readability } from '@mozilla/readability';
import type { ClipMode, PageMetadata, SiteRule } from '../types';
import { findSiteRule } from '../site-rules';
import { absolutizeElement, absolutizeUrls } from './absolute-urls';
import { cloneRegion, findArticleRegion } from './article-region';
import { postClean, preClean } from './boilerplate';
import { resolveLazyFrame, resolveLazyImages, resolveLazyPictures } from './lazy-images';
import { markImageBlocks } from './image-blocks';
import { copyShownLeadFigure, insertLeadFigure } from './lead-image';
import { cleanAuthors } from './metadata/authors';
import { extractMetadata } from './metadata/index';
import { bodyOf } from './metadata/page-index';
import { isInPageChrome } from './metadata/page-chrome';
import { stripSiteName } from './metadata/title';
import { withFiguresProtected } from './protect-figures';
import { looksLikeArticle, MIN_ARTICLE_CHARS, weightedLength } from './readerable';
import { queryAllSafe, removeRuleNoise, stripNeverContent, stripPageChrome } from './strip-noise';

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

/** A deep copy of the whole page, for the page and selection modes (the article mode copies only a region). */
function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

/** Resolves lazy images and makes every address absolute (against `baseUrl`) under `root`, so later steps see real sources. */
function prepare(root: Element | Document, doc: Document, baseUrl: string, rule: SiteRule | undefined): void {
  resolveLazyImages(root, doc, stringList(rule?.lazyImageAttributes));
  absolutizeUrls(root, baseUrl);
}

/**
 * Copies of the elements a site rule names as the article, outermost only, in document order, outside page chrome and
 * outside the rule's noise, wrapped in one detached <div>. Only reads `doc`.
 */
function ruleContent(doc: Document, rule: SiteRule | undefined): Element | undefined {
  const body = bodyOf(doc);
  if (!rule?.content || !body) return undefined;
  const noise = new Set(queryAllSafe(body, rule.remove));
  const inNoise = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = node.parentElement) if (noise.has(node)) return true;
    return false;
  };
  const matched = queryAllSafe(body, rule.content).filter((el) => !isInPageChrome(el) && !inNoise(el));
  const outermost = matched.filter((el) => !matched.some((other) => other !== el && other.contains(el)));
  if (!outermost.length) return undefined;
  const wrapper = doc.createElement('div');
  for (const el of outermost) wrapper.appendChild(el.cloneNode(true));
  removeRuleNoise(wrapper, rule.remove);
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
 * Extracts the article (mode 'article'), the whole page ('page') or the user's selection ('selection') from copies of
 * `doc`, with the page's metadata. 'no-article' means the page holds no article: offer the whole page or a selection.
 */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions): ExtractResult {
  const rule = findSiteRule(url, opts.rules);
  // Metadata, the site rule's content, the readability check and the lead figure are read from the page itself
  // (read only); what gets taken apart is a copy.
  const { metadata, context } = extractMetadata(doc, url, rule);
  const { baseUrl } = context;

  if (opts.mode === 'selection' || opts.mode === 'page') {
    const page = cloneDocument(doc);
    const body = page.body ?? page.documentElement;
    // The selection arrives as raw HTML from the live page, exactly as the user chose it (the rule's noise stays).
    if (opts.mode === 'selection') body.innerHTML = opts.selectionHtml ?? '';
    else removeRuleNoise(page, rule?.remove);
    prepare(page, page, baseUrl, rule);
    if (opts.mode === 'page') preClean(page);
    stripNeverContent(body);
    if (opts.mode === 'page') stripPageChrome(body);
    withFiguresProtected(body, () => postClean(body, metadata));
    return isEmpty(body) ? { ok: false, reason: 'no-article', metadata } : { ok: true, content: body, metadata, rule };
  }

  const prepareCopy = (root: Element): void => prepare(root, doc, baseUrl, rule);
  // The page stays intact throughout, so its lead figure is looked for only when the content turns out to lack it.
  const copyLeadFigure = (): Element | undefined =>
    copyShownLeadFigure(doc, context.media, metadata, prepareCopy, stringList(rule?.lazyImageAttributes));
  const fromRule = ruleContent(doc, rule);
  if (fromRule) {
    prepareCopy(fromRule);
    stripNeverContent(fromRule);
    withFiguresProtected(fromRule, () => postClean(fromRule, metadata));
    // A rule's selectors may match only the photo on a page type the rule was not written for: then Readability decides.
    if (!isEmpty(fromRule) && weightedLength(fromRule.textContent ?? '') >= MIN_ARTICLE_CHARS) {
      insertLeadFigure(fromRule, metadata, copyLeadFigure);
      return { ok: true, content: fromRule, metadata, rule };
    }
  }

  // A page that calls itself an article (og:type, JSON-LD) may be a short one: a news brief, a notice.
  const declared = context.declaresArticle;
  if (!looksLikeArticle(doc, declared)) return { ok: false, reason: 'no-article', metadata };

  // Only the part of the page that holds its prose is copied: Readability, the cleanup rules and the copy itself cost
  // in proportion to what they visit. Readability and preClean take this copy apart.
  const page = cloneRegion(doc, findArticleRegion(doc, context.region));
  removeRuleNoise(page, rule?.remove);
  // Lazy images before anything drops <noscript> (lazy embeds on the cleanup's walk, before it judges them); addresses
  // made absolute once the page's furniture is gone, on the widget-label rule's walk (no cleanup rule reads an address,
  // and menus and footers are where most links are).
  const lazyAttributes = stringList(rule?.lazyImageAttributes);
  resolveLazyPictures(page, page, lazyAttributes);
  const lazyFrame = (frame: Element): void => resolveLazyFrame(frame, lazyAttributes);
  preClean(page, { outsideArticle: true, frame: lazyFrame, afterFurniture: (el) => absolutizeElement(el, baseUrl) });
  if (page.body) markImageBlocks(page.body);
  const article = new Readability<Element>(page, {
    serializer: (el) => el as Element,
    keepClasses: true,
    // The metadata step reads the JSON-LD itself; Readability's title and byline serve only as fallbacks.
    disableJSONLD: true,
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
  insertLeadFigure(content, metadata, copyLeadFigure);
  return { ok: true, content, metadata, rule };
}
