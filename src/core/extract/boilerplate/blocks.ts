// Shared helpers for boilerplate rules: leaf text blocks, texts, word counts, link density and class/id words, remembered for one pass.

import { classAttribute } from '../../class-attribute';
import { closestTag, hasDescendantTag, nextInTree, tagOf, textLengthUpTo } from '../tree-walk';

/** Elements that start a new line on screen; a block with none of these below it is a leaf block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt',
  'dd', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'blockquote', 'pre', 'form', 'nav',
]);

/** What a rule never removes with the words around it. */
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'math', 'table']);
const ROW_TAGS = new Set(['tr']);
const CELL_TAGS = new Set(['td', 'th']);

/**
 * Leaf blocks under `root` in document order: the units a reader sees as one paragraph, heading or item.
 * One walk of the tree (a selector query per element would make every rule quadratic on long pages), which also
 * calls `visit`, when given, on every element under `root` in document order.
 */
export function leafBlocks(root: Element, visit?: (el: Element) => void): Element[] {
  const out: Element[] = [];
  collectLeafBlocks(root, out, visit);
  // Children are pushed after their own subtree is walked, which for leaves is already document order.
  return out;
}

/** Pushes the leaf blocks under `el` to `out`; returns whether `el`'s subtree holds a block element (so `el` is not a leaf). */
function collectLeafBlocks(el: Element, out: Element[], visit: ((el: Element) => void) | undefined): boolean {
  let hasBlock = false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    visit?.(child);
    const childHasBlock = collectLeafBlocks(child, out, visit);
    const isBlock = BLOCK_TAGS.has(tagOf(child));
    if (isBlock && !childHasBlock) out.push(child);
    hasBlock ||= isBlock || childHasBlock;
  }
  return hasBlock;
}

/** Whitespace that `normalizeText` would rewrite: a run of two or more, or any but a plain space. */
const UNNORMALIZED_SPACE = /[\s\u00a0]{2}|[^\S ]/;

/** The text as a reader sees it: whitespace runs collapsed to one space, the ends trimmed. */
export function normalizeText(text: string): string {
  // Testing first is cheaper than a replace that changes nothing, the common case for short texts.
  return (UNNORMALIZED_SPACE.test(text) ? text.replace(/[\s\u00a0]+/g, ' ') : text).trim();
}

/** The element's text as a reader sees it (see `normalizeText`). */
export function textOf(el: Element): string {
  return normalizeText(el.textContent ?? '');
}

/** The words of an element's class and id: "article__caption js-newsCredit2" → article, caption, js, news, credit. */
export function classWords(el: Element): string[] {
  return wordsOfClassAndId(classAttribute(el), el.getAttribute('id'));
}

