// Runs the core pipeline on the live page for one request from the worker.
import { clipDocument } from '../core/clip';
import { tr } from '../i18n';
import type { ContentRequest, ContentResult } from './request';
import { selectionHtml } from './selection';

export function runClip(win: Window, request: ContentRequest): ContentResult {
  // A PDF served without a .pdf name still opens in the browser's viewer, whose page holds no article text.
  if (win.document.contentType === 'application/pdf') return { ok: false, code: 'pdf' };
  const selection = request.mode === 'selection' ? selectionHtml(win) : undefined;
  if (request.mode === 'selection' && selection === undefined) {
    // Say so instead of quietly clipping something the user did not choose.
    return {
      ok: false,
      code: 'no-article',
      message: tr('errorNoSelection', 'Nothing is selected. Select the part of the page to clip, then try again.'),
      metadata: { title: win.document.title.trim(), authors: [] },
    };
  }
  return clipDocument(win.document, {
    url: win.location.href,
    mode: request.mode,
    selectionHtml: selection,
    choices: request.choices,
    settings: request.settings,
    rules: request.rules,
    now: () => new Date(request.now),
  });
}
