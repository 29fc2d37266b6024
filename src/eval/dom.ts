// Parses HTML into a Document for the Node-side evaluation (linkedom by default: fast; jsdom: closer to a browser).
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';

export type DomKind = 'linkedom' | 'jsdom';

/** The slice of jsdom's API used here (the package ships no type declarations and @types/jsdom is not installed). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => { window: { document: Document } };
  VirtualConsole: new () => unknown;
}

const require = createRequire(import.meta.url);

/** A fresh Document for `html` as if loaded from `url`. */
export function parseDocument(html: string, url: string, kind: DomKind = 'linkedom'): Document {
  if (kind === 'jsdom') {
    const { JSDOM, VirtualConsole } = require('jsdom') as JsdomModule;
    // A silent console: pages' CSS and script errors are not the evaluation's concern.
    return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  }
  const { document } = parseHTML(html);
  return document;
}
