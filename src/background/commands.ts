// Keyboard commands: `clip-and-save` clips the active tab with the site's defaults and saves it, without the popup.
import { browser, type Tabs } from '../platform/browser';
import { clipAndSave } from './one-click';

export const CLIP_AND_SAVE = 'clip-and-save';

export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command !== CLIP_AND_SAVE) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id !== undefined) await clipAndSave(id, 'article');
}
