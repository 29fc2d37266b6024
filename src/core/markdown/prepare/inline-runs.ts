// Normalises inline formatting so Markdown delimiters never touch: bold inside bold and bare <span>s are unwrapped,
// then touching elements of one kind are joined (<b>a</b><b>b</b>, <code>a</code><code>b</code>).
//
// "**a****b**" or "`a``b`" would be read wrongly: two delimiter runs that touch become one. One element shows the
// same thing, and an inner element of the kind it is already in adds nothing a reader can see.
import { MARK } from '../options';
import { isBlockElement, isElement, isInside, tagName, unwrap } from '../dom';

/** Elements that render alike, so neighbours of one group can merge. */
const GROUPS: Record<string, string> = {
  B: 'strong', STRONG: 'strong',
  I: 'em', EM: 'em', CITE: 'em', DFN: 'em', VAR: 'em',
  DEL: 'del', S: 'del', STRIKE: 'del',
  CODE: 'code', KBD: 'code', SAMP: 'code', TT: 'code',
};

/** Wrappers that only style text: they write no Markdown, so they would hide two touching code spans. */
const TRANSPARENT = new Set(['SPAN', 'FONT']);

function insideGroup(el: Element, group: string): boolean {
  for (let cur = el.parentElement; cur && !isBlockElement(cur); cur = cur.parentElement) {
    if (GROUPS[tagName(cur)] === group) return true;
  }
  return false;
}

function isTransparent(el: Element): boolean {
  return TRANSPARENT.has(tagName(el)) && !el.hasAttribute(MARK.math) && !el.hasAttribute(MARK.footnoteRef);
}

export function mergeAdjacentInline(root: ParentNode, elements: Element[]): void {
  const kept: Element[] = [];
  for (const el of elements) {
    if (!isInside(el, root)) continue;
    const group = GROUPS[tagName(el)];
    if (isTransparent(el) || (group && group !== 'code' && insideGroup(el, group))) unwrap(el);
    else if (group) kept.push(el);
  }
  for (const el of kept) {
    const group = GROUPS[tagName(el)];
    if (!el.parentNode || (group === 'code' && el.parentElement && tagName(el.parentElement) === 'PRE')) continue;
    let next = el.nextSibling;
    while (next && isElement(next) && GROUPS[tagName(next)] === group) {
      while (next.firstChild) el.appendChild(next.firstChild);
      const gone: Node = next;
      next = next.nextSibling;
      gone.parentNode?.removeChild(gone);
    }
  }
}
