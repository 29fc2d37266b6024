// Context-menu items (created on install/update) and what a click on each does.
import type { ClipMode } from '../core/types';
import { tr } from '../i18n';
import { browser, type Menus, type Tabs } from '../platform/browser';
import { clipAndSave } from './one-click';
import { setPendingMode, takePendingMode } from './pending';

const MENU_MODES: Record<string, ClipMode> = {
  'clip-page': 'article',
  'clip-whole-page': 'page',
  'clip-selection': 'selection',
};

export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: 'clip-page', title: tr('contextMenuClipPage', 'Clip this article'), contexts: ['page'] });
  browser.contextMenus.create({ id: 'clip-whole-page', title: tr('contextMenuClipWholePage', 'Clip the whole page'), contexts: ['page'] });
  browser.contextMenus.create({ id: 'clip-selection', title: tr('contextMenuClipSelection', 'Clip the selection'), contexts: ['selection'] });
}

/** Opens the popup on the chosen mode; where the popup cannot be opened programmatically, clips and saves directly. */
export async function onContextMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  const mode = MENU_MODES[String(info.menuItemId)];
  if (!mode || tab?.id === undefined) return;
  // Firefox opens the popup only while the click is being handled, so openPopup must not wait for the storage
  // write; the write was issued first, and storage runs requests in order, so the popup's read will see it.
  const pending = setPendingMode(tab.id, mode);
  let opened = true;
  try {
    await browser.action.openPopup();
  } catch {
    opened = false;
  }
  await pending;
  if (!opened) {
    await takePendingMode(tab.id);
    await clipAndSave(tab.id, mode);
  }
}
