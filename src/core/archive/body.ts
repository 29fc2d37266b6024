// Normalises a post body so that it sits safely under the header and ends the file with one newline.

/** A line that would read as a setext underline or a front matter fence if it opened the body. */
const FENCE_LIKE = /^ {0,3}(-+|=+)[ \t]*$/;

/**
 * The body as the archive writes it: `\n` line ends, no leading blank lines, no trailing white space,
 * and a first line that cannot be taken for a heading underline or a `---` fence.
 */
export function normalizeBody(body: string): string {
  // trimEnd removes exactly what \s matches, from the end only (a /\s+$/ search tries every run of white space).
  const text = (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  const match = FENCE_LIKE.exec(first);
  if (!match) return text;
  const rest = newline === -1 ? '' : text.slice(newline);
  // A thematic break stays a thematic break (`* * *` can be neither a fence nor an underline);
  // other runs are escaped, which renders them as the same visible text.
  const neutral = /^-{3,}$/.test(match[1]) ? '* * *' : `\\${first.trimStart()}`;
  return neutral + rest;
}
