// Writes a whole archive file: front matter, header, body; `\n` line ends and exactly one final newline.
import type { ArchivePost } from '../types';
import { normalizeBody } from './body';
import { cleanTitle } from './clean-text';
import { frontMatterLines, isoDateMillis } from './front-matter';
import { headerLines } from './header';
import { protectFromLiquid } from './liquid';

/** The archive file for `post`. Throws ArchiveFormatError when the date or an extra key cannot be written. */
export function formatArchiveFile(post: ArchivePost): string {
  const title = cleanTitle(post.title);
  const millis = isoDateMillis(post.date);
  const body = normalizeBody(post.body);
  const lines = [...frontMatterLines(post, title), ...headerLines(title, post.from, millis)];
  // An empty body leaves no blank line either, so the file still ends with exactly one newline.
  if (body !== '') lines.push('', protectFromLiquid(body));
  return `${lines.join('\n')}\n`;
}
