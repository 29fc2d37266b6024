// Shared by the emphasis rules: wraps content in a delimiter run only where CommonMark's flanking rules allow it.
import { isBlockElement, isElement, isText } from '../dom';
import { unmarked } from '../escape';

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

/**
 * Inline elements whose Markdown starts and ends with syntax (`[`, `*`, `~`, a backtick, `<sup>`), not with their
 * text. Next to one of these, a delimiter touches punctuation.
 */
const SYNTAX_ELEMENTS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'CITE', 'DFN', 'VAR', 'DEL', 'S', 'STRIKE', 'CODE', 'KBD', 'SAMP', 'TT', 'SUP', 'SUB', 'IMG', 'Q']);
const SYNTAX = '*';

/** The character just before `node` in the Markdown output; undefined at a block start (like white space). */
function charBefore(node: Node): string | undefined {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    for (let sib = cur.previousSibling; sib; sib = sib.previousSibling) {
      if (isElement(sib)) {
        const tag = sib.nodeName.toUpperCase();
        if (isBlockElement(sib) || tag === 'BR') return undefined;
        if (SYNTAX_ELEMENTS.has(tag)) return SYNTAX;
      }
      const text = isText(sib) ? sib.data : sib.textContent ?? '';
      if (text) return lastChar(text);
    }
    const parent = cur.parentNode;
    if (!parent || isBlockElement(parent)) return undefined;
    if (SYNTAX_ELEMENTS.has(parent.nodeName.toUpperCase())) return SYNTAX;
  }
  return undefined;
}

function charAfter(node: Node): string | undefined {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    for (let sib = cur.nextSibling; sib; sib = sib.nextSibling) {
      if (isElement(sib)) {
        const tag = sib.nodeName.toUpperCase();
        if (isBlockElement(sib) || tag === 'BR') return undefined;
        if (SYNTAX_ELEMENTS.has(tag)) return SYNTAX;
      }
      const text = isText(sib) ? sib.data : sib.textContent ?? '';
      if (text) return String.fromCodePoint(text.codePointAt(0)!);
    }
    const parent = cur.parentNode;
    if (!parent || isBlockElement(parent)) return undefined;
    if (SYNTAX_ELEMENTS.has(parent.nodeName.toUpperCase())) return SYNTAX;
  }
  return undefined;
}

const KINDS: Record<string, string[]> = {
  strong: ['STRONG', 'B'],
  em: ['EM', 'I', 'CITE', 'DFN', 'VAR'],
  del: ['DEL', 'S', 'STRIKE'],
};

function insideSameKind(node: Node, tag: string): boolean {
  const kind = KINDS[tag] ?? [];
  for (let cur = node.parentNode; cur && !isBlockElement(cur); cur = cur.parentNode) {
    if (kind.includes(cur.nodeName.toUpperCase())) return true;
  }
  return false;
}

/**
 * `delimiter + content + delimiter` when both runs are flanking per CommonMark, else an HTML tag pair, so the
 * emphasis survives next to CJK punctuation ("的**「引号」**是") instead of showing literal stars.
 */
export function delimit(content: string, node: HTMLElement, delimiter: string, tag: string): string {
  if (!content.trim()) return content;
  // Bold inside bold (or italic inside italic) looks the same, and doubled delimiters ("****") break the outer pair.
  if (insideSameKind(node, tag)) return content;
  // Emphasis cannot span paragraphs: keep the text, drop the emphasis.
  if (/\n\s*\n/.test(content)) return content;
  // Line breaks at the edges go outside: "**" or "<strong>" alone on a line would not read as emphasis (and a
  // lone tag would even start an HTML block).
  const edges = /^(\s*\n)?([\s\S]*?)(\n\s*)?$/.exec(content)!;
  if (edges[1] || edges[3]) {
    const inner = edges[2].replace(/ +$/, '');
    if (!inner.trim()) return content;
    return (edges[1] ?? '') + delimit(inner, node, delimiter, tag) + (edges[3] ? '  ' + edges[3] : '');
  }
  const flanking = (node as unknown as { flankingWhitespace?: { leading: string; trailing: string } }).flankingWhitespace;
  const before = flanking?.leading ? ' ' : charBefore(node);
  const after = flanking?.trailing ? ' ' : charAfter(node);
  // Stand-ins for text brackets and tildes count as the punctuation they become.
  const first = unmarked(String.fromCodePoint(content.codePointAt(0)!));
  const last = unmarked(lastChar(content));
  // CommonMark also accepts punctuation on both sides of a delimiter ("[**!**~~"), but renderers disagree there
  // (marked does not), so that case gets the HTML form, which every renderer reads alike.
  const opens = !isSpace(first) && (!isPunct(first) || isSpace(before));
  const closes = !isSpace(last) && (!isPunct(last) || isSpace(after));
  if (opens && closes) return delimiter + content + delimiter;
  return `<${tag}>${content}</${tag}>`;
}
