// The author box closing many articles: "About the author", the name, a one-line bio ("Regan is a …", "Zac covers …").
import type { PageMetadata } from '../../types';
import type { TreeFacts } from './blocks';

const ABOUT_LABEL = /^(?:about the author|about (?:the )?writer|author bio|关于作者|作者简介)\s*[:：]?$/i;
/** Bios sit in the last few blocks. */
const TAIL_BLOCKS = 6;
const MAX_BIO_WORDS = 70;
/** What follows the name in a bio: "is a", "covers", "writes about", "has been". */
const BIO_VERB = /^(?:is|was|covers|writes|reports|has|joined|lives|spends|grew)\b/i;

function namesOf(metadata: PageMetadata): string[] {
  const names = new Set<string>();
  for (const author of metadata.authors) {
    const full = author.trim();
    if (!full) continue;
    names.add(full);
    const first = full.split(/\s+/)[0];
    // A first name alone counts only when it is a real word of some length ("Zac", "Regan"), not an initial.
    if (first.length >= 3 && first !== full) names.add(first);
  }
  return [...names];
}

/** Removes "About the author" boxes and one-line author bios among the last blocks. */
export function removeAuthorBox(facts: TreeFacts, metadata: PageMetadata): void {
  const blocks = facts.leafBlocks().filter((b) => facts.text(b));
  const tail = blocks.slice(-TAIL_BLOCKS);
  const names = namesOf(metadata);
  const labelAt = tail.findIndex((b) => ABOUT_LABEL.test(facts.text(b)));
  if (labelAt >= 0) {
    // The label and every short block after it belong to the box.
    for (const block of tail.slice(labelAt)) if (facts.wordCount(block) <= MAX_BIO_WORDS) facts.removeWithEmptyParents(block);
    return;
  }
  for (const block of tail) {
    const text = facts.text(block);
    if (facts.wordCount(block) > MAX_BIO_WORDS) continue;
    const name = names.find((n) => text.startsWith(`${n} `));
    if (name && BIO_VERB.test(text.slice(name.length).trim())) facts.removeWithEmptyParents(block);
  }
}
