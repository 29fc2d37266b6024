// Lists of links to the site's other stories at the end of the article ("More great stories" without their label).
import type { PageMetadata } from '../../types';
import { closestTag, descendantsWithTag, nextAfterSubtree, nextInTree, tagOf } from '../tree-walk';
import type { TreeFacts } from './blocks';

const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 25;
/** Share of items that must link to the page's own site. */
const OWN_SITE_SHARE = 0.6;
/** A prose paragraph after the list means the list is inside the article, not after it. */
const PROSE_WORDS = 30;

function hostOf(url: string | null | undefined): string {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const LIST_TAGS = new Set(['ul', 'ol']);

function isOwnSiteLinkList(list: Element, host: string, facts: TreeFacts): boolean {
  const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
  if (items.length < MIN_ITEMS) return false;
  let own = 0;
  for (const li of items) {
    let link: Element | null = null;
    for (let node = li.firstElementChild; node && !link; node = nextInTree(node, li)) if (tagOf(node) === 'a' && node.hasAttribute('href')) link = node;
    if (!link || facts.wordCount(li) > MAX_ITEM_WORDS) return false;
    if (hostOf(link.getAttribute('href')) === host) own++;
  }
  return own / items.length >= OWN_SITE_SHARE;
}

/** True when a leaf block after `list` (in document order, outside it) holds prose. */
function proseFollows(list: Element, facts: TreeFacts): boolean {
  for (let node = nextAfterSubtree(list, facts.root); node; node = nextInTree(node, facts.root)) {
    if (facts.isLeafBlock(node) && facts.wordCount(node) >= PROSE_WORDS) return true;
  }
  return false;
}

/** Removes link lists to the page's own site that close the article (no prose follows them). */
export function removeTrailingLinkLists(facts: TreeFacts, metadata: PageMetadata): void {
  const host = hostOf(metadata.canonicalUrl);
  if (!host) return;
  // Outermost lists only (a list inside another list is part of it), last first.
  const lists = descendantsWithTag(facts.root, LIST_TAGS).filter((l) => !(l.parentElement && closestTag(l.parentElement, LIST_TAGS)));
  for (const list of lists.reverse()) {
    if (proseFollows(list, facts)) break;
    if (isOwnSiteLinkList(list, host, facts)) facts.remove(list);
  }
}
