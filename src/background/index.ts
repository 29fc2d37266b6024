// Background entry: registers every listener synchronously at the top level (the worker may be restarted for any event).
import { onMessages } from '../messaging';
import { browser } from '../platform/browser';
import { createContextMenus, onContextMenuClick } from './context-menus';
import { workerHandlers } from './handlers';
import { clipAndSave } from './one-click';

onMessages(workerHandlers);

browser.runtime.onInstalled.addListener(() => {
  void createContextMenus();
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  void onContextMenuClick(info, tab);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'clip-and-save') return;
  void (async () => {
    const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (id !== undefined) await clipAndSave(id, 'article');
  })();
});
