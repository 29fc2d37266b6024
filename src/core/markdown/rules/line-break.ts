// Line breaks as two trailing spaces (the hard break both CommonMark and kramdown read); the finisher drops useless ones.
import type { MarkdownRule } from '../options';

export const lineBreakRule: MarkdownRule = {
  key: 'lineBreak',
  filter: 'br',
  replacement: () => '  \n',
};
