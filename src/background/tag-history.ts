// Tags and categories used before (with counts) and the last choice per site, kept in storage.local.
import type { Clip } from '../core/types';
import type { StorageAreaLike } from '../storage/settings-store';
import type { TagContext, TagCount } from '../messaging/protocol';

export const TAG_HISTORY_KEY = 'tagHistory';
/** Sites remembered for "last choice"; the oldest are forgotten first so storage stays small. */
export const MAX_SITES = 500;

interface SiteChoice {
  tags: string[];
  categories: string[];
  at: string;
}

export interface TagHistory {
  tags: Record<string, number>;
  categories: Record<string, number>;
  sites: Record<string, SiteChoice>;
}

const empty = (): TagHistory => ({ tags: {}, categories: {}, sites: {} });

/** The key a site is remembered under: its host without a leading `www.`. */
export function siteKey(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

function sorted(counts: Record<string, number>): TagCount[] {
  return Object.entries(counts)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function createTagHistory(area: StorageAreaLike) {
  async function read(): Promise<TagHistory> {
    const stored = (await area.get(TAG_HISTORY_KEY))[TAG_HISTORY_KEY] as Partial<TagHistory> | undefined;
    return { ...empty(), ...stored };
  }

  return {
    read,
    /**
     * Counts the clip's tags and categories (a count is the number of stored clips using the name, so a re-saved clip
     * first gives back the counts of the version it replaces) and remembers them as this site's last choice.
     */
    async record(clip: Pick<Clip, 'tags' | 'categories' | 'url'>, now: Date, previous?: Pick<Clip, 'tags' | 'categories'>): Promise<void> {
      const history = await read();
      const bump = (counts: Record<string, number>, names: string[], by: number): void => {
        for (const name of new Set(names)) {
          const next = (counts[name] ?? 0) + by;
          if (next > 0) counts[name] = next;
          else delete counts[name];
        }
      };
      if (previous) {
        bump(history.tags, previous.tags, -1);
        bump(history.categories, previous.categories, -1);
      }
      bump(history.tags, clip.tags, 1);
      bump(history.categories, clip.categories, 1);
      const site = siteKey(clip.url);
      if (site) {
        history.sites[site] = { tags: [...clip.tags], categories: [...clip.categories], at: now.toISOString() };
        const entries = Object.entries(history.sites);
        if (entries.length > MAX_SITES) {
          entries.sort((a, b) => b[1].at.localeCompare(a[1].at));
          history.sites = Object.fromEntries(entries.slice(0, MAX_SITES));
        }
      }
      await area.set({ [TAG_HISTORY_KEY]: history });
    },
    /** Gives back the counts of a deleted clip. */
    async release(clip: Pick<Clip, 'tags' | 'categories'>): Promise<void> {
      const history = await read();
      for (const [counts, names] of [
        [history.tags, clip.tags],
        [history.categories, clip.categories],
      ] as const) {
        for (const name of new Set(names)) {
          const next = (counts[name] ?? 0) - 1;
          if (next > 0) counts[name] = next;
          else delete counts[name];
        }
      }
      await area.set({ [TAG_HISTORY_KEY]: history });
    },
    /** Suggestions for a page: every tag used before, the site's last choice, and the defaults the caller passes. */
    async context(url: string, siteDefaults: TagContext['siteDefaults']): Promise<TagContext> {
      const history = await read();
      const site = siteKey(url);
      const last = site ? history.sites[site] : undefined;
      return {
        tags: sorted(history.tags),
        categories: sorted(history.categories),
        lastChoice: last ? { tags: last.tags, categories: last.categories } : undefined,
        siteDefaults,
      };
    },
  };
}

export type TagHistoryStore = ReturnType<typeof createTagHistory>;
