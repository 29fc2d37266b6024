// Lists of links to the site's other stories at the end of the article ("More great stories" without their label).
import type { PageMetadata } from '../../types';
import { leafBlocks, textOf, wordCount } from './blocks';

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

function isOwnSiteLinkList(list: Element, host: string): boolean {
  const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
  if (items.length < MIN_ITEMS) return false;
  let own = 0;
  for (const li of items) {
    const link = li.querySelector('a[href]');
    if (!link || wordCount(textOf(li)) > MAX_ITEM_WORDS) return false;
    if (hostOf(link.getAttribute('href')) === host) own++;
  }
  return own / items.length >= OWN_SITE_SHARE;
}

/** Removes link lists to the page's own site that close the article (no prose follows them). */
export function removeTrailingLinkLists(root: Element, metadata: PageMetadata): void {
  const host = hostOf(metadata.canonicalUrl);
  if (!host) return;
  const lists = Array.from(root.querySelectorAll('ul, ol')).filter((l) => !l.parentElement?.closest('ul, ol'));
  for (const list of lists.reverse()) {
    const after = leafBlocks(root).filter((b) => (list.compareDocumentPosition(b) & 4) !== 0 && !list.contains(b));
    if (after.some((b) => wordCount(textOf(b)) >= PROSE_WORDS)) break;
    if (isOwnSiteLinkList(list, host)) list.remove();
  }
}
