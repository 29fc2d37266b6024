// The worker's services bound to the browser; built on demand per event, so no state lives between events.
import { browser } from '../platform/browser';
import { loadSettings } from '../storage/settings';
import { createClipStore } from './clip-store';
import type { ClipTabDeps } from './clip-tab';
import { CONTENT_ENTRY_KEY, type ContentRequest } from '../content/request';
import { idbClipTable } from './idb-clip-table';
import { createTagHistory } from './tag-history';

/** Set by the build ('chrome' | 'firefox'). */
declare const __TARGET__: string;

/** A huge page may legitimately take a while; past this the user is told instead of waiting forever. */
export const CLIP_TIMEOUT_MS = 45_000;

export const clipStore = () => createClipStore(idbClipTable, () => new Date());
export const tagHistory = () => createTagHistory(browser.storage.local);

/**
 * Runs in the page's isolated world (serialised by executeScript, so it must be self-contained):
 * takes the entry the content script left, removes it so nothing lingers, and runs the clip.
 */
function callContentEntry(key: string, request: ContentRequest): unknown {
  const holder = globalThis as unknown as Record<symbol, ((r: ContentRequest) => unknown) | undefined>;
  const symbol = Symbol.for(key);
  const entry = holder[symbol];
  delete holder[symbol];
  if (typeof entry !== 'function') throw new Error('the content script did not load');
  return entry(request);
}

export const clipTabDeps: ClipTabDeps = {
  async getTabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  },
  // Firefox answers false whatever the user allowed; there the injection itself tells whether a file:// page is open to us.
  fileAccessAllowed: () => (__TARGET__ === 'firefox' ? Promise.resolve(true) : browser.extension.isAllowedFileSchemeAccess()),
  async injectFile(tabId, file) {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  },
  async runClip(tabId, request) {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: callContentEntry,
      args: [CONTENT_ENTRY_KEY, request],
    });
    // Firefox reports an exception in the injected function here; Chrome rejects the executeScript call instead.
    const failure: unknown = result && 'error' in result ? result.error : undefined;
    if (failure) throw new Error(failure instanceof Error ? failure.message : JSON.stringify(failure));
    return result?.result;
  },
  loadSettings,
  now: () => new Date(),
  timeoutMs: CLIP_TIMEOUT_MS,
};
