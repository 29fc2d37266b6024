// The whole clip pipeline for one page: extract → Markdown → archive file.
import type { ArchiveSettings, Clip, ClipChoices, ClipMode, PageMetadata, SiteRule } from './types';

export type ClipOutcome =
  | { ok: true; clip: Clip; rule?: SiteRule }
  | { ok: false; code: 'no-article'; message: string; metadata: PageMetadata };

export interface ClipDocumentOptions {
  url: string;
  mode?: ClipMode;
  selectionHtml?: string;
  choices?: ClipChoices;
  settings?: Partial<ArchiveSettings>;
  rules?: SiteRule[];
  now?: () => Date;
}

export function clipDocument(doc: Document, opts: ClipDocumentOptions): ClipOutcome {
  void doc;
  void opts;
  throw new Error('clipDocument: not implemented yet');
}
