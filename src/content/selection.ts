// Serialises the user's selection (every range) as HTML, for the 'selection' clip mode.

export function selectionHtml(win: Window): string | undefined {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const doc = win.document;
  const container = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i += 1) {
    const range = selection.getRangeAt(i);
    // A selection inside one element (a paragraph) keeps that element so its meaning (a quote, a list item) survives.
    const common = range.commonAncestorContainer;
    const fragment = range.cloneContents();
    if (common.nodeType === Node.ELEMENT_NODE && common !== doc.body && /^(P|LI|BLOCKQUOTE|PRE|H[1-6]|TD)$/.test((common as Element).tagName)) {
      const wrapper = (common as Element).cloneNode(false) as Element;
      wrapper.appendChild(fragment);
      container.appendChild(wrapper);
    } else {
      container.appendChild(fragment);
    }
  }
  const html = container.innerHTML.trim();
  return html === '' ? undefined : html;
}
