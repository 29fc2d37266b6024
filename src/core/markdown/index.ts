// Entry of the Markdown stage: turns the extracted article DOM into the archive's Markdown body.
import type { ImageStyle } from '../types';
import { getMarkdownService } from './service';

// markdownToText lives in ./to-text and is deliberately not re-exported here: it needs marked (70 KB), which would
// otherwise ride along into the content script, which only converts.

export interface ToMarkdownOptions {
  imageStyle: ImageStyle;
  /** The caller gives `content` up: it may be rewritten while converting (spares a copy of it). */
  inPlace?: boolean;
}

/**
 * Converts an article element (or fragment) to Markdown. Reads the DOM node directly (no serialise-and-reparse) and
 * never modifies it unless `inPlace` is set.
 */
export function toMarkdown(content: Element | DocumentFragment, opts: ToMarkdownOptions): string {
  return getMarkdownService(opts.imageStyle).convert(content, opts.inPlace);
}
