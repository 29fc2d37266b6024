// Widget labels on the whole page ("Video", "Close", "Image 1 of 23", the page's own address, "© 2019 Publisher"), removed before image blocks are shielded.
import { inDataTable, leafBlocks, textOf, wordCount } from './blocks';
import { isOwnAddress, JUNK_LABEL } from './promos';

/** "© 2019 Hearst Communications, Inc.": the site's notice (a "© Jane Doe" photo credit is a caption, kept). */
const SITE_COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\b/i;
const MAX_SITE_COPYRIGHT_WORDS = 8;
const INLINE_LABELS = 'span, a, button, em, strong, small, b, i';
const BLOCK_ANCESTOR = 'p, div, section, article, aside, header, footer, li, figure, figcaption, td, th, h1, h2, h3, h4, h5, h6';

function canonicalOf(doc: Document): string | undefined {
  const link = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url" i]')?.getAttribute('content');
  return link || og || undefined;
}

function isWidgetLabel(text: string, canonicalUrl: string | undefined): boolean {
  if (!text) return false;
  if (JUNK_LABEL.test(text) || isOwnAddress(text, { title: '', authors: [], canonicalUrl })) return true;
  return wordCount(text) <= MAX_SITE_COPYRIGHT_WORDS && SITE_COPYRIGHT.test(text);
}

/**
 * Removes blocks whose whole text is a widget label, and label-only inline elements that stand alone in their block
 * or sit next to a picture (a gallery's "Close", a player's "Video"); a word inside a sentence is never touched.
 */
export function removeWidgetLabels(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const canonicalUrl = canonicalOf(doc);
  for (const block of leafBlocks(body)) {
    // The label test first: it fails for almost every block, and the tests are read-only (their order is free).
    if (isWidgetLabel(textOf(block), canonicalUrl) && body.contains(block) && !inDataTable(block)) block.remove();
  }
  for (const el of Array.from(body.querySelectorAll(INLINE_LABELS))) {
    const text = textOf(el);
    if (!isWidgetLabel(text, canonicalUrl)) continue;
    if (!body.contains(el) || el.querySelector('img, picture, video, svg')) continue;
    const block = el.parentElement?.closest(BLOCK_ANCESTOR);
    const alone = !block || textOf(block) === text;
    const besidePicture = !!el.parentElement?.querySelector('img, picture, video');
    if ((alone || besidePicture) && !(block && inDataTable(block))) el.remove();
  }
}
