// The extractors the evaluation compares: the real clip pipeline (clipDocument) and plain Readability, each page → text + metadata.
import { Readability } from '@mozilla/readability';
import { clipDocument } from '../core/clip';
import { preClean, postClean } from '../core/extract/boilerplate';
import type { PageMetadata } from '../core/types';
import { parseDocument, type DomKind } from './dom';
import { elementText } from './element-text';

/** What one extractor made of one page. */
export interface Extraction {
  /** The text a reader of the result sees ('' when nothing was extracted). */
  text: string;
  title: string;
  authors: string[];
  /** UTC ISO or undefined. */
  published?: string;
  /** Set when the extractor failed outright on this page. */
  error?: string;
}

export type Extractor = (html: string, url: string) => Extraction;

/** A fixed clock so runs are repeatable; the date only matters when a page states none. */
const EVAL_NOW = new Date('2000-01-01T00:00:00.000Z');

/**
 * The real pipeline, exactly as the extension runs it: clipDocument → the Markdown body → plain text via
 * markdownToText (passed in, so this module does not depend on the Markdown module's load order).
 */
export function clipExtractor(dom: DomKind, markdownToText: (md: string) => string): Extractor {
  return (html, url) => {
    const doc = parseDocument(html, url, dom);
    const outcome = clipDocument(doc, { url, now: () => EVAL_NOW });
    if (!outcome.ok) return fromMetadata('', outcome.metadata);
    return fromMetadata(markdownToText(outcome.clip.markdown), outcome.clip.metadata);
  };
}

/**
 * Readability framed by this project's preClean/postClean, text read off the element. Used to measure the
 * boilerplate work on its own, and while clipDocument is not yet available.
 */
export function cleanedReadabilityExtractor(dom: DomKind): Extractor {
  return (html, url) => {
    const doc = parseDocument(html, url, dom);
    preClean(doc);
    const article = new Readability(doc, { serializer: (el: Node) => el }).parse();
    const meta: PageMetadata = { title: article?.title ?? '', authors: article?.byline ? [article.byline] : [] };
    if (!article?.content) return fromMetadata('', meta);
    const content = article.content as unknown as Element;
    postClean(content, meta);
    return { ...fromMetadata(elementText(content), meta), published: readabilityDate(article.publishedTime) };
  };
}

/** Plain Readability, as the benchmark ran readability.js: its textContent, title, byline and publishedTime. */
export function readabilityExtractor(dom: DomKind): Extractor {
  return (html, url) => {
    const article = new Readability(parseDocument(html, url, dom)).parse();
    return {
      text: article?.textContent ?? '',
      title: article?.title ?? '',
      authors: article?.byline ? [article.byline.trim()] : [],
      published: readabilityDate(article?.publishedTime),
    };
  };
}

function readabilityDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function fromMetadata(text: string, meta: PageMetadata): Extraction {
  return { text, title: meta.title, authors: meta.authors, published: meta.published };
}

/** Runs an extractor, turning a thrown error into an empty result that names it (one bad page must not stop a run). */
export function safely(extract: Extractor, html: string, url: string): Extraction {
  try {
    return extract(html, url);
  } catch (error) {
    return { text: '', title: '', authors: [], error: error instanceof Error ? error.message : String(error) };
  }
}
