// Recognises pages where an extension may not run scripts, so the user gets a clear "can't clip" instead of an error.

export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf' | 'file-access' | 'no-url';

export interface Restriction {
  reason: RestrictedReason;
}

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'view-source:',
  'moz-extension:',
  'resource:',
  'jar:',
  'data:',
  'blob:',
  'javascript:',
]);

// Browsers refuse script injection into their extension galleries, whatever the permissions.
const STORE_PAGES: Array<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/**
 * Why the page at `url` cannot be clipped, or undefined when it can.
 * `fileAccess` says whether the user allowed this extension on file:// URLs.
 */
export function findRestriction(url: string | undefined, fileAccess: boolean): Restriction | undefined {
  if (!url) return { reason: 'no-url' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { reason: 'browser-page' };
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return { reason: 'browser-page' };
  const host = parsed.hostname.toLowerCase();
  for (const store of STORE_PAGES) {
    if (host === store.host && (!store.path || parsed.pathname.startsWith(store.path))) return { reason: 'web-store' };
  }
  // A PDF opens in the browser's own viewer, which content scripts cannot reach.
  if (/\.pdf$/i.test(parsed.pathname)) return { reason: 'pdf' };
  if (parsed.protocol === 'file:' && !fileAccess) return { reason: 'file-access' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return { reason: 'browser-page' };
  return undefined;
}

/** Errors from scripting.executeScript that mean "this page is off limits" rather than a bug. */
export function isRestrictionError(message: string): boolean {
  return /cannot be scripted|cannot access|Missing host permission|extensions gallery|Cannot access contents|chrome:\/\/ URL|Permission denied|Missing required permission|file:\/\//i.test(
    message,
  );
}

/**
 * Why an injection was refused, read from the browser's message: used when the tab's URL was not visible
 * (no activeTab grant on browser pages), so the user still learns the real reason.
 */
export function restrictionFromError(message: string): RestrictedReason {
  if (/extensions gallery|webstore|addons\.mozilla/i.test(message)) return 'web-store';
  if (/(chrome|edge|about|devtools|view-source|chrome-extension|moz-extension|resource):/i.test(message)) return 'browser-page';
  if (/file:\/\//i.test(message)) return 'file-access';
  if (/\.pdf\b/i.test(message)) return 'pdf';
  return 'no-url';
}
