// What the worker hands the content script for one clip (plain data: it crosses into the page's isolated world).
import type { ClipOutcome } from '../core/clip';
import type { ArchiveSettings, ClipChoices, ClipMode, SiteRule } from '../core/types';

export interface ContentRequest {
  mode: ClipMode;
  choices?: ClipChoices;
  settings: ArchiveSettings;
  rules: SiteRule[];
  /** The clip time (UTC ISO), fixed by the worker so the file's date is the moment of the click. */
  now: string;
}

/** The isolated-world property under which the injected content script leaves its entry point for exactly one call. */
export const CONTENT_ENTRY_KEY = 'jekyll-web-clipper.clip';

/** What the content script answers: the core's outcome, or 'pdf' for a PDF the browser shows in its viewer. */
export type ContentResult = ClipOutcome | { ok: false; code: 'pdf' };
