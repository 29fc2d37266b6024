// Widget labels on the whole page ("Video", "Close", "Image 1 of 23", the page's own address, "© 2019 Publisher"), removed before image blocks are shielded.
import { alphanumericTokensUpTo, closestTag, hasDescendantTag, nextInTree, tagOf } from '../tree-walk';
import { hasTokenIgnoringCase } from '../metadata/attributes';
import { inDataTable, leafBlocks, textOf, wordCount } from './blocks';
import { isOwnAddress, JUNK_LABEL } from './promos';

/** "© 2019 Hearst Communications, Inc.": the site's notice (a "© Jane Doe" photo credit is a caption, kept). */
const SITE_COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\b/i;
const MAX_SITE_COPYRIGHT_WORDS = 8;
const INLINE_LABEL_TAGS = new Set(['span', 'a', 'button', 'em', 'strong', 'small', 'b', 'i']);
const BLOCK_ANCESTOR_TAGS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'li', 'figure', 'figcaption', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const LABEL_MEDIA_TAGS = new Set(['img', 'picture', 'video', 'svg']);
const PICTURE_TAGS = new Set(['img', 'picture', 'video']);

/** True for `<link rel="canonical">` (rel is a token list, compared without case). */
function isCanonicalLink(el: Element): boolean {
  return tagOf(el) === 'link' && hasTokenIgnoringCase(el.getAttribute('rel'), 'canonical');
}

function isOgUrlMeta(el: Element): boolean {
  return tagOf(el) === 'meta' && (el.getAttribute('property') ?? '').toLowerCase() === 'og:url';
}

/** The page's canonical address: the first canonical link's href, else the first og:url (one walk, no selector engine). */
function canonicalOf(doc: Document): string | undefined {
  let link: Element | undefined;
  let og: Element | undefined;
  for (let top = doc.firstElementChild; top && !(link && og); top = top.nextElementSibling) {
    for (let el: Element | null = top; el && !(link && og); el = nextInTree(el, top)) {
      if (!link && isCanonicalLink(el)) link = el;
      else if (!og && isOgUrlMeta(el)) og = el;
    }
  }
  return link?.getAttribute('href') || og?.getAttribute('content') || undefined;
}

function isWidgetLabel(text: string, canonicalUrl: string | undefined): boolean {
  if (!text) return false;
  if (JUNK_LABEL.test(text) || isOwnAddress(text, { title: '', authors: [], canonicalUrl })) return true;
  return SITE_COPYRIGHT.test(text) && wordCount(text) <= MAX_SITE_COPYRIGHT_WORDS;
}

/**
 * The most words a label has: a site's copyright line (the junk labels have at most four, and the page's own address is
 * a single token).
 */
const MAX_LABEL_WORDS = MAX_SITE_COPYRIGHT_WORDS;

/** `isWidgetLabel(textOf(el))`: the element's text when it is a label, undefined otherwise. */
function widgetLabelOf(el: Element, canonicalUrl: string | undefined): string | undefined {
  // Most blocks are prose: more words than any label, told from their first words without building their text.
  if (alphanumericTokensUpTo(el, MAX_LABEL_WORDS) > MAX_LABEL_WORDS) return undefined;
  const text = textOf(el);
  return isWidgetLabel(text, canonicalUrl) ? text : undefined;
}

/**
 * Removes blocks whose whole text is a widget label, and label-only inline elements that stand alone in their block
 * or sit next to a picture (a gallery's "Close", a player's "Video"); a word inside a sentence is never touched.
 * `visit`, when given, sees every element of the body on the walk that finds the blocks, before any is removed.
 */
export function removeWidgetLabels(doc: Document, visit?: (el: Element) => void): void {
  const body = doc.body;
  if (!body) return;
  const canonicalUrl = canonicalOf(doc);
  // The inline elements that may be labels, gathered on the walk that finds the leaf blocks.
  const inline: Element[] = [];
  const blocks = leafBlocks(body, (el) => {
    visit?.(el);
    if (INLINE_LABEL_TAGS.has(tagOf(el))) inline.push(el);
  });
  for (const block of blocks) {
    // The label test first: it fails for almost every block, and the tests are read-only (their order is free).
    if (widgetLabelOf(block, canonicalUrl) !== undefined && body.contains(block) && !inDataTable(block)) block.remove();
  }
  // Inline elements inside a block removed above are skipped by the `contains` test.
  for (const el of inline) {
    const text = widgetLabelOf(el, canonicalUrl);
    if (text === undefined) continue;
    if (!body.contains(el) || hasDescendantTag(el, LABEL_MEDIA_TAGS)) continue;
    const block = el.parentElement && closestTag(el.parentElement, BLOCK_ANCESTOR_TAGS);
    const alone = !block || textOf(block) === text;
    const besidePicture = !!el.parentElement && hasDescendantTag(el.parentElement, PICTURE_TAGS);
    if ((alone || besidePicture) && !(block && inDataTable(block))) el.remove();
  }
}
