// Escapes text so Markdown shows it literally, with as few backslashes as correctness allows.
//
// turndown calls this once per text node, after collapsing white space, so a text node holds no newline and
// "start of string" is the only place a block marker (list, heading, quote) can appear.

/** Inline characters, each escaped only where it could start or end Markdown syntax. */
const INLINE = /\\(?=[!-/:-@[-`{-~]|$)|\*|_|`|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)|\[(?=\^)|\](?=[([:]|$)|~/g;

/**
 * Stands in for a text tilde until the whole paragraph is known: one tilde is text ("3~5天"), two in the same
 * paragraph may pair up as strikethrough even across elements, so finishMarkdown decides per paragraph.
 * U+FDD0 is a Unicode noncharacter, never found in text.
 */
export const TEXT_TILDE = '\uFDD0';

export function escapeMarkdownText(text: string): string {
  if (!text) return text;
  return escapeLineStart(escapeInline(text));
}

/** Escapes inline syntax only: for text that cannot sit at the start of a line (image alt, heading text). */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (ch: string, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + 1];
    switch (ch) {
      case '*':
        // A star with white space on both sides can neither open nor close emphasis ("5 * 3").
        return before !== undefined && after !== undefined && /\s/.test(before) && /\s/.test(after) ? ch : '\\*';
      case '_':
        // An underscore inside a word never opens or closes emphasis (snake_case, URLs, CJK).
        return isWordChar(before) && isWordChar(after) ? ch : '\\_';
      case '~':
        return TEXT_TILDE;
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
    .replace(/^\[([ xX])\]/, '\\[$1]');
}
