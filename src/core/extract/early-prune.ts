// Removes what can never be article content before Readability walks the page: big subtrees (speed) and always-noise.

/** Elements that are never article text, whatever Readability would score: gone before the walk instead of during it. */
const NEVER_ARTICLE_TAGS = new Set(['style', 'template', 'link']);

/** Page landmarks (site header, footer, sidebars, navigation) that hold no article when they sit outside it. */
const LANDMARK_TAGS = new Set(['header', 'footer', 'aside', 'nav']);
const LANDMARK_ROLES = new Set(['banner', 'contentinfo', 'complementary', 'navigation']);

/** What marks the article itself: a landmark around (or inside) one of these is not pruned. */
const ARTICLE_TAGS = new Set(['article', 'main', 'h1']);
const ARTICLE_ROLES = new Set(['main', 'article']);

/** A header may hold the headline, the lead photo or the standfirst: only one without any of them is furniture. */
const HEADER_KEEPS = new Set(['img', 'picture', 'figure', 'video', 'p']);

/** True for an element that is never article text (JSON-LD stays: it is data about the article, for whoever reads it). */
function isNeverArticle(el: Element, tag: string): boolean {
  if (NEVER_ARTICLE_TAGS.has(tag) || el.hasAttribute('hidden')) return true;
  return tag === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json';
}

function isArticleMarker(el: Element, tag: string): boolean {
  if (ARTICLE_TAGS.has(tag) || ARTICLE_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const itemprop = el.getAttribute('itemprop');
  return !!itemprop && /(?:^|\s)(?:articleBody|text)(?:\s|$)/.test(itemprop);
}

/** What a walked subtree holds, for the decision about the landmark around it. */
interface Found {
  marker: boolean;
  headerKeep: boolean;
}

/**
 * One post-order walk (no selector engine: matching selectors over a big page costs more than the pruning saves).
 * Returns what the subtree under `el` still holds after pruning.
 */
function walk(el: Element, inArticle: boolean): Found {
  const found: Found = { marker: false, headerKeep: false };
  let child = el.firstElementChild;
  while (child) {
    const next = child.nextElementSibling;
    const tag = child.tagName.toLowerCase();
    if (isNeverArticle(child, tag)) {
      child.remove();
      child = next;
      continue;
    }
    const marker = isArticleMarker(child, tag);
    const inner = walk(child, inArticle || marker);
    const role = child.getAttribute('role') ?? '';
    const landmark = LANDMARK_TAGS.has(tag) || LANDMARK_ROLES.has(role);
    const isHeader = tag === 'header' || role === 'banner';
    if (landmark && !inArticle && !marker && !inner.marker && !(isHeader && inner.headerKeep)) {
      child.remove();
    } else {
      found.marker ||= marker || inner.marker;
      found.headerKeep ||= HEADER_KEEPS.has(tag) || inner.headerKeep;
    }
    child = next;
  }
  return found;
}

/**
 * Removes scripts, styles, templates, stylesheets, [hidden] elements, and page landmarks that are outside the
 * article and contain no part of it. Mutates `doc`: call on the clone, after metadata, lazy images and the lead figure
 * have been read from it. Never removes <body> or <html>.
 */
export function pruneNeverArticle(doc: Document): void {
  if (doc.body) walk(doc.body, false);
}

/** Roles whose element is never article text, wherever it sits. */
const NOISE_ROLES = new Set(['complementary', 'navigation']);
/** Tags that are never article text, wherever they sit (what lazy images needed from <noscript> was taken before). */
const NOISE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav']);
/** Hidden from assistive technology but still content: the article's pictures. */
const ARIA_HIDDEN_KEEPS = new Set(['img', 'picture', 'svg']);

function isAlwaysNoise(el: Element): boolean {
  const tag = el.localName;
  if (NOISE_TAGS.has(tag) || NOISE_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !ARIA_HIDDEN_KEEPS.has(tag)) return true;
  return tag === 'iframe' && (el.getAttribute('src') ?? '').includes('facebook.com/plugins');
}

/**
 * Removes, anywhere under `doc`, elements that are never article text: scripts, styles, <noscript>, templates,
 * navigation, complementary regions, Facebook plugin frames, and aria-hidden elements other than pictures. Never
 * removes <html> or <body>. One walk of the tree, no selector engine.
 */
export function removeAlwaysNoise(doc: Document): void {
  const walk = (el: Element): void => {
    let child = el.firstElementChild;
    while (child) {
      const next = child.nextElementSibling;
      if (isAlwaysNoise(child) && child !== doc.body) child.remove();
      else walk(child);
      child = next;
    }
  };
  if (doc.documentElement) walk(doc.documentElement);
}
