// Page metadata: gathers candidates from every source, then picks each field from the most trusted source that gives a clean value.
import type { PageMetadata, SiteRule } from '../../types';
import { readTextByline, type TextBylineReader } from '../text-byline';
import { baseUrlOf, isWebUrl, resolveUrl } from '../urls';
import { cleanAuthors, type AuthorContext } from './authors';
import { metaLookup, normalizeSpace, readMetaIndex, type MetadataCandidates } from './candidates';
import { declaresJsonLdArticle, readJsonLd, readJsonLdNodes } from './json-ld';
import { defaultOffsetForLang, guessCjkLanguage, normalizeLang } from './language';
import { readMetaTags } from './meta-tags';
import { declaresOpenGraphArticle, readOpenGraph } from './open-graph';
import { readPageByline } from './page-byline';
import { indexPage, type PageIndex, type PageMedia } from './page-index';
import type { RegionMeasures } from '../article-region';
import { visibleHeadline } from './headline';
import { parseDateToUtc } from './parse-date';
import { pickPublished } from './published';
import { isNameShown, visibleBodyText } from './shown-text';
import { readSiteRuleFields } from './site-rule-fields';
import { readTimeElements } from './time-elements';
import { siteNameFromTitle, stripSiteName, tidyTitle } from './title';

/** Everything the picker knows besides the final fields; the extraction step reuses it. */
export interface MetadataContext {
  siteNames: string[];
  sections: string[];
  /** Declared language, or the guessed CJK language of the text. */
  effectiveLang?: string;
  defaultOffsetMinutes: number;
  /** True when an Open Graph `og:type` or a JSON-LD node anywhere in the page declares it an article. */
  declaresArticle: boolean;
  /** What relative addresses resolve against: the first `<base href>`, else the page URL (`baseUrlOf`). */
  baseUrl: string;
  /** The page's `<img>` and `<noscript>` elements in document order, collected by the same walk (for the lead image). */
  media: PageMedia;
  /** Prose per element of the body and the page's first <h1>, found by the same walk (for the article region). */
  region: RegionMeasures;
}

/** Words of the host that may serve as the site's name: "www.chinafile.com" → ["chinafile"]. */
function hostWords(url: string): string[] {
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.');
    return labels.slice(0, -1).filter((l) => !/^(?:www\d*|m|mp|amp|mobile|news|blog|com|co|net|org|gov|edu|ac)$/.test(l) && l.length >= 3);
  } catch {
    return [];
  }
}

function all(sources: MetadataCandidates[], field: keyof MetadataCandidates): string[] {
  return sources.flatMap((s) => s[field] ?? []);
}

/** `values.map(convert).find(keep)`, converting only up to the first value kept. */
function firstKept<T>(values: string[], convert: (value: string) => T, keep: (converted: T) => boolean): T | undefined {
  for (const value of values) {
    const converted = convert(value);
    if (keep(converted)) return converted;
  }
  return undefined;
}

/** The texts of the first three of `headings`, white space collapsed, empty ones left out. */
function headingTexts(page: PageIndex, headings: Element[]): string[] {
  return headings
    .slice(0, 3)
    .map((h) => normalizeSpace(page.text(h)))
    .filter(Boolean);
}

/** The first `limit` characters of the page's headings, paragraphs and list items, joined by spaces. */
function visibleTextStart(page: PageIndex, limit: number): string {
  let out = '';
  // The rest cannot reach into the first `limit` characters: their text is never read.
  for (let i = 0; i < page.textBlocks.length && out.length < limit; i++) {
    out = i === 0 ? page.text(page.textBlocks[i]) : `${out} ${page.text(page.textBlocks[i])}`;
  }
  return out.slice(0, limit);
}

/**
 * The page's metadata, each field from the best source (site rule, JSON-LD, Open Graph, meta tags, markup, page text).
 * Only reads `doc`: it may be the live page.
 */
