// Prose: text a reader reads as the article's, outside links, form controls, navigation and scripts; measured per element.

/**
 * Text inside these is never article prose: it must not pull the region towards navigation, form controls or scripts.
 * A <form> itself counts: ASP.NET pages wrap the whole page in one.
 */
const NON_PROSE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'a', 'button', 'select', 'option', 'textarea', 'label',
  'nav', 'header', 'footer', 'aside', 'iframe', 'object',
]);

/** `hidden`, or an inline `display: none`. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none/i.test(style);
}

/** True when text inside `el` can be prose: it is not one of NON_PROSE_TAGS and is not hidden. */
export function mayHoldProse(el: Element): boolean {
  return !NON_PROSE_TAGS.has(el.localName) && !isHidden(el);
}

/** Characters of prose under each element that holds some. */
export type ProseMap = Map<Element, number>;

/**
 * The walk behind both measures: returns the prose under `el` (when `counts`: `el` is, or is inside, the element being
 * measured and may hold prose), recording it in `prose`. With `visit`, every element is visited in document order and
 * text nodes are read only where they count (element links elsewhere, which a browser walks without touching text
 * nodes); without, subtrees that cannot hold prose are skipped. `body` is where counting starts in a whole-document walk.
 */
function proseWalk(prose: ProseMap, body: Element | undefined, visit?: (el: Element) => void): (el: Element, counts: boolean) => number {
  const walk = (el: Element, counts: boolean): number => {
    visit?.(el);
    if (!counts) {
      if (visit) for (let child = el.firstElementChild; child; child = child.nextElementSibling) walk(child, child === body);
      return 0;
    }
    let chars = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        chars += (node as Text).data.trim().length;
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const childCounts = mayHoldProse(child);
        if (childCounts) chars += walk(child, true);
        else if (visit) walk(child, false);
      }
    }
    if (chars) prose.set(el, chars);
    return chars;
  };
  return walk;
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
export function visitMeasuringProse(doc: Document, body: Element | undefined, prose: ProseMap, visit: (el: Element) => void): void {
  const walk = proseWalk(prose, body, visit);
  for (let root = doc.firstElementChild; root; root = root.nextElementSibling) walk(root, root === body);
}
