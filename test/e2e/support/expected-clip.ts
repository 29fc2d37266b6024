// The core's own answer for a fixture page, computed in Node (jsdom) — what the browser run must reproduce byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clipDocument, type ClipOutcome } from '../../../src/core/clip';
import { BUILT_IN_SITE_RULES } from '../../../src/core/site-rules';
import type { ArchiveSettings, Clip, ClipChoices, ClipMode } from '../../../src/core/types';
// The content script's own serializer, so the expected selection HTML is made by the same code as in the page.
import { selectionHtml as selectedHtml } from '../../../src/content/selection';
import { parseDocument } from '../../../src/eval/dom';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-store';
import { effectiveSiteRules } from '../../../src/storage/effective-rules';
import { FIXTURES_DIR } from './fixture-server';

export interface ExpectedClipOptions {
  mode?: ClipMode;
  choices?: ClipChoices;
  settings?: ArchiveSettings;
  /** For 'selection': picks the selected range in the parsed page (same as the test does in the browser). */
  select?: (doc: Document) => Range;
  /** The clip time; the fixtures state a publication time, so with dateSource 'published' it does not reach the file. */
  now?: Date;
}

/** Runs clipDocument on the fixture's HTML as if loaded from `url`, with the settings and rules the extension uses by default. */
export function expectedOutcome(fixture: string, url: string, options: ExpectedClipOptions = {}): ClipOutcome {
  return expectedOutcomeForHtml(readFileSync(join(FIXTURES_DIR, fixture), 'utf8'), url, options);
}

/** The same for any page's HTML (already decoded to a string). */
export function expectedOutcomeForHtml(html: string, url: string, options: ExpectedClipOptions = {}): ClipOutcome {
  const doc = parseDocument(html, url, 'jsdom');
  let selectionHtml: string | undefined;
  if (options.select) {
    const win = doc.defaultView!;
    const selection = win.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(options.select(doc));
    // selection.ts reads the global `Node` (a page global); lend it jsdom's for the call.
    const g = globalThis as { Node?: unknown };
    const before = g.Node;
    g.Node = (win as unknown as { Node: unknown }).Node;
    try {
      selectionHtml = selectedHtml(win);
    } finally {
      g.Node = before;
    }
  }
  return clipDocument(doc, {
    url,
    mode: options.mode ?? 'article',
    selectionHtml,
    choices: options.choices,
    settings: options.settings ?? DEFAULT_SETTINGS.archive,
    rules: effectiveSiteRules(DEFAULT_SETTINGS.siteRules, BUILT_IN_SITE_RULES),
    now: () => options.now ?? new Date('2030-01-01T00:00:00.000Z'),
  });
}

/** Like expectedOutcome, but the page must yield a clip. */
export function expectedClip(fixture: string, url: string, options: ExpectedClipOptions = {}): Clip {
  const outcome = expectedOutcome(fixture, url, options);
  if (!outcome.ok) throw new Error(`The core found no article in ${fixture}: ${outcome.message}`);
  return outcome.clip;
}
