// Writes the header between front matter and body: the `<!--N-->` line and the `[title](from)` setext heading.
import { escapeLiquidInline } from './liquid';

/**
 * Characters with meaning in Markdown inline text; a backslash before each keeps the title literal.
 * `|` too: kramdown (Jekyll's renderer) may read a line with a pipe as a table row.
 */
const MARKDOWN_INLINE = /[\\[\]`*_<>|]/g;

/** The title as Markdown link text: one line, `[`, `]`, `\` (and other inline markup) escaped. */
export function linkText(title: string): string {
  const markdown = title
    .replace(/[\r\n\t\u0085\u2028\u2029]/g, ' ')
    .replace(MARKDOWN_INLINE, (ch) => `\\${ch}`)
    // `$$` opens math in kramdown.
    .replace(/\$\$/g, '\\$\\$')
    // An entity-like run (`&amp;`) would render as the character it names.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    // kramdown takes a line starting `[…]:` for a link definition, even when the `]` is escaped.
    .replace(/\\\]:/g, '\\]&#58;')
    // …`[^…]` for a footnote reference, and `{:…}` for an attribute list.
    .replace(/^\^/, '&#94;')
    .replace(/\{(?=:)/g, '&#123;');
  // Jekyll runs Liquid over the post, this line included.
  return escapeLiquidInline(markdown);
}

/**
 * The URL as a Markdown link destination that every renderer (CommonMark, kramdown) keeps whole:
 * white space, control characters, parentheses, angle brackets, backslashes and braces (Liquid) are percent-encoded.
 */
export function linkDestination(url: string): string {
  let out = '';
  for (const ch of url) {
    // Braces too: `{{` or `{%` in the line would be run by Jekyll's Liquid.
    if (/^[\s()<>\\{}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u.test(ch)) {
      for (const byte of new TextEncoder().encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The header lines: `<!--N-->`, `[title](from)`, and the setext underline. */
export function headerLines(title: string, from: string, dateMillis: number): string[] {
  return [`<!--${dateMillis}-->`, `[${linkText(title)}](${linkDestination(from)})`, '------'];
}