function wordsOfClassAndId(cls: string | null | undefined, id: string | null | undefined): string[] {
  return `${cls ?? ''} ${id ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** Number of word tokens (Latin words, or CJK characters counted one each). */
export function wordCount(text: string): number {
  return wordCountUpTo(text, Infinity);
}

/** Kana, CJK ideographs and Hangul: each character is one word. */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

/** Whether a code point outside ASCII is a letter or digit (`\p{L}` or `\p{N}`), remembered per code point. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letterOrDigitCache = new Map<number, boolean>();
function isLetterOrDigit(codePoint: number): boolean {
  let known = letterOrDigitCache.get(codePoint);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
    letterOrDigitCache.set(codePoint, known);
  }
  return known;
}

/**
 * `wordCount(text)` when it is at most `cap`, else `cap`: each CJK character is a word, and so is each run of other
 * letters and digits. One pass over the characters, stopping at `cap` (regular expressions with \p classes cost
 * several times more on every paragraph).
 */
export function wordCountUpTo(text: string, cap: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < cap; i++) {
    let code = text.charCodeAt(i);
    let letter: boolean;
    if (code < 0x80) letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    else if (isCjk(code)) {
      count++;
      inWord = false;
      continue;
    } else {
      // A surrogate pair is one code point (a letter of a supplementary plane, an emoji).
      const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
      letter = isLetterOrDigit(code);
    }
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

/** Any of `words` as a substring, without case, for each word set a class test is asked about (see `hasOwnClassWord`). */
const anyWordPatterns = new WeakMap<ReadonlySet<string>, RegExp>();
/** The two characters outside ASCII whose lower case holds an ASCII letter (İ → i̇, K → k), which a `/i` pattern does not fold. */
const FOLDS_TO_ASCII = /[\u0130\u212a]/;

/** True when `value` (a class or id) may hold one of the words `pattern` finds: a cheap first test before splitting it. */
function mayHoldWord(value: string | null | undefined, pattern: RegExp): boolean {
  return !!value && (pattern.test(value) || FOLDS_TO_ASCII.test(value));
}

/** True when the element's own class/id has one of `words` (lower-case letters only, as `classWords` makes them). */
export function hasOwnClassWord(el: Element, words: ReadonlySet<string>): boolean {
  let pattern = anyWordPatterns.get(words);
  if (!pattern) {
    pattern = new RegExp([...words].join('|'), 'i');
    anyWordPatterns.set(words, pattern);
  }
  // Each class word is a piece of the class or the id, lower-cased: without any word of the set in either, no need to
  // split.
  const cls = classAttribute(el);
  const id = el.getAttribute('id');
  if (!mayHoldWord(cls, pattern) && !mayHoldWord(id, pattern)) return false;
  return wordsOfClassAndId(cls, id).some((w) => words.has(w));
}

/** True when `el` or an ancestor up to `stop` (inclusive of neither `stop` nor above) has one of `words` in its class/id. */
export function hasClassWord(el: Element, words: ReadonlySet<string>, stop: Element): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (hasOwnClassWord(node, words)) return true;
  }
  return false;
}

/** True inside a data table (a row of two or more cells): numbers and short labels there are data, not leftovers. */
export function inDataTable(el: Element): boolean {
  const row = closestTag(el, ROW_TAGS);
  if (!row) return false;
  let cells = 0;
  for (let node = row.firstElementChild; node; node = nextInTree(node, row)) if (CELL_TAGS.has(tagOf(node)) && ++cells >= 2) return true;
  return false;
}

/** Above every word limit the rules use (the largest is 90). */
const WORD_COUNT_CAP = 100;

/** What is known about one element's subtree; dropped when something below it is removed. */
interface SubtreeFacts {
  text?: string;
  words?: number;
  linkedChars?: number;
}

/**
 * Facts the rules of one cleanup pass read again and again about the elements under `root`: their texts, word counts
 * and link text, and the leaf blocks. Each is computed once and kept until the tree changes under it,
 * so every removal during the pass must go through `remove` (or `removeWithEmptyParents`), which forgets what the
 * removal changes: the subtree facts of the removed node's ancestors, and the list of leaf blocks.
 */
export class TreeFacts {
  private readonly subtree = new Map<Element, SubtreeFacts>();
  private leaves: readonly Element[] | undefined;
  private leafSet: ReadonlySet<Element> | undefined;

  constructor(readonly root: Element) {}

  private factsOf(el: Element): SubtreeFacts {
    let facts = this.subtree.get(el);
    if (!facts) {
      facts = {};
      this.subtree.set(el, facts);
    }
    return facts;
  }

  /** The element's text, whitespace collapsed and trimmed. */
  text(el: Element): string {
    const facts = this.factsOf(el);
    return (facts.text ??= textOf(el));
  }

  /** True when the element has any text (`text(el) !== ''`), read only up to its first character when not known yet. */
  hasText(el: Element): boolean {
    const text = this.subtree.get(el)?.text;
    return text === undefined ? textLengthUpTo(el, 0) > 0 : text !== '';
  }

  /**
   * Word tokens of the element's text (see `wordCount`), counted up to WORD_COUNT_CAP: every rule compares the count
   * with a smaller number, so a longer text only needs to be known as longer.
   */
  wordCount(el: Element): number {
    const facts = this.factsOf(el);
    return (facts.words ??= wordCountUpTo(this.text(el), WORD_COUNT_CAP));
  }

  /** Share of the element's text that sits inside links (0 when it has no text); nested links count each time. */
  linkDensity(el: Element): number {
    const total = this.text(el).length;
    if (!total) return 0;
    const facts = this.factsOf(el);
    if (facts.linkedChars === undefined) {
      let linked = 0;
      for (let node = el.firstElementChild; node; node = nextInTree(node, el)) if (tagOf(node) === 'a') linked += this.text(node).length;
      facts.linkedChars = linked;
    }
    return Math.min(1, facts.linkedChars / total);
  }

  /** `leafBlocks(root)`, the same list until the next removal (a removal can make a new leaf: the block whose only block child went). */
  leafBlocks(): readonly Element[] {
    return (this.leaves ??= leafBlocks(this.root));
  }

  /** True when `el` is one of the current leaf blocks. */
  isLeafBlock(el: Element): boolean {
    this.leafSet ??= new Set(this.leafBlocks());
    return this.leafSet.has(el);
  }

  /** Removes `node` from the tree, forgetting the facts the removal changes. */
  remove(node: ChildNode): void {
    for (let up = node.parentElement; up; up = up.parentElement) this.subtree.delete(up);
    this.leaves = undefined;
    this.leafSet = undefined;
    node.remove();
  }

  /**
   * Removes `el`, then any ancestor (below the root) left with no text and no media. When `el` holds a picture (a
   * caption block wrapping its image), only the text goes: boilerplate rules aim at words, never at the article's images.
   */
  removeWithEmptyParents(el: Element): void {
    if (MEDIA_TAGS.has(tagOf(el)) || hasDescendantTag(el, MEDIA_TAGS)) {
      this.stripAroundMedia(el);
      return;
    }
    let parent = el.parentElement;
    this.remove(el);
    while (parent && parent !== this.root && !this.hasText(parent) && !hasDescendantTag(parent, MEDIA_TAGS)) {
      const next = parent.parentElement;
      this.remove(parent);
      parent = next;
    }
  }

  /** Removes everything under `el` except the media (and the elements that lead to it), so a picture is never lost with its caption. */
  private stripAroundMedia(el: Element): void {
    for (let child = el.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType !== 1) this.remove(child);
      else {
        const element = child as Element;
        if (!MEDIA_TAGS.has(tagOf(element))) {
          if (hasDescendantTag(element, MEDIA_TAGS)) this.stripAroundMedia(element);
          else this.remove(element);
        }
      }
      child = next;
    }
  }
}
