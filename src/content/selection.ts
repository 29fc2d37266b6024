// Serialises the user's selection (every range) as HTML, for the 'selection' clip mode.

const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'FIGCAPTION', 'DD', 'DT']);

/** The nearest block element (a paragraph, list item, quote…) that holds the whole range, if any below <body>. */
function enclosingBlock(range: Range): Element | undefined {
  let node: Node | null = range.commonAncestorContainer;
  if (node.nodeType !== 1) node = node.parentElement;
  for (let el = node as Element | null; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (BLOCKS.has(el.tagName)) return el;
  }
  return undefined;
}

export function selectionHtml(win: Window): string | undefined {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const doc = win.document;
  const container = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i += 1) {
    const range = selection.getRangeAt(i);
    const fragment = range.cloneContents();
    // A selection inside one block keeps that block, so a heading stays a heading and a code line stays code.
    const block = enclosingBlock(range);
    if (block) {
      const wrapper = block.cloneNode(false) as Element;
      wrapper.appendChild(fragment);
      container.appendChild(wrapper);
    } else {
      container.appendChild(fragment);
    }
  }
  const html = container.innerHTML.trim();
  return html === '' ? undefined : html;
}
