// The headline repeated at the top of the body: the archive file's header already shows it.
import type { PageMetadata } from '../../types';
import { leafBlocks, removeWithEmptyParents, textOf } from './blocks';

const normalize = (s: string): string => s.normalize('NFKC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
/** Only the first few blocks can be the repeated headline. */
const HEAD_BLOCKS = 4;

export function removeRepeatedTitle(root: Element, metadata: PageMetadata): void {
  const title = normalize(metadata.title ?? '');
  if (!title) return;
  for (const block of leafBlocks(root).slice(0, HEAD_BLOCKS)) {
    if (normalize(textOf(block)) === title) {
      removeWithEmptyParents(block, root);
      return;
    }
  }
}
