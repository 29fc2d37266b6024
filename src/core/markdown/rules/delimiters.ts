// Shared by the emphasis rules: wraps content in a delimiter run only where CommonMark's flanking rules allow it.
import { isBlockElement, isElement, isText } from '../dom';

const WHITESPACE = /^\s?$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || WHITESPACE.test(ch);
}

function isPunct(ch: string | undefined): boolean {
  return ch !== undefined && PUNCTUATION.test(ch);
}

function lastChar(text: string): string {
  const code = text.charCodeAt(text.length - 1);
  // A trailing low surrogate belongs to an astral character: read both halves.
  return code >= 0xdc00 && code <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/** The character just before `node` in the rendered text ('' at a block start). */
function charBefore(node: Node): string | undefined {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    for (let sib = cur.previousSibling; sib; sib = sib.previousSibling) {
      if (isElement(sib) && (isBlockElement(sib) || sib.nodeName.toUpperCase() === 'BR')) return undefined;
      const text = isText(sib) ? sib.data : sib.textContent ?? '';
      if (text) return lastChar(text);
    }
    const parent = cur.parentNode;
    if (!parent || isBlockElement(parent)) return undefined;
  }
  return undefined;
}

function charAfter(node: Node): string | undefined {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    for (let sib = cur.nextSibling; sib; sib = sib.nextSibling) {
      if (isElement(sib) && (isBlockElement(sib) || sib.nodeName.toUpperCase() === 'BR')) return undefined;
      const text = isText(sib) ? sib.data : sib.textContent ?? '';
      if (text) return String.fromCodePoint(text.codePointAt(0)!);
    }
    const parent = cur.parentNode;
    if (!parent || isBlockElement(parent)) return undefined;
  }
  return undefined;
}

/**
 * `delimiter + content + delimiter` when both runs are flanking per CommonMark, else an HTML tag pair, so the
 * emphasis survives next to CJK punctuation ("的**「引号」**是") instead of showing literal stars.
 */
export function delimit(content: string, node: HTMLElement, delimiter: string, tag: string): string {
  if (!content.trim()) return content;
  // Emphasis cannot span paragraphs: keep the text, drop the emphasis.
  if (/\n\s*\n/.test(content)) return content;
  const flanking = (node as unknown as { flankingWhitespace?: { leading: string; trailing: string } }).flankingWhitespace;
  const before = flanking?.leading ? ' ' : charBefore(node);
  const after = flanking?.trailing ? ' ' : charAfter(node);
  const first = String.fromCodePoint(content.codePointAt(0)!);
  const last = lastChar(content);
  const opens = !isSpace(first) && (!isPunct(first) || isSpace(before) || isPunct(before));
  const closes = !isSpace(last) && (!isPunct(last) || isSpace(after) || isPunct(after));
  if (opens && closes) return delimiter + content + delimiter;
  return `<${tag}>${content}</${tag}>`;
}
