// Superscript and subscript kept as inline HTML (Markdown has neither), <q> as the quotation marks it shows.
import type { MarkdownRule } from '../options';

export const superSubscriptRule: MarkdownRule = {
  key: 'superSubscript',
  filter: ['sup', 'sub'],
  replacement(content, node) {
    const text = content.trim();
    if (!text || /\n/.test(text)) return content;
    const tag = node.nodeName.toLowerCase();
    return `<${tag}>${text}</${tag}>`;
  },
};

export const inlineQuoteRule: MarkdownRule = {
  key: 'inlineQuote',
  filter: 'q',
  replacement: (content) => (content.trim() ? `“${content}”` : content),
};
