// Tells whether an element sits in page furniture (comments, related links, footers, sidebars) rather than the article.
import { classOf } from './page-index';

// Checked by hand, not with Element.matches: this runs for every ancestor of many candidates, and a 16-part selector
// list is slow to match in DOM implementations without a native selector engine.
const CHROME_TAGS = new Set(['footer', 'aside', 'nav']);
const CHROME_ROLES = new Set(['complementary', 'contentinfo', 'navigation']);
/** Substrings (case-insensitive) of the class attribute that mark chrome. */
const CHROME_CLASS_PARTS = ['comment', 'related', 'recommend', 'sidebar', 'newsletter', 'footer'];
/** Substrings (case-insensitive) of the id attribute that mark chrome. */
const CHROME_ID_PARTS = ['comment', 'related', 'sidebar', 'footer'];

/** True when `el` itself is page chrome by tag, role, class or id. */
function isChromeElement(el: Element, tag: string): boolean {
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  const cls = classOf(el);
  if (cls) {
    const lower = cls.toLowerCase();
    if (CHROME_CLASS_PARTS.some((part) => lower.includes(part))) return true;
  }
  const id = el.getAttribute('id');
  if (id) {
    const lower = id.toLowerCase();
    if (CHROME_ID_PARTS.some((part) => lower.includes(part))) return true;
  }
  return false;
}

/** True when `el` is inside comments, related-article lists, sidebars, navigation or the page footer. */
export function isInPageChrome(el: Element): boolean {
  // Walk up by hand: <body class="has-comments"> or <article class="commentary"> must not make the whole page chrome.
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html') return false;
    if (tag !== 'main' && tag !== 'article' && isChromeElement(node, tag)) return true;
  }
  return false;
}
