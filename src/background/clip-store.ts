// The clip library: every clip kept (one record per article address), re-clips update, paths never collide.
import type { Clip } from '../core/types';
import { tr } from '../i18n';
import { ClipStoreError } from '../messaging/errors';
import type { SavedClipInfo, StoredClip } from '../messaging/protocol';

/** The table operations the library needs (IndexedDB in the extension, a Map in tests). */
export interface ClipTable {
  get(id: string): Promise<StoredClip | undefined>;
  getByPath(path: string): Promise<StoredClip[]>;
  put(record: StoredClip): Promise<void>;
  delete(id: string): Promise<void>;
  /** Newest first by updatedAt. */
  list(limit?: number): Promise<StoredClip[]>;
}

/** A clip's library id: its article address (the `from` value), so a second clip of the same URL updates the record. */
export function clipId(clip: Clip): string {
  return clip.from || clip.url;
}

/** `_posts/2021-07-10-slug.md` → `_posts/2021-07-10-slug-2.md` */
export function numberedPath(path: string, n: number): string {
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  return dot > slash ? `${path.slice(0, dot)}-${n}${path.slice(dot)}` : `${path}-${n}`;
}

export interface ClipStore {
  /** Stores the clip; `previous` is the record it replaced, if any (so tag counts can be corrected). */
  save(clip: Clip): Promise<SavedClipInfo & { clip: Clip; previous?: Pick<Clip, 'tags' | 'categories'> }>;
  get(id: string): Promise<StoredClip | undefined>;
  list(limit?: number): Promise<StoredClip[]>;
  delete(id: string): Promise<boolean>;
}

export function createClipStore(table: ClipTable, now: () => Date): ClipStore {
  /** The path for this article: its old one when re-clipped, else the clip's own, numbered if another article has it. */
  async function choosePath(id: string, clip: Clip, existing: StoredClip | undefined): Promise<string> {
    if (existing) return existing.path;
    for (let n = 1; n < 1000; n += 1) {
      const candidate = n === 1 ? clip.path : numberedPath(clip.path, n);
      const holders = await table.getByPath(candidate);
      if (holders.every((h) => h.id === id)) return candidate;
    }
    throw new ClipStoreError(tr('errorStoreTooMany', 'Too many clips share the file name $1. Edit the title to get another file name.', [clip.path]));
  }

  async function guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (error) {
      if (error instanceof ClipStoreError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new ClipStoreError(tr('errorStoreFailed', 'The clip library could not be used ($1). Check that the browser has free disk space.', [detail]));
    }
  }

  return {
    save: (clip) =>
      guard(async () => {
        const id = clipId(clip);
        const existing = await table.get(id);
        const path = await choosePath(id, clip, existing);
        const stamp = now().toISOString();
        const stored: Clip = { ...clip, path };
        await table.put({
          id,
          path,
          url: clip.url,
          text: clip.text,
          clip: stored,
          savedAt: existing?.savedAt ?? stamp,
          updatedAt: stamp,
        });
        const previous = existing ? { tags: existing.clip.tags, categories: existing.clip.categories } : undefined;
        return { id, path, updated: existing !== undefined, clip: stored, previous };
      }),
    get: (id) => guard(() => table.get(id)),
    list: (limit) => guard(() => table.list(limit)),
    delete: (id) =>
      guard(async () => {
        const existed = (await table.get(id)) !== undefined;
        await table.delete(id);
        return existed;
      }),
  };
}
