// Footnotes: references as `[^label]`, notes as `[^label]: text` (the preparation step found and labelled them).
import type { MarkdownRule } from '../options';
import { MARK } from '../options';

export const footnoteReferenceRule: MarkdownRule = {
  key: 'footnoteReference',
  filter: (node) => node.nodeName === 'SUP' && node.hasAttribute(MARK.footnoteRef),
  replacement: (_content, node) => `[^${node.getAttribute(MARK.footnoteRef)}]`,
};

export const footnoteDefinitionRule: MarkdownRule = {
  key: 'footnoteDefinition',
  filter: (node) => node.nodeName === 'DIV' && node.hasAttribute(MARK.footnoteDef),
  replacement(content, node) {
    const text = content.replace(/^\n+/, '').replace(/\n+$/, '');
    if (!text.trim()) return '';
    // Later paragraphs of a note are indented by four spaces, so they stay in the note.
    const indented = text.replace(/\n(?!\n|$)/g, '\n    ');
    return `\n\n[^${node.getAttribute(MARK.footnoteDef)}]: ${indented}\n\n`;
  },
};
