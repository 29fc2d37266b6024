// Entry of the Markdown stage: turns the extracted article DOM into the archive's Markdown body.
import type { ImageStyle } from '../types';
import { getMarkdownService } from './service';

export { markdownToText } from './to-text';

export interface ToMarkdownOptions {
  imageStyle: ImageStyle;
}

/**
 * Converts an article element (or fragment) to Markdown. Reads the DOM node directly (no
 * serialise-and-reparse) and never modifies it.
 */
export function toMarkdown(content: Element | DocumentFragment, opts: ToMarkdownOptions): string {
  return getMarkdownService(opts.imageStyle).convert(content);
}
