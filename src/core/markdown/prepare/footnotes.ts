// Finds footnote references and their notes (Pandoc, kramdown, Wikipedia, WordPress, Word exports) and marks them.
//
// A reference is an in-page link with a short label ("1", "[2]", "*") pointing at an element that comes after it;
// the note is the list item (or paragraph) around that target. References become [^label] and notes [^label]: …,
// so they still work after conversion, whatever the page's ids were.
import { MARK } from '../options';
import { closestTag, hasClassMatching, isElement, isInside, ownerDocumentOf, tagIs, tagName, unwrap } from '../dom';

const LABEL = /^[[(]?\s*([\p{L}\p{N}*†‡§¶#-]{1,6})\s*[\])]?$/u;
const REF_HINT = /footnote|fnref|ftnref|_ftn|noteref|reference|(?:^|[\s_-])(?:ref|cite|fn)(?:$|[\s_:\d-])|sdfootnoteanc/i;
const BACKLINK_TEXT = /^\s*(?:(?:↩|↑|⤴|\^|\ufe0e|\ufe0f)+|back|return|jump up|\^ ?[a-z ]*)\s*$/i;
const BACKLINK_CLASS = /footnote-back|reversefootnote|footnote-return|mw-cite-backlink|fn-?back|backref/i;

interface FootnoteRef {
  anchor: Element;
  targetId: string;
  rawLabel: string;
}

function idTargets(elements: Element[]): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const el of elements) {
    const id = el.getAttribute('id') ?? (tagName(el) === 'A' ? el.getAttribute('name') : null);
    if (id && !map.has(id)) map.set(id, el);
  }
  return map;
}

function targetIdOf(anchor: Element): string | undefined {
  const href = anchor.getAttribute('href');
  if (!href) return undefined;
  const hash = href.indexOf('#');
  // Only in-page links: "#fn1", or an absolute URL that Readability made of one (…/page#fn1) is not trusted here.
  if (hash !== 0) return undefined;
  const raw = href.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The note element for a target: its list item, else its paragraph-level block. */
function noteOf(target: Element, root: ParentNode): Element | null {
  const stop = root as unknown as Node;
  const li = closestTag(target, ['LI'], stop);
  if (li) return li;
  return closestTag(target, ['P', 'DIV', 'DD', 'ASIDE', 'SECTION'], stop);
}

/** Document order of every element (compareDocumentPosition is unreliable in linkedom). */
function documentOrder(elements: Element[]): Map<Element, number> {
  const order = new Map<Element, number>();
  elements.forEach((el, i) => order.set(el, i));
  return order;
}

export function markFootnotes(root: ParentNode, elements: Element[]): void {
  const anchors = elements.filter((el) => tagName(el) === 'A' && el.getAttribute('href')?.startsWith('#') && isInside(el, root));
  if (anchors.length === 0) return;
  const ids = idTargets(elements);
  let order: Map<Element, number> | undefined;
  const refs: FootnoteRef[] = [];
  for (const anchor of anchors) {
    const targetId = targetIdOf(anchor);
    if (!targetId) continue;
    const text = (anchor.textContent ?? '').trim();
    const label = LABEL.exec(text);
    if (!label) continue;
    const inSup = !!closestTag(anchor, ['SUP'], root);
    const hinted = hasClassMatching(anchor, REF_HINT) || anchor.getAttribute('role') === 'doc-noteref' ||
      REF_HINT.test(anchor.getAttribute('id') ?? anchor.getAttribute('name') ?? '') ||
      (!!anchor.parentElement && hasClassMatching(anchor.parentElement, REF_HINT)) ||
      (!!anchor.firstElementChild && hasClassMatching(anchor.firstElementChild, REF_HINT));
    if (!inSup && !hinted) continue;
    const target = ids.get(targetId);
    if (!target || !isInside(target, root)) continue;
    order ??= documentOrder(elements);
    if ((order.get(target) ?? -1) <= (order.get(anchor) ?? Infinity)) continue;
    refs.push({ anchor, targetId, rawLabel: label[1] });
  }
  if (refs.length === 0) return;

  // Labels: the page's own when they are unique per note, else 1, 2, 3 in order of first reference.
  const noteByTarget = new Map<string, Element>();
  for (const ref of refs) {
    const note = noteOf(ids.get(ref.targetId)!, root);
    if (note) noteByTarget.set(ref.targetId, note);
  }
  const labelByNote = new Map<Element, string>();
  const used = new Set<string>();
  let counter = 0;
  for (const ref of refs) {
    const note = noteByTarget.get(ref.targetId);
    if (!note || labelByNote.has(note)) continue;
    counter++;
    let label = ref.rawLabel.replace(/[^\p{L}\p{N}-]/gu, '');
    if (!label || used.has(label)) label = String(counter);
    while (used.has(label)) label += '-';
    used.add(label);
    labelByNote.set(note, label);
  }

  const doc = ownerDocumentOf(root);
  const refIds = new Set<string>();
  for (const ref of refs) {
    const note = noteByTarget.get(ref.targetId);
    const label = note && labelByNote.get(note);
    if (!label) continue;
    for (const el of [ref.anchor, ref.anchor.parentElement]) {
      const id = el?.getAttribute('id') ?? el?.getAttribute('name');
      if (id) refIds.add(id);
    }
    const marker = doc.createElement('sup');
    marker.setAttribute(MARK.footnoteRef, label);
    marker.appendChild(doc.createTextNode(label));
    // Replace the whole <sup> when it holds nothing but this reference.
    const sup = closestTag(ref.anchor, ['SUP'], root);
    const replaced = sup && (sup.textContent ?? '').trim() === (ref.anchor.textContent ?? '').trim() ? sup : ref.anchor;
    replaced.parentNode?.replaceChild(marker, replaced);
  }

  const lists = new Set<Element>();
  for (const [note, label] of labelByNote) {
    removeBacklinks(note, refIds);
    const def = doc.createElement('div');
    def.setAttribute(MARK.footnoteDef, label);
    while (note.firstChild) def.appendChild(note.firstChild);
    note.parentNode?.replaceChild(def, note);
    const list = def.parentElement;
    if (list && tagIs(list, 'OL', 'UL')) lists.add(list);
  }
  // A list that now holds only notes is no longer a list.
  for (const list of lists) {
    const onlyNotes = Array.from(list.children).every((c) => c.hasAttribute(MARK.footnoteDef));
    if (onlyNotes) unwrap(list);
  }
}

/** Removes "↩" links back to the references, and a leading "[1]" anchor in Word-style notes. */
function removeBacklinks(note: Element, refIds: Set<string>): void {
  for (const a of Array.from(note.querySelectorAll('a'))) {
    const target = targetIdOf(a);
    const text = a.textContent ?? '';
    const back = (target !== undefined && refIds.has(target)) || BACKLINK_TEXT.test(text) || hasClassMatching(a, BACKLINK_CLASS);
    if (back) a.parentNode?.removeChild(a);
  }
  for (const el of Array.from(note.querySelectorAll('[class]'))) {
    if (isElement(el) && hasClassMatching(el, BACKLINK_CLASS)) el.parentNode?.removeChild(el);
  }
}
