// Builds a DOM Document from HTML text for the core: jsdom (the default: parses like a browser) or linkedom (fast).
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';

export type DomImplementation = 'linkedom' | 'jsdom';

/** The slice of jsdom's API used here (jsdom ships no type declarations and @types/jsdom is not installed). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => { window: { document: Document } };
  VirtualConsole: new () => unknown;
}

const require = createRequire(import.meta.url);

/**
 * A Document for `html` as seen at `url`. Scripts never run and nothing is fetched, with either implementation.
 * jsdom builds the tree as browsers do (implied <head>/<body>, misnested tags); linkedom is ten times faster but
 * does not imply missing <html>/<head>/<body> tags, so it suits well-formed pages only.
 */
export function parseDocument(html: string, url: string, dom: DomImplementation = 'jsdom'): Document {
  if (dom === 'jsdom') {
    // Loaded on demand: jsdom takes about a third of a second to load, which linkedom runs should not pay.
    const { JSDOM, VirtualConsole } = require('jsdom') as JsdomModule;
    // A silent console: pages' CSS that jsdom cannot parse would otherwise print noise on stderr.
    return new JSDOM(html, { url: safeJsdomUrl(url), virtualConsole: new VirtualConsole() }).window.document;
  }
  return parseHTML(html).document;
}

function safeJsdomUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}
