// Writes a DOM subtree as clean HTML for what Markdown cannot express: attributes stripped but a safe few.
import { isElement, isText } from './dom';

const KEPT_ATTRIBUTES = ['rowspan', 'colspan', 'href', 'src', 'alt'];
const DROPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'CANVAS', 'INPUT', 'SELECT', 'TEXTAREA', 'COL', 'COLGROUP', 'IFRAME', 'OBJECT', 'EMBED']);
/** Wrappers that carry only styling: their children are kept, the tag is not. */
const UNWRAPPED_ELEMENTS = new Set(['SPAN', 'FONT', 'CENTER', 'TBODY']);
const VOID_ELEMENTS = new Set(['BR', 'HR', 'IMG', 'WBR']);
/** Table structure: white space between these tags is layout only and is dropped. */
const TABLE_STRUCTURE = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);
/** Tags followed by a line break, so each row sits on its own line. */
const LINE_AFTER = new Set(['TABLE', 'THEAD', 'TFOOT', 'TR', 'CAPTION']);
/** Elements whose leading and trailing white space is not shown. */
const TRIMMED = 'td|th|li|p|caption|div|dt|dd|h[1-6]';
const TRIM_AFTER_OPEN = new RegExp(`(<(?:${TRIMMED})(?: [^>]*)?>) +`, 'g');
const TRIM_BEFORE_CLOSE = new RegExp(` +(</(?:${TRIMMED})>)`, 'g');

export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeHtmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface CleanHtmlOptions {
  /** Extra attributes for <img> (e.g. referrerpolicy). */
  imageAttributes?: Array<[string, string]>;
  /** Rewrites URLs of href/src (e.g. to make them absolute). */
  resolveUrl?: (url: string) => string;
}

/**
 * Serialises `el` as HTML that is safe inside a Markdown document: no blank line (which would end the HTML block),
 * no attributes but rowspan/colspan/href/src/alt, collapsed white space outside <pre>.
 */
export function cleanHtml(el: Element, opts: CleanHtmlOptions = {}): string {
  const out: string[] = [];
  write(el, out, opts, false);
  // <tbody> is left out: parsers disagree on inserting it, and it changes nothing in the rendering.
  return out
    .join('')
    .replace(TRIM_AFTER_OPEN, '$1')
    .replace(TRIM_BEFORE_CLOSE, '$1')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function write(node: Node, out: string[], opts: CleanHtmlOptions, inPre: boolean): void {
  if (isText(node)) {
    const parent = node.parentNode;
    if (!inPre && parent && TABLE_STRUCTURE.has(parent.nodeName.toUpperCase()) && !node.data.trim()) return;
    out.push(inPre ? preText(node.data) : escapeHtmlText(node.data.replace(/\s+/g, ' ')));
    return;
  }
  if (!isElement(node)) return;
  const tag = node.nodeName.toUpperCase();
  if (DROPPED_ELEMENTS.has(tag)) return;
  if (UNWRAPPED_ELEMENTS.has(tag) || tag.includes('-')) {
    for (const child of Array.from(node.childNodes)) write(child, out, opts, inPre);
    return;
  }
  const name = tag.toLowerCase();
  out.push('<', name);
  for (const attr of KEPT_ATTRIBUTES) {
    let value = node.getAttribute(attr);
    if (value === null) continue;
    if ((attr === 'rowspan' || attr === 'colspan') && !/^\d+$/.test(value.trim())) continue;
    if ((attr === 'href' || attr === 'src') && opts.resolveUrl) value = opts.resolveUrl(value);
    if ((attr === 'href' || attr === 'src') && /^\s*(javascript|vbscript):/i.test(value)) continue;
    out.push(' ', attr, '="', escapeHtmlAttribute(value.trim()), '"');
  }
  if (tag === 'IMG') for (const [k, v] of opts.imageAttributes ?? []) out.push(' ', k, '="', escapeHtmlAttribute(v), '"');
  out.push('>');
  if (VOID_ELEMENTS.has(tag)) return;
  if (tag === 'TABLE' || tag === 'THEAD' || tag === 'TFOOT') out.push('\n');
  const pre = inPre || tag === 'PRE';
  for (const child of Array.from(node.childNodes)) write(child, out, opts, pre);
  out.push('</', name, '>');
  if (LINE_AFTER.has(tag)) out.push('\n');
}

/** Preformatted text with every blank or white-space-only line made non-blank via a character reference. */
function preText(data: string): string {
  return escapeHtmlText(data)
    .replace(/\n(?=\n)/g, '&#10;')
    .replace(/^[ \t]+$/gm, (ws) => '&#32;' + ws.slice(1));
}
