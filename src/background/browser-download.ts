// The download service's browser side: blob URLs in the worker (Firefox) or the offscreen document (Chrome), downloads API.
import { browser } from '../platform/browser';
import { sendMessage } from '../messaging';
import type { DownloadDeps, DownloadEnd } from './download';

const OFFSCREEN_URL = 'offscreen.html';

/** Set by the build ('chrome' | 'firefox'); lets the Firefox bundle drop the offscreen code, which Firefox lacks. */
declare const __TARGET__: string;

type BlobUrls = Pick<DownloadDeps, 'createUrl' | 'revokeUrl'>;

/** Firefox's event page (and any context with a DOM) can make blob: URLs itself. */
const localBlobUrls: BlobUrls = {
  createUrl: (text, type) => Promise.resolve(URL.createObjectURL(new Blob([text], { type }))),
  revokeUrl: (url) => Promise.resolve(URL.revokeObjectURL(url)),
};

async function ensureOffscreenDocument(): Promise<void> {
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] });
  if (contexts.length > 0) return;
  try {
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: [chrome.offscreen.Reason.BLOBS],
      justification: 'Create a blob: URL for the Markdown file being downloaded.',
    });
  } catch (error) {
    // Two downloads at once may race to create it; the second finds it already there, which is fine.
    if (!(error instanceof Error && /single offscreen document/i.test(error.message))) throw error;
  }
}

/** Chrome's service worker has no URL.createObjectURL, so an offscreen document makes the URL. */
const offscreenBlobUrls: BlobUrls = {
  async createUrl(text, type) {
    await ensureOffscreenDocument();
    return (await sendMessage('offscreen.createBlobUrl', { text, type })).url;
  },
  async revokeUrl(url) {
    await sendMessage('offscreen.revokeBlobUrl', { url }).catch(() => undefined);
  },
};

const blobUrls: BlobUrls = __TARGET__ === 'firefox' ? localBlobUrls : offscreenBlobUrls;

export const browserDownloadDeps: DownloadDeps = {
  ...blobUrls,
  download: (options) => browser.downloads.download(options),
  waitForEnd(downloadId, timeoutMs) {
    return new Promise((resolve) => {
      let done = false;
      const finish = (result: DownloadEnd): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        browser.downloads.onChanged.removeListener(listener);
        resolve(result);
      };
      // The final item says where the file went (the name may differ from the one asked for: 'uniquify').
      const settle = (): void => {
        void browser.downloads.search({ id: downloadId }).then(([item]) => {
          if (item?.state === 'complete') finish({ state: 'complete', file: item.filename || undefined });
          else if (item?.state === 'interrupted') finish({ state: 'interrupted', error: item.error ?? 'unknown' });
        });
      };
      const listener = (delta: { id: number; state?: { current?: string } }): void => {
        if (delta.id === downloadId && (delta.state?.current === 'complete' || delta.state?.current === 'interrupted')) settle();
      };
      browser.downloads.onChanged.addListener(listener);
      // The download may have finished before the listener was added.
      settle();
      // A download that takes longer (slow disk, a save dialog) is left to finish; the URL is revoked then anyway.
      const timer = setTimeout(() => finish({ state: 'complete' }), timeoutMs);
    });
  },
};
