// Small DOM helpers that work the same under browsers, jsdom and linkedom (no layout, no globals).

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
  return el.getAttribute('class') ?? '';
}

export function hasClassMatching(el: Element, pattern: RegExp): boolean {
  const cls = el.getAttribute('class');
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

/** Every element under `root` (document order), without relying on TreeWalker (linkedom lacks a full one). */
export function allElements(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*'));
}

/** The document that owns `node` (a Document is its own owner). */
export function ownerDocumentOf(node: Node): Document {
  return (node.nodeType === 9 ? node : node.ownerDocument) as Document;
}

/** The base URL of the document the node came from, when it is a usable absolute http(s) URL. */
export function baseUrlOf(node: Node): string | undefined {
  const doc = ownerDocumentOf(node);
  const candidates: Array<string | null | undefined> = [];
  try {
    candidates.push(doc.baseURI);
  } catch {
    // linkedom throws or returns null here; the <base> element and URL below still work.
  }
  candidates.push(doc.querySelector?.('base[href]')?.getAttribute('href'));
  try {
    candidates.push(doc.URL);
  } catch {
    // Not every DOM implementation has document.URL.
  }
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c)) return c;
  }
  return undefined;
}
