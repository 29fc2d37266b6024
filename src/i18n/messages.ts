// Looks up one localized message; the source is the browser's i18n API unless a test or the Node CLI injects one.

/** The subset of `chrome.i18n` / `browser.i18n` this helper needs. */
export interface MessageSource {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

interface I18nGlobals {
  chrome?: { i18n?: MessageSource };
  browser?: { i18n?: MessageSource };
}

let injected: MessageSource | undefined;

/** Replaces the message source (tests, previews outside the extension); pass undefined to go back to the browser's. */
export function setMessageSource(source: MessageSource | undefined): void {
  injected = source;
}

function currentSource(): MessageSource | undefined {
  if (injected) return injected;
  const g = globalThis as unknown as I18nGlobals;
  // Firefox provides both `browser` and `chrome`; Chrome only `chrome`. Either has getMessage.
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The localized message for `key`, or '' when the key is unknown or no i18n API exists (e.g. a plain web page). */
export function t(key: string, substitutions?: string | string[]): string {
  const source = currentSource();
  if (!source) return '';
  try {
    return source.getMessage(key, substitutions) ?? '';
  } catch {
    // getMessage throws only for malformed keys; an unknown key returns ''. Treat both as missing.
    return '';
  }
}

/**
 * Like `t`, but falls back to `fallback` (English, with $1…$9 placeholders filled) when the key has no message:
 * pages opened outside the extension (unit tests, a dev preview) still show readable text.
 */
export function tr(key: string, fallback: string, substitutions: string[] = []): string {
  const text = t(key, substitutions.length ? substitutions : undefined);
  if (text) return text;
  return fallback.replace(/\$([1-9])/g, (match, n: string) => substitutions[Number(n) - 1] ?? match);
}

/** The browser's UI language as a BCP 47 tag (e.g. 'en-US', 'zh-CN'); 'en' outside an extension. */
export function uiLanguage(): string {
  return currentSource()?.getUILanguage() || 'en';
}
