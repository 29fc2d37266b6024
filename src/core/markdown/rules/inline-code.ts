// Inline code (and keyboard/sample text) as a code span whose backtick run is longer than any inside it.
import type { MarkdownRule } from '../options';

export const inlineCodeRule: MarkdownRule = {
  key: 'inlineCode',
  filter: (node) => ['CODE', 'KBD', 'SAMP', 'TT'].includes(node.nodeName),
  replacement(_content, node) {
    // The raw text, not turndown's content: inside code nothing is escaped.
    const text = (node.textContent ?? '').replace(/\r?\n|\r/g, ' ');
    if (!text.trim()) return text;
    let longest = 0;
    for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
    const delimiter = '`'.repeat(longest + 1);
    // A space on each side keeps a leading or trailing backtick from joining the delimiter.
    const pad = /^`|`$/.test(text) || /^ .*[^ ].* $/.test(text) ? ' ' : '';
    return delimiter + pad + text + pad + delimiter;
  },
};
