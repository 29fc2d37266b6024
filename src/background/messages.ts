// The worker's user-facing texts (localized, with English fallbacks for tests and unknown locales).
import { tr } from '../i18n';
import type { RestrictedReason } from './restricted';

/** Set by the build; undefined in unit tests. */
declare const __TARGET__: string | undefined;
const isFirefoxBuild = (): boolean => typeof __TARGET__ !== 'undefined' && __TARGET__ === 'firefox';

export function restrictedMessage(reason: RestrictedReason): string {
  switch (reason) {
    case 'web-store':
      return tr('restrictedWebStore', "This page can't be clipped: browsers don't let extensions run on their add-on stores.");
    case 'pdf':
      return tr('restrictedPdf', "This page can't be clipped: it is a PDF shown by the browser's viewer. Open an HTML version of the article instead.");
    case 'file-access':
      // Firefox has no per-extension switch for file:// pages, so there is nothing to turn on.
      if (isFirefoxBuild()) {
        return tr('restrictedFileFirefox', "This local file can't be clipped: Firefox doesn't let extensions read files on your computer. Open the article from the web instead.");
      }
      return tr(
        'restrictedFileAccess',
        'This local file can\'t be clipped yet: turn on "Allow access to file URLs" in the extension\'s details page, then try again.',
      );
    case 'no-url':
      return tr('restrictedNoAccess', "This page can't be clipped: the extension was not given access to it. Click the toolbar button on the page itself.");
    case 'browser-page':
      return tr('restrictedBrowserPage', "This page can't be clipped: it is one of the browser's own pages. Open an article on the web and try again.");
  }
}

export function timeoutMessage(seconds: number): string {
  return tr('errorTimeout', 'The page took longer than $1 s to clip, probably because it is very large. Try "Clip the selection" on the part you need.', [
    String(seconds),
  ]);
}

export function noSelectionMessage(): string {
  return tr('errorNoSelection', 'Nothing is selected. Select the part of the page to clip, then try again.');
}

export function clipFailedMessage(detail: string): string {
  return tr('errorClipFailed', 'The page could not be read ($1). Reload the page and try again.', [detail]);
}
