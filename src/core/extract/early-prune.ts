// The first cleanup of a copy, in one walk: what is never article text, landmarks outside the article, always-noise.
import { LAZY_FRAME_TAGS } from './lazy-images';
import { tagOf } from './tree-walk';

/** Elements that are never article text, whatever Readability would score: gone before the walk instead of during it. */
const NEVER_ARTICLE_TAGS = new Set(['script', 'style', 'template', 'link']);

/** Page landmarks (site header, footer, sidebars, navigation) that hold no article when they sit outside it. */
const LANDMARK_TAGS = new Set(['header', 'footer', 'aside', 'nav']);
const LANDMARK_ROLES = new Set(['banner', 'contentinfo', 'complementary', 'navigation']);

/** What marks the article itself: a landmark around (or inside) one of these is not pruned. */
const ARTICLE_TAGS = new Set(['article', 'main', 'h1']);
const ARTICLE_ROLES = new Set(['main', 'article']);

/** A header may hold the headline, the lead photo or the standfirst: only one without any of them is furniture. */
const HEADER_KEEPS = new Set(['img', 'picture', 'figure', 'video', 'p']);

/** Roles whose element is never article text, wherever it sits. */
const NOISE_ROLES = new Set(['complementary', 'navigation']);
/** Tags that are never article text, wherever they sit (what lazy images needed from <noscript> was taken before). */
const NOISE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav']);
/** Hidden from assistive technology but still content: the article's pictures. */
const ARIA_HIDDEN_KEEPS = new Set(['img', 'picture', 'svg']);

// The tests below take what the walk read once per element: its tag, whether it has attributes at all (most tests
// need one), and its role.

/** True for an element that is never article text: its subtree is not even walked. */
function isNeverArticle(el: Element, tag: string, attributes: boolean): boolean {
  return NEVER_ARTICLE_TAGS.has(tag) || (attributes && el.hasAttribute('hidden'));
}

function isArticleMarker(el: Element, tag: string, attributes: boolean, role: string): boolean {
  if (ARTICLE_TAGS.has(tag) || ARTICLE_ROLES.has(role)) return true;
  const itemprop = attributes && el.getAttribute('itemprop');
  return !!itemprop && /(?:^|\s)(?:articleBody|text)(?:\s|$)/.test(itemprop);
}

/** Scripts, styles, <noscript>, templates, navigation, complementary regions, Facebook plugin frames, aria-hidden non-pictures. */
function isAlwaysNoise(el: Element, tag: string, attributes: boolean, role: string): boolean {
  if (NOISE_TAGS.has(tag) || NOISE_ROLES.has(role)) return true;
  if (!attributes) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !ARIA_HIDDEN_KEEPS.has(tag)) return true;
  return tag === 'iframe' && (el.getAttribute('src') ?? '').includes('facebook.com/plugins');
}

/** The element's role attribute, '' when it has none. */
function roleOf(el: Element, attributes: boolean): string {
  return (attributes && el.getAttribute('role')) || '';
}

export interface CopyPruning {
  /**
   * Article mode: also remove [hidden] elements, scripts, styles, templates and stylesheet links before their subtrees
   * are walked, and the page landmarks (header, footer, aside, nav and their roles) that sit outside the article and
   * hold no part of it.
   */
  outsideArticle: boolean;
  /** Sees every iframe, video and audio in <body> before it is judged: lazy embeds get their real address here. */
  frame?: (frame: Element) => void;
  /**
   * Sees every element of <body> not removed with its subtree, once everything below it is final (named furniture is
   * found here). An ancestor may still be removed afterwards: act on what is still in the page once the walk is done.
   */
  kept?: (el: Element, tag: string, hasAttributes: boolean, articleTagBelow: boolean) => void;
}

/** What a walked subtree holds, for the decisions about the elements around it. */
interface Found {
  /**
   * An article marker or a header's keepable content, counted as the tree was before always-noise went: the landmark
   * verdicts are those of a pruning pass that ran before the noise pass.
   */
  marker: boolean;
  headerKeep: boolean;
  /** An <article>, <main> or <h1> that stays. */
  articleTag: boolean;
}

/**
 * Removes, in one post-order walk of `doc` (no selector engine: matching selectors over a big page costs more than the
 * pruning saves), always-noise anywhere, and with `outsideArticle` what is never article text and the landmarks outside
 * the article. Never removes <html> or <body>. Mutates `doc`: call on a copy, after lazy images have read <noscript>.
 */
export function pruneCopy(doc: Document, pruning: CopyPruning): void {
  const { outsideArticle, frame, kept } = pruning;
  const walk = (el: Element, inArticle: boolean, inBody: boolean): Found => {
    const found: Found = { marker: false, headerKeep: false, articleTag: false };
    const pruning = inBody && outsideArticle;
    let child = el.firstElementChild;
    while (child) {
      const next = child.nextElementSibling;
      const tag = tagOf(child);
      if (inBody && frame && LAZY_FRAME_TAGS.has(tag)) frame(child);
      const attributes = child.hasAttributes();
      const role = roleOf(child, attributes);
      if (!pruning) {
        // Always-noise alone: judged before its subtree, which then need not be walked.
        if (isAlwaysNoise(child, tag, attributes, role)) child.remove();
        else keep(child, tag, attributes, walk(child, inArticle, inBody), found, inBody);
      } else if (isNeverArticle(child, tag, attributes)) {
        child.remove();
      } else {
        const marker = isArticleMarker(child, tag, attributes, role);
        const inner = walk(child, inArticle || marker, inBody);
        const landmark = LANDMARK_TAGS.has(tag) || LANDMARK_ROLES.has(role);
        const isHeader = tag === 'header' || role === 'banner';
        if (landmark && !inArticle && !marker && !inner.marker && !(isHeader && inner.headerKeep)) {
          child.remove();
        } else {
          found.marker ||= marker || inner.marker;
          found.headerKeep ||= HEADER_KEEPS.has(tag) || inner.headerKeep;
          if (isAlwaysNoise(child, tag, attributes, role)) child.remove();
          else keep(child, tag, attributes, inner, found, inBody);
        }
      }
      child = next;
    }
    return found;
  };
  const keep = (child: Element, tag: string, attributes: boolean, inner: Found, found: Found, inBody: boolean): void => {
    found.articleTag ||= ARTICLE_TAGS.has(tag) || inner.articleTag;
    if (inBody) kept?.(child, tag, attributes, inner.articleTag);
  };
  const root = doc.documentElement;
  if (!root) return;
  const body = doc.body;
  for (let top = root.firstElementChild; top; ) {
    const next = top.nextElementSibling;
    const attributes = top.hasAttributes();
    if (top === body) walk(top, false, true);
    else if (isAlwaysNoise(top, tagOf(top), attributes, roleOf(top, attributes))) top.remove();
    else walk(top, false, false);
    top = next;
  }
}
