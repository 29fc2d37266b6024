// Decides, per table, whether it becomes a GFM table, stays clean HTML, or was only layout and is flattened.
import { MARK } from '../options';
import { isElement, isInside, ownerDocumentOf, tagName } from '../dom';

/** Cell content a GFM table cell (one line of inline Markdown) cannot hold. */
const BLOCK_IN_CELL = 'ul, ol, dl, h1, h2, h3, h4, h5, h6, hr, blockquote, pre, table';

/** The rows of `table` itself (not of nested tables), without relying on HTMLTableElement.rows (linkedom lacks it). */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.nodeName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (const row of Array.from(child.children)) if (row.nodeName.toUpperCase() === 'TR') rows.push(row);
    }
  }
  return rows;
}

export function ownCells(row: Element): Element[] {
  return Array.from(row.children).filter((c) => {
    const tag = c.nodeName.toUpperCase();
    return tag === 'TD' || tag === 'TH';
  });
}

function spans(cell: Element): boolean {
  const rowspan = Number(cell.getAttribute('rowspan') ?? '1');
  const colspan = Number(cell.getAttribute('colspan') ?? '1');
  return rowspan > 1 || colspan > 1;
}

/** A table used for page layout: one cell, or one row/column of prose blocks. */
function isLayoutTable(table: Element, rows: Element[]): boolean {
  if (table.getAttribute('role') === 'presentation') return true;
  const cells = rows.flatMap(ownCells);
  if (cells.length <= 1) return true;
  const oneRow = rows.length === 1;
  const oneColumn = rows.every((r) => ownCells(r).length <= 1);
  if (!oneRow && !oneColumn) return false;
  return cells.some((c) => c.querySelector('p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, img'));
}

/** Replaces a layout table by its cells' content, one block per cell. */
function flatten(table: Element, rows: Element[]): void {
  const doc = ownerDocumentOf(table);
  const wrapper = doc.createElement('div');
  for (const row of rows) {
    for (const cell of ownCells(row)) {
      const block = doc.createElement('div');
      while (cell.firstChild) block.appendChild(cell.firstChild);
      wrapper.appendChild(block);
    }
  }
  table.parentNode?.replaceChild(wrapper, table);
}

export function classifyTables(root: ParentNode, elements: Element[]): void {
  for (const table of elements) {
    if (tagName(table) !== 'TABLE' || !isInside(table, root)) continue;
    // Tables inside a table kept as HTML go with it.
    if (insideHtmlTable(table, root)) continue;
    const rows = ownRows(table);
    if (isLayoutTable(table, rows)) {
      flatten(table, rows);
      continue;
    }
    const cells = rows.flatMap(ownCells);
    const complex = cells.some((c) => spans(c) || c.querySelector(BLOCK_IN_CELL) !== null);
    table.setAttribute(MARK.table, complex ? 'html' : 'gfm');
  }
}

function insideHtmlTable(table: Element, root: ParentNode): boolean {
  for (let cur = table.parentNode; cur && cur !== (root as unknown as Node); cur = cur.parentNode) {
    if (isElement(cur) && cur.getAttribute(MARK.table) === 'html') return true;
  }
  return false;
}
