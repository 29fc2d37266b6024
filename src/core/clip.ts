// The whole clip pipeline for one page: extract → Markdown → archive file.
import { assembleClip } from './assemble';
import { extractArticle } from './extract/index';
import { toMarkdown } from './markdown/index';
import { withArchiveDefaults } from './settings';
import { BUILT_IN_SITE_RULES } from './site-rules';
import type { ArchiveSettings, Clip, ClipChoices, ClipMode, PageMetadata, SiteRule } from './types';

export type ClipOutcome =
  | { ok: true; clip: Clip; rule?: SiteRule }
  | { ok: false; code: 'no-article'; message: string; metadata: PageMetadata };

export interface ClipDocumentOptions {
  /** The tab's URL (relative links resolve against it and <base href>). */
  url: string;
  /** 'article' (default), 'page' or 'selection'. */
  mode?: ClipMode;
  /** The selected HTML, for mode 'selection'. */
  selectionHtml?: string;
  choices?: ClipChoices;
  settings?: Partial<ArchiveSettings>;
  /** Site rules to match against the URL; the built-in rules when omitted. */
  rules?: SiteRule[];
  /** The clock, so that clips (and tests) are exact. */
  now?: () => Date;
}

const NO_ARTICLE_MESSAGES: Record<ClipMode, string> = {
  article: 'No article was found on this page. Clip the whole page, or select the part you want and clip the selection.',
  page: 'This page has no visible content to clip.',
  selection: 'The selection is empty. Select the text you want to clip, then try again.',
};

/** Clips `doc` (never modified) into an archive file: the article (or page/selection), as Markdown, with front matter. */
export function clipDocument(doc: Document, opts: ClipDocumentOptions): ClipOutcome {
  const mode = opts.mode ?? 'article';
  const settings = withArchiveDefaults(opts.settings);
  const now = (opts.now ?? (() => new Date()))();
  const extracted = extractArticle(doc, opts.url, {
    mode,
    selectionHtml: opts.selectionHtml,
    rules: opts.rules ?? BUILT_IN_SITE_RULES,
  });
  if (!extracted.ok) {
    return { ok: false, code: 'no-article', message: NO_ARTICLE_MESSAGES[mode], metadata: extracted.metadata };
  }
  // The extracted content is the pipeline's own copy, never the page: the conversion may prepare it in place.
  const markdown = toMarkdown(extracted.content, { imageStyle: settings.imageStyle, inPlace: true });
  const clip = assembleClip(
    { metadata: extracted.metadata, markdown, url: opts.url, mode, rule: extracted.rule },
    opts.choices ?? {},
    settings,
    now,
  );
  return extracted.rule ? { ok: true, clip, rule: extracted.rule } : { ok: true, clip };
}
