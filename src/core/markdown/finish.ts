// Tidies turndown's output: no trailing or white-space-only lines, no runs of blank lines, code blocks untouched.
import { TEXT_TILDE } from './escape';

const FENCE = /^\s*(`{3,}|~{3,})/;

export function finishMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let blankRun = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (fence !== null) {
      out.push(line);
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = null;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1];
      blankRun = 0;
      out.push(line);
      continue;
    }
    if (!line.trim()) {
      blankRun++;
      if (blankRun === 1) out.push('');
      continue;
    }
    blankRun = 0;
    // Two trailing spaces are a hard break only when a line of the same paragraph follows.
    const next = lines[i + 1];
    const hardBreak = / {2,}$/.test(line) && next !== undefined && next.trim() !== '';
    line = line.replace(/\s+$/, '') + (hardBreak ? '  ' : '');
    // A bracket at the end of a line (or before closing emphasis there) cannot be followed by "(" or "[": its
    // escape is noise ("[Photo: AP\]").
    // HTML blocks (lines starting with "<") hold no escapes of ours and are left alone.
    if (line.includes('\\]') && !line.startsWith('<')) line = line.replace(/(^|[^\\])\\\](?=[*_]*$)/, '$1]');
    out.push(line);
  }
  const text = out.join('\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return text.includes(TEXT_TILDE) ? resolveTildes(text) : text;
}

const TEXT_TILDE_RE = new RegExp(TEXT_TILDE, 'g');

/** Text tildes stay bare when alone in their paragraph, and are escaped when another tilde could pair with them. */
function resolveTildes(markdown: string): string {
  return markdown
    .split('\n\n')
    .map((block) => {
      if (!block.includes(TEXT_TILDE)) return block;
      const tildes = block.length - block.replace(/[~\uFDD0]/g, '').length;
      return block.replace(TEXT_TILDE_RE, tildes > 1 ? '\\~' : '~');
    })
    .join('\n\n');
}
