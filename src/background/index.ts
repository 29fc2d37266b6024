// Background entry: registers every listener synchronously at the top level (the worker may be restarted for any event).
import { onMessages } from '../messaging';
import { browser } from '../platform/browser';
import { onCommand } from './commands';
import { createContextMenus, onContextMenuClick } from './context-menus';
import { workerHandlers } from './handlers';

onMessages(workerHandlers);

browser.runtime.onInstalled.addListener(() => {
  void createContextMenus();
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  void onContextMenuClick(info, tab);
});

browser.commands.onCommand.addListener((command, tab) => {
  void onCommand(command, tab);
});
