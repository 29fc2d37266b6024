// Emphasis as *text*, falling back to <em> where CommonMark would not read the stars as emphasis (common in CJK).
import type { MarkdownRule } from '../options';
import { delimit } from './delimiters';

export const emphasisRule: MarkdownRule = {
  key: 'emphasis',
  filter: ['em', 'i', 'cite', 'dfn', 'var'],
  replacement: (content, node) => delimit(content, node, '*', 'em'),
};
