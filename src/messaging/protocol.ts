// The extension's messages, declared once: name → argument and result types, for every sender and receiver.
import type { ArchiveSettings, Clip, ClipChoices, ClipMode, PageMetadata, SiteRule } from '../core/types';

/** What the worker answers when asked to clip a tab. */
export type ClipTabResult =
  | { ok: true; clip: Clip; rule?: SiteRule; archive: ArchiveSettings }
  | { ok: false; code: 'no-article'; message: string; metadata: PageMetadata; url: string }
  | { ok: false; code: 'restricted'; message: string; url?: string };

/** A clip as kept in the library (IndexedDB). */
export interface StoredClip {
  /** Stable id derived from the article address, so clipping the same URL again updates the record. */
  id: string;
  path: string;
  url: string;
  text: string;
  clip: Clip;
  savedAt: string;
  updatedAt: string;
}

export interface SavedClipInfo {
  id: string;
  path: string;
  /** True when a clip of the same URL was already stored and has been updated. */
  updated: boolean;
}

export interface DownloadInfo {
  downloadId: number;
  /** The file name given to the browser (the archive path). */
  filename: string;
  /**
   * The name the file really got, with as many trailing path parts as `filename` has (e.g. `_posts/a (1).md` when
   * the browser had to pick another name because the file existed). Undefined when the browser did not say.
   */
  savedAs?: string;
}

export interface TagCount {
  name: string;
  count: number;
}

/** What the popup needs to suggest tags and categories for one page. */
export interface TagContext {
  tags: TagCount[];
  categories: TagCount[];
  /** The tags and categories chosen the last time a page of this site was clipped. */
  lastChoice?: { tags: string[]; categories: string[] };
  /** The site rule's default tags and categories (plus the global defaults). */
  siteDefaults: { tags: string[]; categories: string[] };
}

/** Messages handled by the background worker. */
export interface WorkerProtocol {
  clipTab: {
    /** mode: omitted = the mode a context-menu click asked for, else 'article'. */
    args: { tabId?: number; mode?: ClipMode; choices?: ClipChoices; useLastChoice?: boolean };
    result: ClipTabResult;
  };
  saveClip: { args: { clip: Clip }; result: SavedClipInfo };
  downloadClip: { args: { clip: Clip }; result: DownloadInfo & SavedClipInfo };
  getTagContext: { args: { url: string }; result: TagContext };
  listClips: { args: { limit?: number }; result: StoredClip[] };
  getClip: { args: { id: string }; result: StoredClip | undefined };
  deleteClip: { args: { id: string }; result: { deleted: boolean } };
}

/** Messages handled by the offscreen document (Chrome only: blob: URLs for downloads). */
export interface OffscreenProtocol {
  'offscreen.createBlobUrl': { args: { text: string; type: string }; result: { url: string } };
  'offscreen.revokeBlobUrl': { args: { url: string }; result: { revoked: boolean } };
}

export type Protocol = WorkerProtocol & OffscreenProtocol;
export type MessageName = keyof Protocol;
export type Args<K extends MessageName> = Protocol[K]['args'];
export type Result<K extends MessageName> = Protocol[K]['result'];
