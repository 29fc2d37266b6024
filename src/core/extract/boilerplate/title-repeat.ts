// The headline repeated at the top of the body: the archive file's header already shows it.
import type { PageMetadata } from '../../types';
import type { TreeFacts } from './blocks';

const normalize = (s: string): string => s.normalize('NFKC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
/** Only blocks above the first body paragraph (and at most this many of them) can be the repeated headline. */
const HEAD_BLOCKS = 12;
const BODY_PARAGRAPH_WORDS = 30;

export function removeRepeatedTitle(facts: TreeFacts, metadata: PageMetadata): void {
  const title = normalize(metadata.title ?? '');
  if (!title) return;
  let seen = 0;
  for (const block of facts.leafBlocks()) {
    const text = facts.text(block);
    if (!text) continue;
    if (normalize(text) === title) {
      facts.removeWithEmptyParents(block);
      return;
    }
    if (++seen >= HEAD_BLOCKS || facts.wordCount(block) >= BODY_PARAGRAPH_WORDS) return;
  }
}
