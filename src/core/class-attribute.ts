// Reads an element's class attribute the way that is cheap in each DOM the core runs on.

/** The page's own Element class when the core runs in a browser (content script, bench page); undefined in Node. */
const BROWSER_ELEMENT: typeof Element | undefined = typeof Element === 'function' ? Element : undefined;

/**
 * The class attribute as written, or null, read the way that is cheap in the DOM at hand: a browser returns an
 * attribute's value directly but builds an Attr object on the first getAttributeNode call, while linkedom rebuilds
 * `getAttribute('class')` from a token list on every call (and collapses repeated names) but keeps Attr nodes.
 */
export function classAttribute(el: Element): string | null {
  if (BROWSER_ELEMENT && el instanceof BROWSER_ELEMENT) return el.getAttribute('class');
  return el.getAttributeNode('class')?.value ?? null;
}
