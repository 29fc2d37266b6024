// Renders Markdown to the plain text a reader of the rendered page sees (used by the evaluation).
//
// What counts as seen: the text of paragraphs, headings, list items, quotes, table cells and code; link text but
// not link URLs; footnote labels and notes. Not seen: image alt text and titles (a reader sees the picture, not
// its alt), HTML tags and comments, Markdown syntax. Blocks are separated by a blank line, list items and table
// rows by a newline, table cells by a tab.
import { Lexer, type Token, type Tokens } from 'marked';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·',
  bull: '•', deg: '°', times: '×', divide: '÷', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** Decodes character references (numeric ones, and the named ones pages and this converter actually produce). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML fragment (inline or block HTML left in the Markdown): tags dropped, breaks kept. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(td|th)\s*>/gi, '\t')
    .replace(/<\/?(p|div|tr|li|table|thead|tbody|tfoot|caption|h[1-6]|blockquote|pre|ul|ol|dl|dt|dd|figure|figcaption|section|article)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, '').replace(/^[ \t]+/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const FOOTNOTE_REF = /\[\^([^\]\s]+)\]/g;
const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]:[ \t]?/gm;

export function markdownToText(markdown: string): string {
  // marked has no footnotes: a note shows as "label: text", a reference as its label.
  const source = markdown.replace(FOOTNOTE_DEF, (_m, label: string) => `${label}: `);
  const tokens = new Lexer({ gfm: true }).lex(source);
  return blocks(tokens)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocks(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    const text = block(token);
    if (text.trim()) parts.push(text.replace(/^\n+|\n+$/g, ''));
  }
  return parts.join('\n\n');
}

function block(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'heading':
    case 'paragraph':
      return collapse(inline((token as Tokens.Heading | Tokens.Paragraph).tokens));
    case 'text': {
      const t = token as Tokens.Text;
      return collapse(t.tokens ? inline(t.tokens) : decodeEntities(t.text));
    }
    case 'code':
      return (token as Tokens.Code).text;
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens);
    case 'list':
      return (token as Tokens.List).items.map((item) => listItem(item)).join('\n');
    case 'table': {
      const t = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => collapse(inline(c.tokens))).join('\t');
      return [row(t.header), ...t.rows.map(row)].filter((r) => r.trim()).join('\n');
    }
    case 'html':
      return htmlToText((token as Tokens.HTML).text);
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? blocks(token.tokens) : '';
  }
}

function listItem(item: Tokens.ListItem): string {
  // A tight item's text tokens are inline runs: join them without blank lines.
  const parts = item.tokens.map((t) => (t.type === 'checkbox' ? '' : t.type === 'text' ? block(t) : blocks([t])));
  return parts.filter((p) => p.trim()).join('\n');
}

/** Runs of spaces show as one in rendered prose (and in inline code, which is not preformatted). */
function collapse(text: string): string {
  return text.replace(/[ \t]{2,}/g, ' ').replace(/ ?\n ?/g, '\n');
}

/** A soft line break shows as a space (hard breaks are `br` tokens); footnote references show their label. */
function plainText(raw: string): string {
  return decodeEntities(raw).replace(/[ \t]*\n[ \t]*/g, ' ').replace(FOOTNOTE_REF, '$1');
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        out += (token as Tokens.Text).tokens ? inline((token as Tokens.Text).tokens) : plainText((token as Tokens.Text).text);
        break;
      case 'escape':
        out += (token as Tokens.Escape).text;
        break;
      case 'codespan':
        out += (token as Tokens.Codespan).text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'image':
        break;
      case 'html':
        out += htmlToText((token as Tokens.HTML).text);
        break;
      case 'checkbox':
        break;
      default:
        out += 'tokens' in token && Array.isArray(token.tokens) ? inline(token.tokens) : decodeEntities((token as { text?: string }).text ?? '');
    }
  }
  return out;
}
