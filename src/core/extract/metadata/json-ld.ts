// Metadata source: schema.org JSON-LD blocks (arrays, @graph, nested author/publisher objects, @id references).
import { pushCandidate, type MetadataCandidates } from './candidates';

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:Article|NewsArticle|BlogPosting|Blog|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|AskPublicNewsArticle|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|TechArticle|APIReference|Report|SocialMediaPosting|DiscussionForumPosting|LiveBlogPosting|ClaimReview|Recipe|HowTo)$/i;
const PAGE_TYPE = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|QAPage|FAQPage|ProfilePage)$/i;

/** Parses JSON-LD text leniently: pages often have comments, CDATA wrappers, raw newlines in strings or trailing commas. */
export function parseJsonLd(text: string): unknown {
  const stripped = text
    .replace(/^\s*<!--|-->\s*$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(stripped);
  } catch {
    // Raw control characters inside strings and trailing commas are the common breakages.
    const repaired = stripped.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//i, ''));
}

/** Properties whose values describe other works (the claim a fact check reviews, cited papers): not this page. */
const FOREIGN_KEYS = new Set([
  'itemReviewed', 'review', 'reviews', 'citation', 'mentions', 'about', 'isBasedOn', 'hasPart', 'comment', 'workExample',
  'subjectOf', 'relatedLink', 'significantLink', 'exampleOfWork', 'translationOfWork', 'isPartOf',
]);

/** Every object in the JSON-LD tree (arrays, @graph, nested values), depth-limited, skipping other works. */
function collectNodes(value: unknown, out: JsonObject[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = value as JsonObject;
  out.push(node);
  for (const [key, child] of Object.entries(node)) {
    if (key === '@context' || FOREIGN_KEYS.has(key)) continue;
    collectNodes(child, out, depth + 1);
  }
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') {
    const o = value as JsonObject;
    return textOf(o['@value'] ?? o.name ?? o.text);
  }
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (value && typeof value === 'object') {
    const o = value as JsonObject;
    return urlOf(o.url ?? o.contentUrl ?? o['@id']);
  }
  return undefined;
}

/** Author names from a string, a Person/Organization, an @id reference into the graph, or a list of those. */
function authorNames(value: unknown, byId: Map<string, JsonObject>, out: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) authorNames(v, byId, out);
    return;
  }
  if (typeof value === 'string') {
    out.push(value);
    return;
  }
  if (value && typeof value === 'object') {
    let node = value as JsonObject;
    const ref = node['@id'];
    if (!node.name && typeof ref === 'string' && byId.has(ref)) node = byId.get(ref)!;
    const name = textOf(node.name);
    if (name) out.push(name);
  }
}

/** A parsed JSON-LD object (one node of a block's tree). */
export type JsonLdNode = JsonObject;

/** Every object of the given JSON-LD blocks (parsed leniently), in document order. */
export function readJsonLdNodes(scripts: Iterable<Element>): JsonLdNode[] {
  const nodes: JsonObject[] = [];
  for (const script of scripts) collectNodes(parseJsonLd(script.textContent ?? ''), nodes);
  return nodes;
}

/** Reads title, authors, dates, site name, language, description and image from the page's JSON-LD nodes (readJsonLdNodes). */
export function readJsonLd(nodes: JsonLdNode[]): MetadataCandidates {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 2) byId.set(id, node);
  }
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  const pages = nodes.filter((n) => typesOf(n).some((t) => PAGE_TYPE.test(t)));
  const out: MetadataCandidates = {};
  // Articles first; a WebPage node is a weaker fallback (it often carries the page title with the site suffix).
  for (const node of [...articles, ...pages]) {
    pushCandidate(out, 'title', textOf(node.headline) ?? textOf(node.name));
    const names: string[] = [];
    authorNames(node.author ?? node.creator, byId, names);
    if (names.length) (out.authors ??= []).push(names.join(', '));
    pushCandidate(out, 'published', textOf(node.datePublished) ?? textOf(node.dateCreated) ?? textOf(node.uploadDate));
    pushCandidate(out, 'modified', textOf(node.dateModified));
    pushCandidate(out, 'description', textOf(node.description));
    pushCandidate(out, 'lang', textOf(node.inLanguage));
    pushCandidate(out, 'leadImage', urlOf(node.image) ?? urlOf(node.thumbnailUrl));
    let publisher = node.publisher;
    if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) {
      const ref = (publisher as JsonObject)['@id'];
      if (!(publisher as JsonObject).name && typeof ref === 'string' && byId.has(ref)) publisher = byId.get(ref);
    }
    pushCandidate(out, 'siteName', textOf(publisher));
    const section = node.articleSection;
    for (const s of Array.isArray(section) ? section : [section]) pushCandidate(out, 'sections', textOf(s));
    const keywords = node.keywords;
    if (typeof keywords === 'string') for (const k of keywords.split(',')) pushCandidate(out, 'sections', k);
    else if (Array.isArray(keywords)) for (const k of keywords) pushCandidate(out, 'sections', textOf(k));
  }
  for (const node of nodes.filter((n) => typesOf(n).some((t) => /^WebSite$/i.test(t)))) {
    pushCandidate(out, 'siteName', textOf(node.name));
  }
  return out;
}

/** True when one of the parsed JSON-LD nodes is an article (recipes and how-tos aside). */
export function declaresJsonLdArticle(nodes: JsonLdNode[]): boolean {
  return nodes.some((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t) && !/^(?:Recipe|HowTo)$/i.test(t)));
}
