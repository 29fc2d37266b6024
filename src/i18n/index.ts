// Localizes extension pages (popup, options): fills `data-i18n*` attributes from the browser's i18n messages.
//
// Usage in any extension page (popup and options share this):
//   <h1 data-i18n="optionsTitle"></h1>                 → textContent
//   <input data-i18n-placeholder="optionsTagsPlaceholder">
//   <button data-i18n-title="..." data-i18n-aria-label="...">
//   import { localizePage, t } from '../i18n';
//   localizePage(document);            // once, after DOMContentLoaded
//   t('statusSaved', [path]);          // in code
// A key missing from _locales is reported by `missingKeys` (tests use it) and leaves the element's existing text,
// so an untranslated string shows the English fallback written in the HTML instead of an empty label.
export { localizePage, missingKeys, type LocalizeResult } from './localize';
export { t, tr, setMessageSource, uiLanguage, type MessageSource } from './messages';
