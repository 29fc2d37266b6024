// The timed variants — full pipeline, plain Readability + turndown, the conversion stage alone, and both with parsing —
// built on any DOM: `fresh` turns a page's HTML into a new Document (linkedom or jsdom in Node, DOMParser in Chromium).
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { clipDocument } from '../../src/core/clip';
import { toMarkdown } from '../../src/core/markdown';
import type { BenchPage, Variant } from './protocol';

/** The variants in the order they are printed. */
export const VARIANT_NAMES = ['pipeline', 'baseline', 'baseline+clone', 'toMarkdown', 'turndown', 'pipeline+parse', 'baseline+parse'] as const;

export type VariantName = (typeof VARIANT_NAMES)[number];

const NOW = new Date('2026-01-01T00:00:00.000Z');

/** The variants on documents from `fresh`; run and time them with measurePage, freeing inputs with `release`. */
export function makeVariants(fresh: (page: BenchPage) => Document): Variant[] {
  const baselineTurndown = new TurndownService();
  const variants: Record<VariantName, Omit<Variant, 'name'>> = {
    pipeline: {
      prepare: fresh,
      run: (doc, page) => {
        clipDocument(doc as Document, { url: page.url, now: () => NOW });
      },
    },
    baseline: {
      prepare: fresh,
      run: (doc) => {
        const article = new Readability(doc as Document).parse();
        if (article?.content) baselineTurndown.turndown(article.content);
      },
    },
    // Plain Readability as a clipper must run it on a live page, which it would otherwise take apart: on a copy
    // (Readability's README says to clone the document). The pipeline copies too, so this is the like-for-like row.
    'baseline+clone': {
      prepare: fresh,
      run: (doc) => {
        const article = new Readability((doc as Document).cloneNode(true) as Document).parse();
        if (article?.content) baselineTurndown.turndown(article.content);
      },
    },
    // The conversion stage alone, on the same Readability output: our toMarkdown (element in) against default
    // turndown on the HTML string Readability would have returned. Readability runs in `prepare`, untimed.
    toMarkdown: {
      prepare: (page) => new Readability(fresh(page), { serializer: (el: Node) => el }).parse()?.content ?? null,
      run: (el) => {
        if (el) toMarkdown(el as Element, { imageStyle: 'markdown' });
      },
    },
    turndown: {
      prepare: (page) => {
        const doc = fresh(page);
        const html = new Readability(doc).parse()?.content ?? null;
        release(doc);
        return html;
      },
      run: (html) => {
        if (html) baselineTurndown.turndown(html as string);
      },
    },
    // The same two variants with parsing inside the timing: HTML string in, Markdown out.
    'pipeline+parse': {
      prepare: () => null,
      run: (_input, page) => {
        const doc = fresh(page);
        clipDocument(doc, { url: page.url, now: () => NOW });
        release(doc);
      },
    },
    'baseline+parse': {
      prepare: () => null,
      run: (_input, page) => {
        const doc = fresh(page);
        const article = new Readability(doc).parse();
        if (article?.content) baselineTurndown.turndown(article.content);
        release(doc);
      },
    },
  };
  return VARIANT_NAMES.map((name) => ({ name, ...variants[name] }));
}

/**
 * Closes the jsdom window behind a run's input, or memory grows by gigabytes per corpus. A no-op under linkedom and
 * in the browser, where a DOMParser document has no window.
 */
export function release(input: unknown): void {
  if (typeof input !== 'object' || input === null) return;
  const node = input as { ownerDocument?: Document; defaultView?: unknown };
  const doc = ('defaultView' in node ? node : node.ownerDocument) as Document | undefined;
  const view = doc?.defaultView as { close?: () => void } | null | undefined;
  view?.close?.();
}
