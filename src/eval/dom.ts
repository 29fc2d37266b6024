// Parses HTML into a Document for the Node-side evaluation (linkedom by default: fast; jsdom: closer to a browser).
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';

export type DomKind = 'linkedom' | 'jsdom';

/** A fresh Document for `html` as if loaded from `url`. */
export function parseDocument(html: string, url: string, kind: DomKind = 'linkedom'): Document {
  if (kind === 'jsdom') {
    // A silent console: pages' CSS and script errors are not the evaluation's concern.
    return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  }
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
