// Tidies turndown's output: no trailing or white-space-only lines, no runs of blank lines, code blocks untouched.
import { resolveTextMarks } from './escape';

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
    line = line.trimEnd() + (hardBreak ? '  ' : '');
    out.push(line);
    // A line that is one <img> tag starts an HTML block, which would swallow the Markdown of the lines after it:
    // end the image's paragraph there.
    if (next !== undefined && next.trim() !== '' && /^<img [^>]*>$/.test(line.trimEnd())) {
      out[out.length - 1] = line.trimEnd();
      out.push('');
      blankRun = 1;
    }
  }
  // trimEnd, not /\s+$/: the same characters, without a search that tries every run of white space in the body.
  return resolveTextMarks(out.join('\n').replace(/^\n+/, '').trimEnd());
}
