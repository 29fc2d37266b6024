// The popup's texts from code (localized through browser.i18n, English fallbacks for tests).
import { tr } from '../i18n';

export const labels = {
  removeTag: (name: string) => tr('popupRemoveTag', 'Remove $1', [name]),
  showFile: () => tr('popupRawToggle', 'Show file'),
  showPreview: () => tr('popupPreviewToggle', 'Show preview'),
  saved: (path: string) => tr('popupStatusSaved', 'Saved: $1', [path]),
  updated: (path: string) => tr('popupStatusUpdated', 'Saved (updated): $1', [path]),
  downloaded: (path: string) => tr('popupStatusDownloaded', 'Downloaded: $1', [path]),
  copied: () => tr('popupStatusCopied', 'Copied the file to the clipboard'),
  saving: () => tr('popupStatusSaving', 'Saving…'),
  noArticleTitle: () => tr('popupNoArticleTitle', 'No article found'),
  /** The core explains in English; the popup says the same in the user's language when it can. */
  noArticleText: (coreMessage: string) => tr('popupNoArticleText', coreMessage),
  restrictedTitle: () => tr('popupRestrictedTitle', "This page can't be clipped"),
  errorTitle: () => tr('popupErrorTitle', 'Something went wrong'),
  errorRetry: (message: string) => tr('popupErrorRetry', '$1 Close this window and click the toolbar button again.', [message]),
  siteDefault: () => tr('popupSuggestionSiteDefault', 'default'),
  lastUsed: () => tr('popupSuggestionLast', 'last time'),
  usedTimes: (n: number) => tr('popupSuggestionCount', '$1×', [String(n)]),
  previewTruncated: () => tr('popupPreviewTruncated', 'The preview shows the beginning of this long article; the file has all of it.'),
  fixFields: () => tr('popupFixFields', 'Correct the field marked in red first.'),
  copyFailed: (detail: string) => tr('popupCopyFailed', 'Could not copy ($1). Use Download instead.', [detail]),
};
