// Fenced code blocks: the fence is longer than any backtick run in the code, the language comes from the class.
import type { MarkdownRule } from '../options';
import { detectCodeLanguage } from '../code-language';

/** A fence of backticks longer than every backtick run at the start of a line in `code` (at least three). */
export function fenceFor(code: string): string {
  let longest = 0;
  for (const m of code.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

export const codeBlockRule: MarkdownRule = {
  key: 'codeBlock',
  filter: 'pre',
  replacement(_content, node) {
    // The preparation step left exactly the code text in the <pre>; turndown does not collapse white space there.
    const code = (node.textContent ?? '').replace(/\n+$/, '');
    if (!code.trim()) return '';
    const language = detectCodeLanguage(node);
    const fence = fenceFor(code);
    return `\n\n${fence}${language}\n${code}\n${fence}\n\n`;
  },
};
