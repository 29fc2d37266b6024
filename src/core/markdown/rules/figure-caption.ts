// Figure captions (and credits) as an emphasised paragraph under the image.
import type { MarkdownRule } from '../options';

export const figureCaptionRule: MarkdownRule = {
  key: 'figureCaption',
  filter: 'figcaption',
  replacement(content) {
    const caption = content.trim();
    if (!caption) return '';
    // Stars around several lines, or around text that already has emphasis, would not render as one span.
    const plain = /\n/.test(caption) || /(?:^|[^\\])[*_]/.test(caption) || /<\/?\w/.test(caption);
    return plain ? `\n\n${caption}\n\n` : `\n\n*${caption}*\n\n`;
  },
};
