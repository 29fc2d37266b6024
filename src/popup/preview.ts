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

/** Longest Markdown rendered in the preview; a longer body is cut at a paragraph break (the file itself stays whole). */
export const PREVIEW_LIMIT = 150_000;

/** The part of the Markdown worth previewing, and whether it was cut. */
export function previewPart(markdown: string, limit = PREVIEW_LIMIT): { markdown: string; truncated: boolean } {
  if (markdown.length <= limit) return { markdown, truncated: false };
  const cut = markdown.lastIndexOf('\n\n', limit);
  return { markdown: markdown.slice(0, cut > limit / 2 ? cut : limit), truncated: true };
}

const rendered = new WeakMap<HTMLElement, string>();

/**
 * Shows the clip. The rendered preview is rebuilt only when the body changed (not on every keystroke in the title),
 * and a very long body is previewed in part so the popup stays responsive.
 */
export function showClip(els: PreviewElements, markdown: string, text: string, truncatedNote: string): void {
  if (rendered.get(els.preview) !== markdown) {
    const part = previewPart(markdown);
    els.preview.innerHTML = renderMarkdown(part.markdown);
    if (part.truncated) {
      const note = els.preview.ownerDocument.createElement('p');
      note.className = 'preview-note';
      note.textContent = truncatedNote;
      els.preview.append(note);
    }
    rendered.set(els.preview, markdown);
  }
  els.raw.textContent = text;
}

/** Switches between the rendered preview and the exact file text. */
export function setRawVisible(els: PreviewElements, raw: boolean, labels: { showFile: string; showPreview: string }): void {
  els.raw.hidden = !raw;
  els.preview.hidden = raw;
  els.toggle.setAttribute('aria-pressed', String(raw));
  els.toggle.textContent = raw ? labels.showPreview : labels.showFile;
}
