// Prose: text a reader reads as the article's, outside links, form controls, navigation and scripts; measured per element.
import { trimmedLength } from './tree-walk';

/**
 * Text inside these is never article prose: it must not pull the region towards navigation, form controls or scripts.
 * A <form> itself counts: ASP.NET pages wrap the whole page in one.
 */
const NON_PROSE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'a', 'button', 'select', 'option', 'textarea', 'label',
  'nav', 'header', 'footer', 'aside', 'iframe', 'object',
]);

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

/**
 * The walk behind both measures: returns the prose under `el` (when `counts`: `el` is, or is inside, the element being
 * measured and may hold prose), recording it in `prose`. With `visit`, every element is visited in document order and
 * text nodes are read only where they count (element links elsewhere, which a browser walks without touching text
 * nodes); without, subtrees that cannot hold prose are skipped. `body` is where counting starts in a whole-document walk.
 * Text inside NON_PROSE_TAGS and hidden elements is never prose.
 */
function proseWalk(prose: ProseMap, body: Element | undefined, visit?: ElementVisitor): (el: Element, counts: boolean) => number {
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
    let chars = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        chars += trimmedLength((node as Text).data);
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const childTag = child.localName;
        const childAttributes = child.hasAttributes();
        if (!NON_PROSE_TAGS.has(childTag) && !(childAttributes && isHidden(child))) chars += walk(child, childTag, childAttributes, true);
        else if (visit) walk(child, childTag, childAttributes, false);
      }
    }
    if (chars) prose.set(el, chars);
    return chars;
  };
  return (el, counts) => walk(el, el.localName, el.hasAttributes(), counts);
}

/**
 * Characters of prose under each element of `root`'s subtree (trimmed text outside links, form controls, navigation,
 * scripts and hidden elements), in one walk. Only elements that hold some prose get an entry.
 */
export function measureProse(root: Element): ProseMap {
  const prose: ProseMap = new Map();
  proseWalk(prose, root)(root, true);
  return prose;
}

/**
 * Calls `visit` on every element of `doc` in document order and, on the same walk, measures the prose of `body` (the
 * document's <body>) into `prose`, as measureProse(body) would.
 */
export function visitMeasuringProse(doc: Document, body: Element | undefined, prose: ProseMap, visit: ElementVisitor): void {
  const walk = proseWalk(prose, body, visit);
  for (let root = doc.firstElementChild; root; root = root.nextElementSibling) walk(root, root === body);
}
