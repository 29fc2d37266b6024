// Metadata source: the classic `<meta name=…>` families (author, byl, parsely-*, sailthru.*, dc.*, citation_*), <title>, <html lang>, <link rel>.
import { normalizeSpace, pushCandidate, type MetaLookup, type MetadataCandidates } from './candidates';
import type { PageIndex } from './page-index';

/** Reads the generic meta tags (through `meta`), the document title, declared language and link relations. */
export function readMetaTags(page: PageIndex, meta: MetaLookup): MetadataCandidates {
  const { doc } = page;
  const out: MetadataCandidates = {};
  const add = (field: keyof MetadataCandidates, keys: string[]) => {
    for (const value of meta(keys)) pushCandidate(out, field, value);
  };
  add('title', ['parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'title', 'headline']);
  const titleEl = page.headTitle ?? page.titles[0];
  if (titleEl) pushCandidate(out, 'title', normalizeSpace(titleEl.textContent ?? ''));
  add('authors', [
    'author',
    'byl',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'citation_author',
    'article.author',
    'cxenseparse:author',
    'twitter:creator:name',
  ]);
  add('published', [
    'parsely-pub-date',
    'sailthru.date',
    'dc.date',
    'dc.date.issued',
    'dcterms.issued',
    'dcterms.date',
    'dcterms.created',
    'citation_publication_date',
    'citation_date',
    'citation_online_date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'date',
    'article.published',
    'datepublished',
    'weibo: article:create_at',
  ]);
  add('modified', ['dcterms.modified', 'dc.date.modified', 'last-modified', 'datemodified']);
  add('siteName', ['application-name', 'apple-mobile-web-app-title', 'dc.publisher', 'citation_journal_title']);
  add('description', ['description', 'dc.description', 'dcterms.abstract', 'sailthru.description']);
  add('leadImage', ['parsely-image-url', 'sailthru.image.full', 'thumbnail', 'image']);
  add('sections', ['parsely-section', 'sailthru.tags', 'keywords', 'news_keywords', 'parsely-tags', 'section']);
  add('lang', ['dc.language', 'content-language', 'language']);
  for (const tag of page.metas) {
    if (/^content-language$/i.test(tag.getAttribute('http-equiv') ?? '')) pushCandidate(out, 'lang', tag.getAttribute('content'));
  }
  pushCandidate(out, 'lang', doc.documentElement?.getAttribute('lang'));
  pushCandidate(out, 'lang', doc.documentElement?.getAttribute('xml:lang'));
  pushCandidate(out, 'canonicalUrl', page.canonicalLink?.getAttribute('href'));
  pushCandidate(out, 'leadImage', page.imageSrcLink?.getAttribute('href'));
  return out;
}
