// Test helpers for the extraction tests: parse HTML into a Document with either DOM, and read page fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../../src/cli/decode-html';
import { parseDocument, type DomImplementation } from '../../../src/cli/parse-dom';

export const DOMS: DomImplementation[] = ['linkedom', 'jsdom'];

/** A Document for `html` at `url`, built by the named DOM implementation. */
export function htmlDoc(html: string, url = 'https://example.com/a/b.html', dom: DomImplementation = 'jsdom'): Document {
  return parseDocument(html, url, dom);
}

/** The decoded source.html and parsed meta.json of a page fixture. */
export function readFixture(slug: string): { html: string; meta: { url: string; now: string; tags?: string[]; categories?: string[] } } {
  const dir = fileURLToPath(new URL(`../../fixtures/pages/${slug}/`, import.meta.url));
  const { text } = decodeHtml(new Uint8Array(readFileSync(`${dir}source.html`)));
  return { html: text, meta: JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) };
}
