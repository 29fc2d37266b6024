// The headline repeated at the top of the body: the archive file's header already shows it.
import type { PageMetadata } from '../../types';
import { leafBlocks, removeWithEmptyParents, textOf, wordCount } from './blocks';

const normalize = (s: string): string => s.normalize('NFKC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
/** Only blocks above the first body paragraph (and at most this many of them) can be the repeated headline. */
const HEAD_BLOCKS = 12;
const BODY_PARAGRAPH_WORDS = 30;

export function removeRepeatedTitle(root: Element, metadata: PageMetadata): void {
  const title = normalize(metadata.title ?? '');
  if (!title) return;
  let seen = 0;
  for (const block of leafBlocks(root)) {
    const text = textOf(block);
    if (!text) continue;
    if (normalize(text) === title) {
      removeWithEmptyParents(block, root);
      return;
    }
    if (++seen >= HEAD_BLOCKS || wordCount(text) >= BODY_PARAGRAPH_WORDS) return;
  }
}
