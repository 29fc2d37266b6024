// Tells whether an element sits in page furniture (comments, related links, footers, sidebars) rather than the article.
import { classAttribute } from '../../class-attribute';

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
  const cls = classAttribute(el);
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

/**
 * isInPageChrome that remembers its answer for every element it passes on the way up, so that asking about many
 * elements of one part of the page (a comment list's dates) walks each ancestor once. For a document that does not
 * change meanwhile.
 */
export function pageChromeTest(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const inChrome = (el: Element): boolean => {
    let answer = known.get(el);
    if (answer === undefined) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'body' || tag === 'html') answer = false;
      else if (tag !== 'main' && tag !== 'article' && isChromeElement(el, tag)) answer = true;
      else answer = el.parentElement ? inChrome(el.parentElement) : false;
      known.set(el, answer);
    }
    return answer;
  };
  return inChrome;
}
