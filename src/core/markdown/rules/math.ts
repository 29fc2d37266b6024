// Math as TeX: `$…$` inline, `$$…$$` on lines of their own for display math.
import type { MarkdownRule } from '../options';
import { MARK } from '../options';

export const mathRule: MarkdownRule = {
  key: 'math',
  filter: (node) => (node.nodeName === 'SPAN' || node.nodeName === 'DIV') && node.hasAttribute(MARK.math),
  replacement(_content, node) {
    const tex = (node.getAttribute(MARK.math) ?? '').trim();
    if (!tex) return '';
    if (node.hasAttribute(MARK.mathDisplay)) return `\n\n$$\n${tex.replace(/\n{2,}/g, '\n')}\n$$\n\n`;
    return `$${tex.replace(/\s*\n\s*/g, ' ')}$`;
  },
};
