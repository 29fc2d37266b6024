// A small in-memory stand-in for the WebExtension APIs the worker uses, for handler-level tests.
import { FakeStorageArea } from '../storage/fake-storage-area';

export interface ExecuteCall {
  tabId: number;
  files?: string[];
  args?: unknown[];
}

export function createFakeBrowser() {
  const tabs = new Map<number, { id: number; url?: string }>();
  const executeCalls: ExecuteCall[] = [];
  const downloads: Array<{ id: number; url: string; filename: string; conflictAction?: string }> = [];
  const badges = new Map<number, { text?: string; title?: string; color?: string }>();
  /** What the injected content script does: replaced per test. */
  let contentEntry: (request: unknown) => unknown = () => undefined;
  const changedListeners = new Set<(delta: unknown) => void>();

  const menus: Array<{ id: string; contexts: string[]; title: string }> = [];
  let popupOpens = 0;
  let popupFails = false;
  const badge = (tabId: number) => {
    if (!badges.has(tabId)) badges.set(tabId, {});
    return badges.get(tabId)!;
  };

  const browser = {
    storage: { sync: new FakeStorageArea({ perItem: 8192, total: 102_400 }), local: new FakeStorageArea(), session: new FakeStorageArea() },
    tabs: {
      get: async (id: number) => {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return tab;
      },
      query: async () => [...tabs.values()].slice(0, 1),
    },
    extension: { isAllowedFileSchemeAccess: async () => false },
    scripting: {
      executeScript: async (options: { target: { tabId: number }; files?: string[]; func?: (...a: unknown[]) => unknown; args?: unknown[] }) => {
        executeCalls.push({ tabId: options.target.tabId, files: options.files, args: options.args });
        if (options.files) {
          // As content.js does: leave the entry point under its Symbol key for exactly one call.
          (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('jekyll-web-clipper.clip')] = contentEntry;
          return [{ frameId: 0, result: undefined }];
        }
        return [{ frameId: 0, result: await options.func!(...(options.args ?? [])) }];
      },
    },
    downloads: {
      download: async (o: { url: string; filename: string; conflictAction?: string }) => {
        downloads.push({ id: downloads.length + 1, ...o });
        return downloads.length;
      },
      search: async () => [{ state: 'complete' }],
      onChanged: { addListener: (l: (d: unknown) => void) => changedListeners.add(l), removeListener: (l: (d: unknown) => void) => changedListeners.delete(l) },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
      openPopup: async () => {
        if (popupFails) throw new Error('openPopup is not available here');
        popupOpens += 1;
      },
    },
    contextMenus: {
      removeAll: async () => void menus.splice(0),
      create: (item: { id: string; contexts: string[]; title: string }) => void menus.push(item),
    },
  };

  return {
    browser,
    tabs,
    executeCalls,
    downloads,
    badges,
    menus,
    popupOpens: () => popupOpens,
    failPopup() {
      popupFails = true;
    },
    setContentEntry(entry: (request: unknown) => unknown) {
      contentEntry = entry;
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
