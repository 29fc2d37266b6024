// Entry of the extraction step: page Document + URL → article element and page metadata (never mutates the page).
import type { ClipMode, PageMetadata, SiteRule } from '../types';

export type ExtractResult =
  | { ok: true; content: Element; metadata: PageMetadata; rule?: SiteRule }
  | { ok: false; reason: 'no-article'; metadata: PageMetadata };

export interface ExtractOptions {
  mode: ClipMode;
  selectionHtml?: string;
  rules: SiteRule[];
}

export function extractArticle(doc: Document, url: string, opts: ExtractOptions): ExtractResult {
  void doc;
  void url;
  void opts;
  throw new Error('extractArticle: not implemented yet');
}
