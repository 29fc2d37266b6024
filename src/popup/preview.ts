// The preview: the clip's Markdown rendered with marked and sanitised with DOMPurify, plus the raw-file view.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

let hooked = false;

/** Markdown → safe HTML: no scripts or handlers; links open in a new tab; images sent without a referrer, as the archive does. */
export function renderMarkdown(markdown: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.tagName === 'IMG') node.setAttribute('referrerpolicy', 'no-referrer');
    });
    hooked = true;
  }
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { ADD_ATTR: ['target', 'referrerpolicy'], FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}

export interface PreviewElements {
  preview: HTMLElement;
  raw: HTMLElement;
  toggle: HTMLButtonElement;
}

export function showClip(els: PreviewElements, markdown: string, text: string): void {
  els.preview.innerHTML = renderMarkdown(markdown);
  els.raw.textContent = text;
}

/** Switches between the rendered preview and the exact file text. */
export function setRawVisible(els: PreviewElements, raw: boolean, labels: { showFile: string; showPreview: string }): void {
  els.raw.hidden = !raw;
  els.preview.hidden = raw;
  els.toggle.setAttribute('aria-pressed', String(raw));
  els.toggle.textContent = raw ? labels.showPreview : labels.showFile;
}
