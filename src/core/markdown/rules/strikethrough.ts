// Strikethrough as ~~text~~ (GFM), falling back to <del> where the tildes would not be read as a pair.
import type { MarkdownRule } from '../options';
import { delimit } from './delimiters';

export const strikethroughRule: MarkdownRule = {
  key: 'strikethrough',
  filter: (node) => ['DEL', 'S', 'STRIKE'].includes(node.nodeName),
  replacement: (content, node) => delimit(content, node, '~~', 'del'),
};
