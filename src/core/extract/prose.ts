// Prose: text a reader reads as the article's, outside links, form controls, navigation, scripts and the parts named as
// sidebars, comment threads or dialogs; measured per element.
import { hasOwnClassWord } from './boilerplate/blocks';
import { trimmedLength } from './tree-walk';

/**
 * Text inside these is never article prose: it must not pull the region towards navigation, form controls or scripts.
 * A <form> itself counts: ASP.NET pages wrap the whole page in one.
 */
const NON_PROSE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'a', 'button', 'select', 'option', 'textarea', 'label',
  'nav', 'header', 'footer', 'aside', 'iframe', 'object',
]);

/** Roles of page parts that hold text but never the article's: sidebars, navigation, the site footer, dialogs. */
const OFF_ARTICLE_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'dialog', 'alertdialog']);
/** Class/id words naming such parts: comment threads, sidebars, pop-ups and cookie notices, related links, footers. */
const OFF_ARTICLE_WORDS = new Set([
  'comments', 'comment', 'commentlist', 'disqus', 'sidebar', 'modal', 'popup', 'cookie', 'cookies', 'consent', 'gdpr',
  'newsletter', 'related', 'footer',
]);
/** Named so, but the article itself when they are: never discounted. */
const ARTICLE_TAGS = new Set(['main', 'article']);

/** True when `el` (with attributes) is, by its role or its class or id, a part of the page that is not the article. */
function isNamedOffArticle(el: Element, tag: string): boolean {
  if (ARTICLE_TAGS.has(tag)) return false;
  const role = el.getAttribute('role');
  if (role !== null && OFF_ARTICLE_ROLES.has(role)) return true;
  return el.getAttribute('aria-modal') === 'true' || hasOwnClassWord(el, OFF_ARTICLE_WORDS);
}

/** `hidden`, or an inline `display: none` (for an element with attributes). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none/i.test(style);
}

/** Characters of prose under each element that holds some. */
export type ProseMap = Map<Element, number>;

/**
 * Sees an element of the walk: its tag (`localName`) and whether it has attributes (`hasAttributes()`), read once for
 * both the prose measure and the visitor.
 */
export type ElementVisitor = (el: Element, tag: string, hasAttributes: boolean) => void;

/** What the walk notes besides the prose, for discounting the named parts that are not the article. */
interface OffArticleNotes {
  /** Elements that isNamedOffArticle and hold prose, with that prose; children before their parents (post-order). */
  named: Array<{ el: Element; chars: number }>;
  /** The element with the most prose directly inside it (in its own text nodes): as a rule, a paragraph of the article. */
  densest?: Element;
  densestChars: number;
}

/**
 * The walk behind both measures: returns the prose under `el` (when `counts`: `el` is, or is inside, the element being
 * measured and may hold prose), recording it in `prose`. With `visit`, every element is visited in document order and
 * text nodes are read only where they count (element links elsewhere, which a browser walks without touching text
 * nodes); without, subtrees that cannot hold prose are skipped. `body` is where counting starts in a whole-document walk.
 * Text inside NON_PROSE_TAGS and hidden elements is never prose. `notes` gets what discountOffArticle needs afterwards.
 */
function proseWalk(
  prose: ProseMap,
  notes: OffArticleNotes,
  body: Element | undefined,
  visit?: ElementVisitor,
): (el: Element, counts: boolean) => number {
  const walk = (el: Element, tag: string, attributes: boolean, counts: boolean): number => {
    visit?.(el, tag, attributes);
    if (!counts) {
      if (visit) {
        for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
          walk(child, child.localName, child.hasAttributes(), child === body);
        }
      }
      return 0;
    }
    let own = 0;
    let below = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        own += trimmedLength((node as Text).data);
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const childTag = child.localName;
        const childAttributes = child.hasAttributes();
        if (!NON_PROSE_TAGS.has(childTag) && !(childAttributes && isHidden(child))) below += walk(child, childTag, childAttributes, true);
        else if (visit) walk(child, childTag, childAttributes, false);
      }
    }
    if (own > notes.densestChars) {
      notes.densestChars = own;
      notes.densest = el;
    }
    const chars = own + below;
    if (chars) {
      prose.set(el, chars);
      if (attributes && el !== body && isNamedOffArticle(el, tag)) notes.named.push({ el, chars });
    }
    return chars;
  };
  return (el, counts) => walk(el, el.localName, el.hasAttributes(), counts);
}

/**
 * Takes the prose of the named off-article parts (comment threads, sidebars, cookie dialogs…) out of `prose`: their
 * entries go and their ancestors' shrink, so the region is found among the article's prose, not beside a sidebar that
 * holds a third of the page's text. A part with half the page's prose or more, or with the page's densest prose, may
 * be the article's own wrapper whatever its name ("content-with-sidebar", "l-sidebar-fixed"): it counts in full.
 * Parts inside a discounted part are already out.
 */
function discountOffArticle(prose: ProseMap, notes: OffArticleNotes, body: Element): void {
  const total = prose.get(body) ?? 0;
  const gone = new Set<Element>();
  // Reversed post-order: a part comes before the parts inside it.
  for (let i = notes.named.length - 1; i >= 0; i--) {
    const { el, chars } = notes.named[i];
    if (chars * 2 >= total || (notes.densest && el.contains(notes.densest))) continue;
    let inGone = false;
    for (let up = el.parentElement; up && up !== body && !inGone; up = up.parentElement) inGone = gone.has(up);
    if (inGone) continue;
    gone.add(el);
    prose.delete(el);
    for (let up = el.parentElement; up; up = up.parentElement) {
      const left = (prose.get(up) ?? 0) - chars;
      if (left > 0) prose.set(up, left);
      else prose.delete(up);
      if (up === body) break;
    }
  }
}

/**
 * Characters of article prose under each element of `root`'s subtree (trimmed text outside links, form controls,
 * navigation, scripts, hidden elements and named off-article parts), in one walk. Only elements that hold some prose
 * get an entry.
 */
export function measureProse(root: Element): ProseMap {
  const prose: ProseMap = new Map();
  const notes: OffArticleNotes = { named: [], densestChars: 0 };
  proseWalk(prose, notes, root)(root, true);
  discountOffArticle(prose, notes, root);
  return prose;
}

/**
 * Calls `visit` on every element of `doc` in document order and, on the same walk, measures the prose of `body` (the
 * document's <body>) into `prose`, as measureProse(body) would.
 */
export function visitMeasuringProse(doc: Document, body: Element | undefined, prose: ProseMap, visit: ElementVisitor): void {
  const notes: OffArticleNotes = { named: [], densestChars: 0 };
  const walk = proseWalk(prose, notes, body, visit);
  for (let root = doc.firstElementChild; root; root = root.nextElementSibling) walk(root, root === body);
  if (body) discountOffArticle(prose, notes, body);
}
