// Strong emphasis as **text**, falling back to <strong> where CommonMark would not read the stars.
import type { MarkdownRule } from '../options';
import { delimit } from './delimiters';

export const strongRule: MarkdownRule = {
  key: 'strong',
  filter: ['strong', 'b'],
  replacement: (content, node) => delimit(content, node, '**', 'strong'),
};
