// A clip mode waiting for the popup (set by a context-menu click that opens the popup), kept in storage.session per tab.
import type { ClipMode } from '../core/types';
import { browser } from '../platform/browser';

const key = (tabId: number): string => `pendingMode.${tabId}`;

export async function setPendingMode(tabId: number, mode: ClipMode): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: mode });
}

/** The pending mode for the tab, removed as it is read so it applies to one popup only. */
export async function takePendingMode(tabId: number): Promise<ClipMode | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  const mode = stored[key(tabId)] as ClipMode | undefined;
  if (mode) await browser.storage.session.remove(key(tabId));
  return mode;
}
