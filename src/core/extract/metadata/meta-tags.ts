// Metadata source: the classic `<meta name=…>` families (author, byl, parsely-*, sailthru.*, dc.*, citation_*), <title>, <html lang>, <link rel>.
import { metaContent, readMetaIndex, normalizeSpace, pushCandidate, type MetaIndex, type MetadataCandidates } from './candidates';

/** Reads the generic meta tags, the document title, declared language and link relations. */
export function readMetaTags(doc: Document, index: MetaIndex = readMetaIndex(doc)): MetadataCandidates {
  const out: MetadataCandidates = {};
  const add = (field: keyof MetadataCandidates, keys: string[]) => {
    for (const value of metaContent(doc, keys, index)) pushCandidate(out, field, value);
  };
  add('title', ['parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'citation_title', 'title', 'headline']);
  const titleEl = doc.querySelector('head title') ?? doc.querySelector('title');
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
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if (/^content-language$/i.test(meta.getAttribute('http-equiv') ?? '')) pushCandidate(out, 'lang', meta.getAttribute('content'));
  }
  pushCandidate(out, 'lang', doc.documentElement?.getAttribute('lang'));
  pushCandidate(out, 'lang', doc.documentElement?.getAttribute('xml:lang'));
  pushCandidate(out, 'canonicalUrl', doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  pushCandidate(out, 'leadImage', doc.querySelector('link[rel~="image_src" i]')?.getAttribute('href'));
  return out;
}
