// Hand-written tree walks for the cleanup steps, which test only tag names: a selector query runs a selector engine over the subtree on every call.

/**
 * The element's tag name as selectors match it in an HTML document: its local name, lower case ("div"). Read off
 * `localName`, a plain field in every DOM (`tagName` is upper-cased on each read).
 */
export function tagOf(el: Element): string {
  return el.localName;
}

/** The element after `el` in document order inside `root`'s subtree (descending into `el`), or null at the end. */
export function nextInTree(el: Element, root: Element): Element | null {
  return el.firstElementChild ?? nextAfterSubtree(el, root);
}

/** The first element after `el`'s subtree in document order inside `root`'s subtree, or null. */
export function nextAfterSubtree(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const sibling = node.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** True when an element below `el` (not `el` itself) passes `test`, as `el.querySelector(…) !== null`. */
export function someDescendant(el: Element, test: (node: Element) => boolean): boolean {
  for (let node = el.firstElementChild; node; node = nextInTree(node, el)) if (test(node)) return true;
  return false;
}

/** True when an element below `el` has one of `tags`. */
export function hasDescendantTag(el: Element, tags: ReadonlySet<string>): boolean {
  return someDescendant(el, (node) => tags.has(tagOf(node)));
}

/** The elements below `root` with one of `tags`, in document order, as `root.querySelectorAll(…)`. */
export function descendantsWithTag(root: Element, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (let node = root.firstElementChild; node; node = nextInTree(node, root)) if (tags.has(tagOf(node))) out.push(node);
  return out;
}

/** `el` or its nearest ancestor with one of `tags`, as `el.closest(…)` (up to the top of the tree, past any root). */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (tags.has(tagOf(node))) return node;
  return null;
}

/**
 * Negative when `a` comes before `b` in document order, positive when after, 0 when they are the same node; an ancestor
 * comes before its descendants. For nodes of one tree (unrelated trees compare as equal). Read off the ancestor chains:
 * linkedom's compareDocumentPosition is wrong for nodes at different depths.
 */
export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const upA: Node[] = [];
  for (let node: Node | null = a; node; node = node.parentNode) upA.push(node);
  const upB: Node[] = [];
  for (let node: Node | null = b; node; node = node.parentNode) upB.push(node);
  let i = upA.length - 1;
  let j = upB.length - 1;
  if (upA[i] !== upB[j]) return 0;
  while (i >= 0 && j >= 0 && upA[i] === upB[j]) {
    i--;
    j--;
  }
  // One is an ancestor of the other.
  if (i < 0) return -1;
  if (j < 0) return 1;
  // upA[i] and upB[j] are siblings.
  for (let node = upA[i].nextSibling; node; node = node.nextSibling) if (node === upB[j]) return -1;
  return 1;
}

/** JavaScript's `\s` set (what `/\s+/` collapses and `trim()` strips). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `text.trim().length`, without building the trimmed copy. */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** The node after `node` in document order inside `root`'s subtree (descending into `node`), or null at the end. */
function nextNodeInTree(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let up: Node | null = node; up && up !== root; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

/** Kana, CJK ideographs (with extension A and the compatibility block) and Hangul: counted twice in weighted lengths. */
function isWeightedCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * A running count of what `text.replace(/\s+/g, ' ').trim()` keeps of a text read piece by piece (`add`), without
 * building it; with `weighCjk`, each CJK character counts twice.
 */
export class CollapsedLength {
  length = 0;
  private pendingSpace = false;

  constructor(private readonly weighCjk = false) {}

  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Printable ASCII first: by far the most common, and never a space.
      if ((code > 0x20 && code < 0x7f) || !isSpace(code)) {
        this.length += (this.pendingSpace ? 2 : 1) + (this.weighCjk && isWeightedCjk(code) ? 1 : 0);
        this.pendingSpace = false;
      } else {
        this.pendingSpace = this.length > 0;
      }
    }
  }
}

/**
 * The length of `node`'s text with whitespace runs collapsed and the ends trimmed (`textContent.replace(/\s+/g, ' ')
 * .trim().length`), read text node by text node and given up once past `limit`: then a number above `limit` (and at
 * most the full length) comes back. Deciding "more than N characters?" this way never builds the text of a large subtree.
 */
export function textLengthUpTo(node: Node, limit: number): number {
  const count = new CollapsedLength();
  readTextUnder(node, (text) => {
    count.add(text);
    return count.length > limit;
  });
  return count.length;
}

/**
 * Hands `read` the text of each text and CDATA node under `node` in document order (the pieces `textContent` joins),
 * until it returns true.
 */
function readTextUnder(node: Node, read: (text: string) => boolean): void {
  for (let child: Node | null = node.firstChild; child; child = nextNodeInTree(child, node)) {
    const type = child.nodeType;
    if ((type === 3 || type === 4) && read((child as CharacterData).data)) return;
  }
}

/**
 * How many white-space separated tokens of `node`'s text (`textContent`) hold an ASCII letter or digit, counted text
 * node by text node and given up once past `limit` (then `limit + 1`). Every such token holds at least one word of
 * any word count that splits at white space, so "more than N of them" proves "more than N words" without building the
 * text: a long block is ruled out within its first words.
 */
export function alphanumericTokensUpTo(node: Node, limit: number): number {
  let tokens = 0;
  let inToken = false;
  let counted = false;
  readTextUnder(node, (text) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        inToken = false;
        continue;
      }
      if (!inToken) counted = false;
      inToken = true;
      const alphanumeric = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
      if (alphanumeric && !counted) {
        counted = true;
        if (++tokens > limit) return true;
      }
    }
    return false;
  });
  return tokens;
}

/**
 * Calls `visit` for every element below `root` in document order (and the root element itself when `root` is a
 * Document), as iterating `root.querySelectorAll('*')` would, without a selector engine or an array of them all.
 * `visit` may change attributes, not the tree.
 */
export function forEachElementUnder(root: Element | Document, visit: (el: Element) => void): void {
  const top = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!top) return;
  if (top !== root) visit(top);
  for (let node = top.firstElementChild; node; node = nextInTree(node, top)) visit(node);
}
