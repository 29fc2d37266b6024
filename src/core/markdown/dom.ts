// Small DOM helpers that work the same under browsers, jsdom and linkedom (no layout, no globals).
import { classAttribute } from '../class-attribute';

/** Node type numbers, so no `Node` global is needed (linkedom nodes run without one). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Elements turndown treats as blocks, plus the few void elements that end a line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'AUDIO', 'BLOCKQUOTE', 'BODY', 'CANVAS', 'CENTER', 'DD', 'DETAILS', 'DIR', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'FRAMESET', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'NOFRAMES', 'NOSCRIPT', 'OL', 'OUTPUT', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'VIDEO', 'IFRAME',
]);

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE);
}

export function isBlockElement(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.nodeName.toUpperCase());
}

/** The class attribute as a string (SVG elements have an SVGAnimatedString `className`). */
export function classOf(el: Element): string {
  return classAttribute(el) ?? '';
}

export function hasClassMatching(el: Element, pattern: RegExp): boolean {
  const cls = classAttribute(el);
  return !!cls && pattern.test(cls);
}

export function tagIs(node: Node | null | undefined, ...tags: string[]): boolean {
  return !!node && isElement(node) && tags.includes(node.nodeName.toUpperCase());
}

/** The nearest ancestor (or the node itself) with one of the tag names, stopping at `stop`. */
export function closestTag(node: Node, tags: readonly string[], stop?: Node | null): Element | null {
  for (let cur: Node | null = node; cur && cur !== stop; cur = cur.parentNode) {
    if (isElement(cur) && tags.includes(cur.nodeName.toUpperCase())) return cur;
  }
  return null;
}

/** Replaces `el` by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/**
 * Every element under `root`, in document order. One universal query is far cheaper under linkedom than several
 * specific selectors, so the preparation steps share this list and filter it in plain code.
 */
export function allElements(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

/** Whether `node` is still under `root` (an earlier step may have replaced one of its ancestors). */
export function isInside(node: Node, root: ParentNode): boolean {
  for (let cur: Node | null = node.parentNode; cur; cur = cur.parentNode) {
    if (cur === (root as unknown as Node)) return true;
  }
  return false;
}

export function tagName(el: Element): string {
  return el.nodeName.toUpperCase();
}

/** The document that owns `node` (a Document is its own owner). */
export function ownerDocumentOf(node: Node): Document {
  return (node.nodeType === 9 ? node : node.ownerDocument) as Document;
}

/**
 * The base URL of the document the node came from, when it is a usable absolute http(s) URL: the <base> in <head>
 * (resolved against the document's URL), else the document's URL. `document.baseURI` is not read: linkedom
 * computes it with a search of the whole document, which costs more than a small conversion.
 */
export function baseUrlOf(node: Node): string | undefined {
  const doc = ownerDocumentOf(node);
  let url: string | undefined;
  try {
    url = doc.URL;
  } catch {
    // Some DOM implementations have no document URL; a <base> may still say it.
  }
  const web = (value: string | undefined): string | undefined => (value && /^https?:\/\//i.test(value) ? value : undefined);
  let base: string | undefined;
  try {
    // linkedom's `head` getter throws when the document has no root element (Readability can leave it so).
    const head = doc.documentElement ? doc.head : null;
    base = head?.querySelector('base[href]')?.getAttribute('href')?.trim();
  } catch {
    // A DOM without a usable <head>: the document's URL is used alone.
  }
  if (base) {
    if (web(base)) return base;
    if (web(url)) {
      try {
        return new URL(base, url).href;
      } catch {
        // An unusable <base>: fall back to the document's URL.
      }
    }
  }
  return web(url);
}
