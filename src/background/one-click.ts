// One-click clip (keyboard shortcut, or a context-menu click when the popup cannot open): clip, save, download, badge.
import type { ClipMode } from '../core/types';
import { browser } from '../platform/browser';
import { tr } from '../i18n';
import { clipTab } from './clip-tab';
import { saveAndDownload } from './handlers';
import { clipTabDeps } from './services';

const BADGE_MS = 5_000;

async function badge(tabId: number, ok: boolean, title: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#cf222e' });
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title });
  // If the worker is stopped before this fires, the badge stays until the tab navigates: acceptable, it is still true.
  setTimeout(() => {
    void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void browser.action.setTitle({ tabId, title: tr('actionTitle', 'Clip this article') }).catch(() => undefined);
  }, BADGE_MS);
}

export async function clipAndSave(tabId: number, mode: ClipMode): Promise<void> {
  try {
    const result = await clipTab(clipTabDeps, { tabId, mode });
    if (!result.ok) {
      await badge(tabId, false, result.message);
      return;
    }
    const info = await saveAndDownload(result.clip);
    await badge(tabId, true, tr('badgeSaved', 'Saved and downloaded $1', [info.path]));
  } catch (error) {
    await badge(tabId, false, error instanceof Error ? error.message : String(error));
  }
}
