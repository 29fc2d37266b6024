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
 * Characters of prose under each element of `root`'s subtree (trimmed text outside links, form controls, navigation,
 * scripts and hidden elements), in one walk. Only elements that hold some prose get an entry. The page index
 * (metadata/page-index.ts) measures the same for the page's <body> while it walks the page.
 */
export function measureProse(root: Element): ProseMap {
  const prose = new Map<Element, number>();
  const walk = (el: Element): number => {
    let chars = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        chars += (node as Text).data.trim().length;
      } else if (node.nodeType === 1) {
        const child = node as Element;
        if (mayHoldProse(child)) chars += walk(child);
      }
    }
    if (chars) prose.set(el, chars);
    return chars;
  };
  walk(root);
  return prose;
}

