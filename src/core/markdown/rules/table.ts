// Tables: simple ones as GFM pipe tables, the ones Markdown cannot express (spans, blocks in cells) as clean HTML.
import type { MarkdownRule } from '../options';
import { MARK, clipperOptions } from '../options';
import { cleanHtml } from '../html';
import { absoluteUrl } from '../url';
import { escapeMarkdownText } from '../escape';
import { ownCells, ownRows } from '../prepare/tables';

// Cells and rows travel from the cell and row rules to the table rule between Unicode noncharacters
// (U+FDD1…U+FDD4), which never occur in text, so the table rule can split them back apart exactly.

function isHeaderRow(row: Element): boolean {
  const parent = row.parentNode as Element | null;
  if (parent && parent.nodeName.toUpperCase() === 'THEAD') return true;
  const cells = ownCells(row);
  return cells.length > 0 && cells.every((c) => c.nodeName.toUpperCase() === 'TH');
}

function alignmentOf(cell: Element | undefined): string {
  const align = (cell?.getAttribute('align') ?? /text-align\s*:\s*(\w+)/i.exec(cell?.getAttribute('style') ?? '')?.[1] ?? '').toLowerCase();
  if (align === 'center') return ':---:';
  if (align === 'right') return '---:';
  if (align === 'left') return ':---';
  return '---';
}

/** One cell's Markdown: a single line, `|` escaped, line breaks as <br>. */
function cellText(content: string): string {
  return content
    .trim()
    .replace(/ {2}\n/g, '<br>')
    .replace(/\n+/g, '<br>')
    .replace(/\|/g, '\\|');
}

export const tableCellRule: MarkdownRule = {
  key: 'tableCell',
  filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH') && node.closest?.(`table[${MARK.table}="gfm"]`) !== null,
  replacement: (content) => `\uFDD1${cellText(content)}\uFDD2`,
};

export const tableRowRule: MarkdownRule = {
  key: 'tableRow',
  filter: (node) => node.nodeName === 'TR' && node.closest?.(`table[${MARK.table}="gfm"]`) !== null,
  replacement: (content) => `\n\uFDD3${content.replace(/\n/g, '')}\uFDD4\n`,
};

export const tableSectionRule: MarkdownRule = {
  key: 'tableSection',
  filter: (node) => ['THEAD', 'TBODY', 'TFOOT'].includes(node.nodeName) && node.closest?.(`table[${MARK.table}="gfm"]`) !== null,
  replacement: (content) => content,
};

export const tableCaptionRule: MarkdownRule = {
  key: 'tableCaption',
  filter: (node) => node.nodeName === 'CAPTION' && node.closest?.(`table[${MARK.table}="gfm"]`) !== null,
  // Written by the table rule, above the table.
  replacement: () => '',
};

export const tableRule: MarkdownRule = {
  key: 'table',
  filter: (node) => node.nodeName === 'TABLE' && node.hasAttribute(MARK.table),
  replacement(content, node, options) {
    const { imageStyle, state } = clipperOptions(options);
    if (node.getAttribute(MARK.table) === 'html') {
      const html = cleanHtml(node, {
        resolveUrl: (url) => absoluteUrl(url, state.baseUrl),
        imageAttributes: imageStyle === 'html-no-referrer' ? [['referrerpolicy', 'no-referrer']] : [],
      });
      return `\n\n${html}\n\n`;
    }
    const rows = ownRows(node);
    const markdownRows = Array.from(content.matchAll(/\uFDD3([\s\S]*?)\uFDD4/g), (m) =>
      Array.from(m[1].matchAll(/\uFDD1([\s\S]*?)\uFDD2/g), (c) => c[1]),
    );
    const width = Math.max(0, ...markdownRows.map((r) => r.length));
    if (width === 0) return '';
    const line = (cells: string[]): string =>
      '| ' + Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ') + ' |';
    const firstCells = rows[0] ? ownCells(rows[0]) : [];
    const separator = '| ' + Array.from({ length: width }, (_, i) => alignmentOf(firstCells[i])).join(' | ') + ' |';
    const lines: string[] = [];
    if (rows[0] && isHeaderRow(rows[0])) {
      lines.push(line(markdownRows[0]), separator, ...markdownRows.slice(1).map(line));
    } else {
      // GFM needs a header row; an empty one keeps every data row as data.
      lines.push(line([]), separator, ...markdownRows.map(line));
    }
    const caption = node.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim();
    return `\n\n${caption ? escapeMarkdownText(caption) + '\n\n' : ''}${lines.join('\n')}\n\n`;
  },
};
