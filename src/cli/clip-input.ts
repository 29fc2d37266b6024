// Clips one read input with the core: chooses the page address, parses the DOM, runs clipDocument.
import { clipDocument } from '../core/clip';
import type { Clip, ClipChoices, ClipMode } from '../core/types';
import { NoArticleError } from './errors';
import { parseDocument, type DomImplementation } from './parse-dom';
import type { PageInput } from './read-input';

export interface ClipInputOptions {
  url?: string;
  choices: ClipChoices;
  mode: ClipMode;
  dom: DomImplementation;
  timeZone?: string;
  now?: () => Date;
}

function closeWindow(doc: Document): void {
  const view = doc.defaultView as { close?: () => void } | null;
  if (view && typeof view.close === 'function') view.close();
}

/** The page's own idea of its address (canonical link, else og:url), when it is a http(s) URL. */
function declaredUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  return candidates.map((c) => c?.trim()).find((c): c is string => !!c && /^https?:\/\//i.test(c));
}

/**
 * The archive clip of one input. The page address is --url, else the fetched URL, else (a saved file or standard
 * input) the page's canonical URL, so that `from` and relative links come out as they would in the browser.
 */
export function clipInput(input: PageInput, opts: ClipInputOptions): Clip {
  const fetched = input.url && /^https?:/i.test(input.url) ? input.url : undefined;
  let url = opts.url ?? fetched;
  let doc = parseDocument(input.html, url ?? input.url ?? 'file:///standard-input', opts.dom);
  if (!url) {
    url = declaredUrl(doc) ?? input.url ?? 'file:///standard-input';
    // jsdom fixes the document URL at parse time; parse again so relative links resolve against the real address.
    if (opts.dom === 'jsdom') doc = parseDocument(input.html, url, opts.dom);
  }
  let outcome;
  try {
    outcome = clipDocument(doc, {
      url,
      mode: opts.mode,
      choices: opts.choices,
      settings: opts.timeZone ? { timeZone: opts.timeZone } : undefined,
      now: opts.now,
    });
  } finally {
    // A jsdom window holds its whole page until closed; many inputs in one run would otherwise pile up in memory.
    closeWindow(doc);
  }
  if (!outcome.ok) throw new NoArticleError(input.source, outcome.message);
  return outcome.clip;
}
