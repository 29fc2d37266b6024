// Removes big subtrees that can never be article content before preClean and Readability walk the page (speed only).

/** Never article text, whatever Readability would score: gone before the walk instead of during it. */
const NEVER_ARTICLE = [
  // JSON-LD stays: Readability reads it for the title and byline.
  'script:not([type="application/ld+json" i])',
  'style',
  'template',
  'link',
  '[hidden]',
].join(', ');

/** Page landmarks (site header, footer, sidebars, navigation) that hold no article when they sit outside it. */
const LANDMARKS = 'header, footer, aside, nav, [role="banner"], [role="contentinfo"], [role="complementary"], [role="navigation"]';

/** What marks the article itself: a landmark around (or inside) one of these is not pruned. */
const ARTICLE_MARKERS = 'article, main, h1, [role="main"], [role="article"], [itemprop~="articleBody"], [itemprop~="text"]';

/** A header may hold the headline, the lead photo or the standfirst: only one without any of them is furniture. */
const HEADER_KEEPS = 'img, picture, figure, video, p';

/** True when `el` sits inside the article (an <article>, <main> or the like): landmarks there belong to the story. */
function insideArticle(el: Element): boolean {
  return !!el.parentElement?.closest(ARTICLE_MARKERS);
}

/**
 * Removes scripts, styles, templates, stylesheets, [hidden] elements, and page landmarks that are outside the
 * article and contain no part of it. Mutates `doc`: call on the clone, after metadata, lazy images and the lead figure
 * have been read from it. Never removes <body> or <html>.
 */
export function pruneNeverArticle(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(NEVER_ARTICLE))) {
    // A hidden element that was removed with its removed ancestor is simply removed again: harmless.
    if (el !== body) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll(LANDMARKS))) {
    if (!el.isConnected || el === body) continue;
    if (insideArticle(el) || el.querySelector(ARTICLE_MARKERS)) continue;
    const tag = el.tagName.toLowerCase();
    if ((tag === 'header' || el.getAttribute('role') === 'banner') && el.querySelector(HEADER_KEEPS)) continue;
    el.remove();
  }
}
