// Metadata source: Open Graph (`og:*`), `article:*` and Twitter card tags.
import { pushCandidate, type MetaIndex, type MetaLookup, type MetadataCandidates } from './candidates';

/** Reads the Open Graph / article / twitter meta tags. */
export function readOpenGraph(meta: MetaLookup): MetadataCandidates {
  const out: MetadataCandidates = {};
  const add = (field: keyof MetadataCandidates, keys: string[]) => {
    for (const value of meta(keys)) pushCandidate(out, field, value);
  };
  add('title', ['og:title', 'twitter:title']);
  add('authors', ['article:author', 'og:article:author', 'book:author']);
  add('published', ['article:published_time', 'og:article:published_time', 'article:published', 'og:published_time']);
  add('modified', ['article:modified_time', 'og:article:modified_time', 'og:updated_time']);
  add('siteName', ['og:site_name']);
  add('lang', ['og:locale']);
  add('canonicalUrl', ['og:url']);
  add('description', ['og:description', 'twitter:description']);
  add('leadImage', ['og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']);
  add('sections', ['article:section', 'article:tag']);
  return out;
}

/** True when the meta index (readMetaIndex) holds an `og:type` that says article. */
export function declaresOpenGraphArticle(index: MetaIndex): boolean {
  return index.some(([key, content]) => key === 'og:type' && /article/i.test(content));
}
