// Downloads a clip as its .md file under the archive path: a blob: URL (offscreen document on Chrome), then revoked.
import { tr } from '../i18n';
import { DownloadError } from '../messaging/errors';
import type { DownloadInfo } from '../messaging/protocol';

export const MARKDOWN_TYPE = 'text/markdown;charset=utf-8';

/** How a download ended; `file` is the full path the browser wrote, when it says. */
export type DownloadEnd = { state: 'complete'; file?: string } | { state: 'interrupted'; error: string };

/** The last `parts` segments of a path the browser reports (either separator), e.g. `_posts/a (1).md`. */
export function tailOfPath(file: string, parts: number): string {
  return file.split(/[\\/]/).slice(-parts).join('/');
}

/** The browser calls the download needs, injected so the flow is testable. */
export interface DownloadDeps {
  /** Makes a blob: URL for the text (in the worker on Firefox, in the offscreen document on Chrome). */
  createUrl(text: string, type: string): Promise<string>;
  revokeUrl(url: string): Promise<void>;
  download(options: { url: string; filename: string; saveAs: boolean; conflictAction: 'uniquify' | 'overwrite' }): Promise<number>;
  /** Resolves when the download ends: 'complete', or the interruption reason. */
  waitForEnd(downloadId: number, timeoutMs: number): Promise<DownloadEnd>;
}

/**
 * A download file name the browsers accept: relative, `/`-separated, no empty, `.` or `..` segments,
 * no characters Windows forbids, no segment starting or ending with a dot or space (Chrome rejects those).
 */
export function safeDownloadName(path: string): string {
  const segments = path
    .split(/[\\/]+/)
    .map((s) =>
      s
        .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '-')
        .replace(/^[\s.]+|[\s.]+$/g, '')
        .trim(),
    )
    .filter((s) => s !== '');
  return segments.length > 0 ? segments.join('/') : 'clip.md';
}

/**
 * Downloads `text` as `path`. `sameArticle` says the library already held this article under this path: then the
 * file is replaced (clipping the same URL again updates its file, as the archive format asks); any other name
 * clash gets a new name from the browser, so a file of another article is never overwritten.
 */
export async function downloadText(
  deps: DownloadDeps,
  text: string,
  path: string,
  opts: { sameArticle?: boolean; timeoutMs?: number } = {},
): Promise<DownloadInfo> {
  const filename = safeDownloadName(path);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const url = await deps.createUrl(text, MARKDOWN_TYPE);
  let downloadId: number;
  try {
    downloadId = await deps.download({ url, filename, saveAs: false, conflictAction: opts.sameArticle ? 'overwrite' : 'uniquify' });
  } catch (error) {
    await deps.revokeUrl(url);
    const detail = error instanceof Error ? error.message : String(error);
    throw new DownloadError(tr('errorDownloadRefused', "The browser refused to download $1 ($2). Check the browser's download settings.", [filename, detail]));
  }
  // Revoking before the browser has read the blob would break the download, so wait for its end first.
  let end: DownloadEnd;
  try {
    end = await deps.waitForEnd(downloadId, timeoutMs);
  } finally {
    await deps.revokeUrl(url);
  }
  if (end.state === 'interrupted') {
    throw new DownloadError(tr('errorDownloadInterrupted', 'The download of $1 was interrupted ($2). Try again, or use Copy.', [filename, end.error]));
  }
  const savedAs = end.file ? tailOfPath(end.file, filename.split('/').length) : undefined;
  return savedAs ? { downloadId, filename, savedAs } : { downloadId, filename };
}
