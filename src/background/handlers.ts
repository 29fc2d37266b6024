// The worker's message handlers: each one a thin step from a typed request to the services.
import { BUILT_IN_SITE_RULES, findSiteRule } from '../core/site-rules';
import type { Clip, ClipMode } from '../core/types';
import { tr } from '../i18n';
import { MessagingError } from '../messaging/errors';
import type { Handlers } from '../messaging/transport';
import type { DownloadInfo, SavedClipInfo, WorkerProtocol } from '../messaging/protocol';
import { browser } from '../platform/browser';
import { effectiveSiteRules } from '../storage/effective-rules';
import { loadSettings } from '../storage/settings';
import { browserDownloadDeps } from './browser-download';
import { clipTab } from './clip-tab';
import { downloadText } from './download';
import { takePendingMode } from './pending';
import { clipStore, clipTabDeps, tagHistory } from './services';

async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new MessagingError(tr('errorNoActiveTab', 'There is no active tab to clip. Click into the page and try again.'));
  return tab.id;
}

export async function saveClip(clip: Clip): Promise<SavedClipInfo & { clip: Clip }> {
  const saved = await clipStore().save(clip);
  await tagHistory().record(saved.clip, new Date(), saved.previous);
  return saved;
}

export async function saveAndDownload(clip: Clip): Promise<DownloadInfo & SavedClipInfo> {
  const saved = await saveClip(clip);
  const download = await downloadText(browserDownloadDeps, saved.clip.text, saved.path, { sameArticle: saved.updated });
  return { id: saved.id, path: saved.path, updated: saved.updated, ...download };
}

async function siteDefaults(url: string): Promise<{ tags: string[]; categories: string[] }> {
  const settings = await loadSettings();
  const rule = findSiteRule(url, effectiveSiteRules(settings.siteRules, BUILT_IN_SITE_RULES));
  const union = (a: string[], b: string[] = []): string[] => [...new Set([...a, ...b])];
  return {
    tags: union(settings.archive.defaultTags, rule?.tags),
    categories: union(settings.archive.defaultCategories, rule?.categories),
  };
}

export const workerHandlers: Handlers<keyof WorkerProtocol> = {
  async clipTab({ tabId, mode, choices, useLastChoice }) {
    const id = tabId ?? (await activeTabId());
    const chosenMode: ClipMode = mode ?? (await takePendingMode(id)) ?? 'article';
    let finalChoices = choices;
    if (useLastChoice && !choices?.tags && !choices?.categories) {
      const url = await clipTabDeps.getTabUrl(id);
      const last = url ? (await tagHistory().context(url, { tags: [], categories: [] })).lastChoice : undefined;
      if (last) finalChoices = { ...choices, tags: last.tags, categories: last.categories };
    }
    return clipTab(clipTabDeps, { tabId: id, mode: chosenMode, choices: finalChoices });
  },
  async saveClip({ clip }) {
    const { id, path, updated } = await saveClip(clip);
    return { id, path, updated };
  },
  downloadClip: ({ clip }) => saveAndDownload(clip),
  async getTagContext({ url }) {
    return tagHistory().context(url, await siteDefaults(url));
  },
  listClips: ({ limit }) => clipStore().list(limit),
  getClip: ({ id }) => clipStore().get(id),
  async deleteClip({ id }) {
    const store = clipStore();
    const existing = await store.get(id);
    const deleted = await store.delete(id);
    if (existing) await tagHistory().release(existing.clip);
    return { deleted };
  },
};
