// Test helper: the same HTML as a real DOM under each implementation the core must run on (linkedom and jsdom).
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import type { ImageStyle } from '../../../../src/core/types';
import { toMarkdown } from '../../../../src/core/markdown';

/** The slice of jsdom's API used here (jsdom ships no type declarations). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string }) => { window: { document: Document } };
}

const require = createRequire(import.meta.url);

export type DomName = 'linkedom' | 'jsdom';
export const DOM_NAMES: DomName[] = ['linkedom', 'jsdom'];

export const PAGE_URL = 'https://example.com/blog/post.html';

/** A whole document for `bodyHtml`, as if loaded from PAGE_URL (linkedom learns the base from a <base> element). */
export function parseDocument(dom: DomName, bodyHtml: string): Document {
  const html = `<!DOCTYPE html><html><head><base href="${PAGE_URL}"><title>t</title></head><body>${bodyHtml}</body></html>`;
  if (dom === 'jsdom') {
    const { JSDOM } = require('jsdom') as JsdomModule;
    return new JSDOM(html, { url: PAGE_URL }).window.document;
  }
  return parseHTML(html).document;
}

/** The Markdown for `bodyHtml`, converted from the <body> element. */
export function md(dom: DomName, bodyHtml: string, imageStyle: ImageStyle = 'markdown'): string {
  const doc = parseDocument(dom, bodyHtml);
  return toMarkdown(doc.body, { imageStyle });
}
