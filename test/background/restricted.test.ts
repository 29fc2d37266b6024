import { describe, expect, it } from 'vitest';
import { findRestriction, isRestrictionError, restrictionFromError } from '../../src/background/restricted';

describe('findRestriction', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://1234/options.html', 'browser-page'],
    ['data:text/html,<p>hi', 'browser-page'],
    ['https://chromewebstore.google.com/detail/foo/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/foo/', 'web-store'],
    ['https://example.com/papers/report.PDF', 'pdf'],
    ['https://example.com/report.pdf?download=1#page=2', 'pdf'],
    ['file:///home/me/article.html', 'file-access'],
    [undefined, 'no-url'],
    ['not a url', 'browser-page'],
  ])('%s → %s', (url, reason) => {
    expect(findRestriction(url, false)?.reason).toBe(reason);
  });

  it.each([
    'https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants',
    'http://127.0.0.1:8080/demo/article.html',
    'https://chrome.google.com/search?q=x',
    'https://example.com/pdf-tips/',
    'https://mozilla.org/addons',
  ])('allows %s', (url) => {
    expect(findRestriction(url, false)).toBeUndefined();
  });

  it('allows file:// when the user granted file access', () => {
    expect(findRestriction('file:///home/me/article.html', true)).toBeUndefined();
  });
});

describe('isRestrictionError', () => {
  it('recognises the browsers’ refusals and nothing else', () => {
    expect(isRestrictionError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(true);
    expect(isRestrictionError('The extensions gallery cannot be scripted.')).toBe(true);
    expect(isRestrictionError('Missing host permission for the tab')).toBe(true);
    expect(isRestrictionError('Cannot access a chrome:// URL')).toBe(true);
    expect(isRestrictionError('No tab with id: 12.')).toBe(false);
    expect(isRestrictionError('TypeError: x is undefined')).toBe(false);
  });
});

describe('restrictionFromError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'web-store'],
    ['Cannot access contents of url "file:///home/a.html". Extension manifest must request permission to access this host.', 'file-access'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-url'],
  ])('%s → %s', (message, reason) => {
    expect(restrictionFromError(message)).toBe(reason);
  });
});
