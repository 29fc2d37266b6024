// ATX headings on one line; empty headings dropped.
import type { MarkdownRule } from '../options';

export const headingRule: MarkdownRule = {
  key: 'heading',
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement(content, node) {
    const level = Number(node.nodeName.charAt(1));
    const text = content
      .replace(/\s*\n+\s*/g, ' ')
      .trim()
      // After "## " the text is not at a line start: block-marker escapes ("1\. Ditch the diet") are noise there.
      .replace(/^(\d{1,9})\\([.)])/, '$1$2')
      .replace(/^\\([-+>=])/, '$1')
      // A run of # at the end would be read as the closing sequence and vanish.
      .replace(/(\s)(#+)$/, (_m, ws: string, hashes: string) => ws + hashes.replace(/#/g, '\\#'));
    if (!text) return '';
    // A heading is already strong: bold around all of it ("## **Part one**") is only noise.
    const bold = /^(?:\*\*([^*]+)\*\*|<strong>((?:(?!<\/?strong>).)+)<\/strong>)$/.exec(text);
    if (bold) return `\n\n${'#'.repeat(level)} ${bold[1] ?? bold[2]}\n\n`;
    return `\n\n${'#'.repeat(level)} ${text}\n\n`;
  },
};
