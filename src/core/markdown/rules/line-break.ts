// Line breaks as two trailing spaces (the hard break both CommonMark and kramdown read); the finisher drops useless ones.
import type { MarkdownRule } from '../options';
import { isBlockElement, isText } from '../dom';

/** Inline elements whose Markdown cannot span paragraphs. */
const INLINE_CONTAINERS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'CITE', 'DFN', 'VAR', 'DEL', 'S', 'STRIKE', 'SUP', 'SUB', 'Q']);

function insideInlineContainer(node: Node): boolean {
  for (let cur = node.parentNode; cur && !isBlockElement(cur); cur = cur.parentNode) {
    if (INLINE_CONTAINERS.has(cur.nodeName.toUpperCase())) return true;
  }
  return false;
}

/** The next sibling that is not white-space-only text. */
function nextMeaningful(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && isText(next) && !next.data.trim()) next = next.nextSibling;
  return next;
}

export const lineBreakRule: MarkdownRule = {
  key: 'lineBreak',
  filter: 'br',
  replacement(_content, node) {
    // "<br><br>" reads as a paragraph break, except inside a link or emphasis, whose syntax would be cut in two.
    if (nextMeaningful(node)?.nodeName === 'BR' && insideInlineContainer(node)) return '';
    return '  \n';
  },
};
