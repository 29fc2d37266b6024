// Rewrites every highlighted code block as a plain <pre><code class="language-x"> holding exactly the code text.
//
// Highlighters wrap code in gutters, per-line elements, tables and copy buttons; turndown would keep all of that
// (and collapse the white space of table-based ones), so the code is read out before turndown sees it.
import { detectCodeLanguage } from '../code-language';
import { hasClassMatching, isElement, isInside, isText, ownerDocumentOf, tagName } from '../dom';

/** Line-number gutters and other decoration that is not part of the code. */
const RESIDUE_CLASS = /(?:^|[\s_-])(?:gutter|line-?numbers?(?:-rows)?|linenos?|lineno|linenumber|ln-num|line-num|blob-num|hljs-ln-numbers|hljs-ln-n|code-line-number|copy|copy-?button|clipboard|code-toolbar|toolbar)(?:$|[\s_-])/i;
/** Elements that hold one line each. */
const LINE_CLASS = /(?:^|\s)(?:line|code-line|hljs-ln-line|cm-line|ace_line|crayon-line|highlight-line|container)(?:$|\s)/i;
const LINE_TAGS = new Set(['DIV', 'P', 'LI', 'TR']);
/** Tables whose class says they lay out highlighted code. */
const CODE_TABLE_CLASS = /(?:^|\s)(?:highlighttable|hljs-ln|rouge-table|crayon-table|js-file-line-container|code-table|lntable)(?:$|\s)/i;

function isResidue(el: Element): boolean {
  const tag = el.nodeName.toUpperCase();
  if (tag === 'BUTTON' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'svg' || tag === 'SVG') return true;
  if (hasClassMatching(el, RESIDUE_CLASS)) return true;
  // A cell that holds only a line number (GitHub's `data-line-number`, empty or numeric text).
  if (el.hasAttribute('data-line-number') && /^\s*\d*\s*$/.test(el.textContent ?? '')) return true;
  const style = el.getAttribute('style');
  return !!style && /user-select\s*:\s*none/i.test(style);
}

function isCodeTable(table: Element): boolean {
  if (hasClassMatching(table, CODE_TABLE_CLASS)) return true;
  let gutter = false;
  let code = false;
  for (const cell of Array.from(table.querySelectorAll('td'))) {
    if (isResidue(cell)) gutter = true;
    else if (hasClassMatching(cell, /(?:^|[\s_-])(?:code|blob-code)(?:$|[\s_-])/i) || cell.querySelector('pre')) code = true;
  }
  return gutter && code;
}

/** The code text of a highlighted block: gutters and buttons dropped, one line per line element or <br>. */
export function codeText(container: Element): string {
  const out: string[] = [];
  collect(container, out, true);
  return out.join('').replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();
}

function endsWithNewline(out: string[]): boolean {
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]) return out[i].endsWith('\n');
  }
  return true;
}

function collect(node: Node, out: string[], isRoot: boolean): void {
  if (isText(node)) {
    out.push(node.data);
    return;
  }
  if (!isElement(node)) return;
  if (!isRoot && isResidue(node)) return;
  const tag = node.nodeName.toUpperCase();
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const isLine = !isRoot && (LINE_TAGS.has(tag) || hasClassMatching(node, LINE_CLASS));
  if (isLine && !endsWithNewline(out)) out.push('\n');
  for (let child = node.firstChild; child; child = child.nextSibling) collect(child, out, false);
  if (isLine && !endsWithNewline(out)) out.push('\n');
}

function replaceWithPlainBlock(container: Element, text: string, language: string): void {
  const doc = ownerDocumentOf(container);
  const pre = doc.createElement('pre');
  const code = doc.createElement('code');
  if (language) code.setAttribute('class', `language-${language}`);
  code.appendChild(doc.createTextNode(text));
  pre.appendChild(code);
  container.parentNode?.replaceChild(pre, container);
}

export function normaliseCodeBlocks(root: ParentNode, elements: Element[]): void {
  const done = new Set<Element>();
  const stop = root as unknown as Node;
  for (const table of elements) {
    if (tagName(table) !== 'TABLE' || !isInside(table, root) || !isCodeTable(table)) continue;
    const language = detectCodeLanguage(table, stop);
    const rows = Array.from(table.querySelectorAll('tr'));
    let text: string;
    if (rows.length <= 1) {
      // Pygments/Rouge: one row, a gutter cell and a code cell holding the whole <pre>.
      const cells = Array.from(table.querySelectorAll('td')).filter((c) => !isResidue(c));
      text = cells.map((c) => codeText(c)).join('\n');
    } else {
      // GitHub/hljs-ln: one row per line.
      text = rows
        .map((row) => Array.from(row.children).filter((c) => !isResidue(c)).map((c) => codeText(c)).join(''))
        .join('\n');
    }
    for (const pre of Array.from(table.querySelectorAll('pre'))) done.add(pre);
    replaceWithPlainBlock(table, text, language);
  }
  for (const pre of elements) {
    if (tagName(pre) !== 'PRE' || done.has(pre) || !isInside(pre, root)) continue;
    // A <pre> inside another <pre> is part of the outer block.
    let nested = false;
    for (let cur: Node | null = pre.parentNode; cur && cur !== stop; cur = cur.parentNode) {
      if (isElement(cur) && cur.nodeName.toUpperCase() === 'PRE') nested = true;
    }
    if (nested) continue;
    replaceWithPlainBlock(pre, codeText(pre), detectCodeLanguage(pre, stop));
  }
}
