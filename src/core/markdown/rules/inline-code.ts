// Inline code (and keyboard/sample text) as a code span whose backtick run is longer than any inside it.
import type { MarkdownRule } from '../options';
import { escapeInline } from '../escape';

/** Characters written as references inside <code>, held apart from Markdown escaping by noncharacters. */
const REFERENCES: Record<string, [string, string]> = { '&': ['\uFDE0', '&amp;'], '<': ['\uFDE1', '&lt;'], '>': ['\uFDE2', '&gt;'], '`': ['\uFDE3', '&#96;'], '\\': ['\uFDE4', '\\\\'] };

/** Code text inside an HTML <code> element in Markdown: Markdown syntax escaped, HTML syntax as references. */
function escapeCodeHtml(text: string): string {
  const held = text.replace(/[&<>`\\]/g, (ch) => REFERENCES[ch][0]);
  return escapeInline(held).replace(/[\uFDE0-\uFDE4]/g, (mark) => Object.values(REFERENCES).find(([m]) => m === mark)![1]);
}

function insideLink(node: Node): boolean {
  for (let cur = node.parentNode; cur; cur = cur.parentNode) if (cur.nodeName === 'A') return true;
  return false;
}

export const inlineCodeRule: MarkdownRule = {
  key: 'inlineCode',
  filter: (node) => ['CODE', 'KBD', 'SAMP', 'TT'].includes(node.nodeName),
  replacement(_content, node) {
    // The raw text, not turndown's content: inside code nothing is escaped.
    const text = (node.textContent ?? '').replace(/\r?\n|\r/g, ' ');
    if (!text.trim()) return text;
    // marked cannot find the end of link text holding a code span with a backtick in it ("[`` `a ``](u)"):
    // there the code is written as an HTML element, its text escaped like prose.
    if (text.includes('`') && insideLink(node)) return `<code>${escapeCodeHtml(text)}</code>`;
    let longest = 0;
    for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
    const delimiter = '`'.repeat(longest + 1);
    // A space on each side keeps a leading or trailing backtick from joining the delimiter.
    const pad = /^`|`$/.test(text) || /^ .*[^ ].* $/.test(text) ? ' ' : '';
    return delimiter + pad + text + pad + delimiter;
  },
};
