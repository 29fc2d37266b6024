// Escapes text so Markdown shows it literally, with as few backslashes as correctness allows.
//
// turndown calls this once per text node, after collapsing white space, so a text node holds no newline and
// "start of string" is the only place a block marker (list, heading, quote) can appear.

/** Inline characters, each escaped only where it could start or end Markdown syntax. */
const INLINE = /\\(?=[!-/:-@[-`{-~]|\s*$)|\*|_|`|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)|\[|\]|~|!(?=\s*$)/g;

/**
 * Stands in for a text tilde until the whole paragraph is known: one tilde is text ("3~5天"), two in the same
 * paragraph may pair up as strikethrough even across elements, so finishMarkdown decides per paragraph.
 * U+FDD0 is a Unicode noncharacter, never found in text.
 */
export const TEXT_TILDE = '\uFDD0';

/**
 * Stand in for text brackets until the finished Markdown shows what follows them: "[1]" and "[Photo: AP]" need
 * no escape, "]" before "(" does, and inside link text every bracket does (rules/link.ts escapes those).
 */
export const TEXT_OPEN = '\uFDD6';
export const TEXT_CLOSE = '\uFDD7';
/** Stands in for a "!" that ends a text node: followed by a link's "[", it would turn the link into an image. */
export const TEXT_BANG = '\uFDD8';

const MARKS = new RegExp(`[${TEXT_TILDE}${TEXT_OPEN}${TEXT_CLOSE}${TEXT_BANG}]`, 'g');
const HAS_MARK = new RegExp(`[${TEXT_TILDE}${TEXT_OPEN}${TEXT_CLOSE}${TEXT_BANG}]`);
const UNMARK: Record<string, string> = { [TEXT_TILDE]: '~', [TEXT_OPEN]: '[', [TEXT_CLOSE]: ']', [TEXT_BANG]: '!' };

/** The text with its stand-ins turned back into the characters they stand for (for comparisons). */
export function unmarked(text: string): string {
  return text.replace(MARKS, (m) => UNMARK[m]);
}

/** Link text: every text bracket escaped, so the link's own brackets stay balanced. */
export function escapeBracketMarks(text: string): string {
  return text.split(TEXT_OPEN).join('\\[').split(TEXT_CLOSE).join('\\]');
}

/**
 * Resolves the stand-ins in finished Markdown: a tilde is escaped when another tilde shares its paragraph; "]" when
 * "(", "[" or ":" follows (a link, reference or definition would start); "[" when "^" follows (a footnote); "!"
 * when a link's "[" follows.
 */
export function resolveTextMarks(markdown: string): string {
  if (!HAS_MARK.test(markdown)) return markdown;
  const withBrackets = markdown.replace(/[\uFDD6\uFDD7\uFDD8]/g, (mark: string, offset: number, whole: string) => {
    const next = whole[offset + 1];
    if (mark === TEXT_BANG) return next === '[' ? '\\!' : '!';
    if (mark === TEXT_OPEN) return next === '^' ? '\\[' : '[';
    return next === '(' || next === '[' || next === ':' || next === TEXT_OPEN ? '\\]' : ']';
  });
  if (!withBrackets.includes(TEXT_TILDE)) return withBrackets;
  return withBrackets
    .split('\n\n')
    .map((block) => {
      if (!block.includes(TEXT_TILDE)) return block;
      const tildes = block.length - block.replace(/[~\uFDD0]/g, '').length;
      return block.split(TEXT_TILDE).join(tildes > 1 ? '\\~' : '~');
    })
    .join('\n\n');
}

export function escapeMarkdownText(text: string): string {
  if (!text) return text;
  return escapeLineStart(escapeInline(text));
}

/** Escapes inline syntax only: for text that cannot sit at the start of a line (image alt, heading text). */
export function escapeInline(text: string): string {
  // White space at either end of a text node may be moved out of an element or dropped, so a character next to
  // it may end up touching a delimiter: it counts as having no neighbour on that side.
  const first = text.search(/\S/);
  const last = text.trimEnd().length - 1;
  return text.replace(INLINE, (ch: string, offset: number, whole: string) => {
    const before = offset > first ? whole[offset - 1] : undefined;
    const after = offset < last ? whole[offset + 1] : undefined;
    switch (ch) {
      case '*':
        // A star with white space on both sides can neither open nor close emphasis ("5 * 3").
        return before !== undefined && after !== undefined && /\s/.test(before) && /\s/.test(after) ? ch : '\\*';
      case '_':
        // An underscore inside a word never opens or closes emphasis (snake_case, URLs, CJK).
        return isWordChar(before) && isWordChar(after) ? ch : '\\_';
      case '~':
        return TEXT_TILDE;
      case '[':
        return TEXT_OPEN;
      case ']':
        return TEXT_CLOSE;
      case '!':
        return TEXT_BANG;
      case '`':
        // A character reference, not "\\`": marked misreads an escaped backtick after a code span that holds a
        // backtick as the end of that span; every renderer decodes the reference to a plain backtick.
        return '&#96;';
      default:
        return '\\' + ch;
    }
  });
}

const wordRe = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && wordRe.test(ch);
}

/** Escapes what would turn the start of the text into a block: list marker, heading, quote, rule, setext line. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^([-+*])(?=\s|$)/, '\\$1')
    .replace(/^(-+|=+)(\s*)$/, (_m, run: string, ws: string) => '\\' + run + ws)
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(new RegExp(`^${TEXT_OPEN}([ xX])${TEXT_CLOSE}`), '\\[$1]');
}