export function extractMetadata(doc: Document, url: string, rule?: SiteRule): { metadata: PageMetadata; context: MetadataContext } {
  // One walk of the document collects what every reader below needs: it does not change while its metadata is read.
  const page = indexPage(doc);
  const base = baseUrlOf(page.base, url);
  const fromRule = readSiteRuleFields(doc, rule);
  const jsonLdNodes = readJsonLdNodes(page.jsonLdScripts);
  const jsonLd = readJsonLd(jsonLdNodes);
  // One pass over the <meta> tags serves both meta sources.
  const metaIndex = readMetaIndex(page.metas);
  const metaTags = metaLookup(metaIndex);
  const og = readOpenGraph(metaTags);
  const meta = readMetaTags(page, metaTags);
  const markup = { ...readPageByline(page), ...readTimeElements(page) };
  const sources = [fromRule, jsonLd, og, meta, markup];

  const docTitle = page.titles[0]?.textContent ?? undefined;
  const h1s = headingTexts(page, page.h1s);
  const articleTitles = [...(og.title ?? []), ...(jsonLd.title ?? []), ...(fromRule.title ?? []), ...h1s];
  const declaredSiteNames = all([og, jsonLd, meta], 'siteName').map(tidyTitle);
  const titleSiteName = siteNameFromTitle(docTitle, articleTitles);
  const siteNames = Array.from(new Set([...declaredSiteNames, ...hostWords(url), titleSiteName ?? ''])).filter(Boolean);
  const siteNameRaw = declaredSiteNames.find((s) => s && s.length <= 80) ?? titleSiteName;
  const sections = all(sources, 'sections');

  const declaredLang = firstKept(all([meta, og, jsonLd], 'lang'), normalizeLang, Boolean);
  // Text a reader sees (not the scripts in <body>) decides the language when the page declares none.
  const effectiveLang = declaredLang ?? guessCjkLanguage(`${all(sources, 'title').join(' ')} ${visibleTextStart(page, 3000)}`);
  const defaultOffsetMinutes = defaultOffsetForLang(effectiveLang);
  const dateOpts = { defaultOffsetMinutes, cstIsChina: defaultOffsetMinutes === 480 };

  // Headings the page shows (an <h2> holds the post title on many blogs) tell where a site suffix starts.
  const otherTitles = [...(og.title ?? []), ...h1s, ...headingTexts(page, page.h2s)];
  let title =
    firstKept(
      all(sources, 'title'),
      (t) => stripSiteName(t, siteNames, otherTitles),
      (t) => !!t && !siteNames.some((s) => s.toLowerCase() === t.toLowerCase()) && !/^https?:\/\//i.test(t),
    ) ?? '';

  // The site rule names its title element exactly; otherwise the headline readers see beats an SEO title.
  if (!fromRule.title?.length) title = visibleHeadline(doc, title, page) ?? title;

  const authorCtx: AuthorContext = { siteNames, sections };
  let authors: string[] = [];
  let shownText: string | undefined;
  for (const source of sources) {
    for (const statement of source.authors ?? []) {
      authors = cleanAuthors(statement, authorCtx);
      // A lone one-word name that only structured data states, shown nowhere on the page, is a CMS account ("Josh"), not
      // a byline: the next source is asked. The page's own byline and a site rule's element are shown by definition.
      if (authors.length === 1 && !/\s/.test(authors[0]) && source !== markup && source !== fromRule) {
        shownText ??= visibleBodyText(page.body);
        if (!isNameShown(authors[0], shownText)) authors = [];
      }
      if (authors.length) break;
    }
    if (authors.length) break;
  }
  // Structured data sometimes names only the first of several authors the byline shows: take the fuller byline.
  const shown = firstKept(markup.authors ?? [], (s) => cleanAuthors(s, authorCtx), (names) => names.length > authors.length);
  if (authors.length && shown && authors.every((a) => shown.some((b) => b.toLowerCase() === a.toLowerCase()))) authors = shown;

  // Read at most once, each half only when needed: the dateline readers see settles a tie between metadata sources,
  // and the page text is the last resort for the author and the date.
  let textByline: TextBylineReader | undefined;
  const readText = (): TextBylineReader => (textByline ??= readTextByline(doc, { title, lang: effectiveLang }, page));

  let published = pickPublished(sources, dateOpts, () => readText().published(), fromRule);
  const modified = firstKept(all(sources, 'modified'), (d) => parseDateToUtc(d, dateOpts), Boolean);

  // The page text is the last resort: it is the least reliable source.
  if (!authors.length) authors = readText().authors().flatMap((a) => cleanAuthors(a, authorCtx));
  if (!published) {
    const fromText = readText().published();
    if (fromText) published = parseDateToUtc(fromText, dateOpts);
  }

  const canonicalUrl = upgradeScheme(firstKept(all([meta, og], 'canonicalUrl'), (u) => resolveUrl(u, base), isWebUrl), url);
  const leadImage = firstKept(all([fromRule, og, jsonLd, meta], 'leadImage'), (u) => resolveUrl(u, base), isWebUrl);
  const description = firstKept(all([og, meta, jsonLd], 'description'), normalizeSpace, Boolean);

  const metadata: PageMetadata = { title, authors: dedupe(authors) };
  if (published) metadata.published = published;
  if (modified) metadata.modified = modified;
  if (siteNameRaw) metadata.siteName = siteNameRaw;
  if (declaredLang) metadata.lang = declaredLang;
  if (canonicalUrl) metadata.canonicalUrl = canonicalUrl;
  if (description) metadata.description = description;
  if (leadImage) metadata.leadImage = leadImage;
  const declaresArticle = declaresOpenGraphArticle(metaIndex) || declaresJsonLdArticle(jsonLdNodes);
  return { metadata, context: { siteNames, sections, effectiveLang, defaultOffsetMinutes, declaresArticle, baseUrl: base, media: { images: page.images, noscripts: page.noscripts }, region: { prose: page.prose, headline: page.h1s[0] } } };
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * An http: canonical URL on the tab's own host becomes https: when the tab is https: — the page is evidently served
 * securely and the declaration is a stale template (WeChat's og:url, for one, still says http:).
 */
function upgradeScheme(canonical: string | undefined, tabUrl: string): string | undefined {
  if (!canonical) return canonical;
  try {
    const c = new URL(canonical);
    const tab = new URL(tabUrl);
    if (c.protocol === 'http:' && tab.protocol === 'https:' && c.hostname === tab.hostname) {
      return `https:${canonical.slice('http:'.length)}`;
    }
  } catch {
    // Unparsable URLs were filtered out before; nothing to upgrade.
  }
  return canonical;
}
