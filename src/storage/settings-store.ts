// The settings store over injected storage areas: defaults-as-schema, sync for small diffs, local as the overflow.
import { DEFAULT_ARCHIVE_SETTINGS } from '../core/settings';
import type { ArchiveSettings, SiteRule } from '../core/types';
import { validateSettings } from './settings-schema';

/** Everything the user can configure. The defaults object below is the schema. */
export interface Settings {
  archive: ArchiveSettings;
  /** The user's own site rules; they take precedence over the built-in ones (matched by domain). */
  siteRules: SiteRule[];
}

export const DEFAULT_SETTINGS: Settings = {
  archive: DEFAULT_ARCHIVE_SETTINGS,
  siteRules: [],
};

/** The subset of a WebExtension storage area that the store needs (chrome.storage.sync/local, or a fake in tests). */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SettingsAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}

export interface SettingsStore {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  exportSettings(): Promise<string>;
  importSettings(json: string): Promise<Settings>;
}

/** Thrown when the imported text is not a settings export this version understands. */
export class SettingsImportError extends Error {
  override name = 'SettingsImportError';
}

/** Thrown when saving fails (e.g. both sync and local storage refuse the write). */
export class SettingsSaveError extends Error {
  override name = 'SettingsSaveError';
}

// chrome.storage.sync allows 8,192 bytes per item (key + JSON value) and 102,400 in total.
// Stay under both with a margin so a rule list that grows never hits a hard quota error.
export const SYNC_ITEM_BUDGET = 7_900;
export const SYNC_TOTAL_BUDGET = 90_000;

const KEY_ARCHIVE = 'archive';
const KEY_RULES_COUNT = 'siteRules.count';
const KEY_RULES_WHERE = 'siteRules.where';
const KEY_RULES_LOCAL = 'siteRules';
const rulesChunkKey = (i: number): string => `siteRules.${i}`;

export const EXPORT_FORMAT = 'jekyll-web-clipper-settings';
export const EXPORT_VERSION = 1;

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The archive settings that differ from the defaults (what is worth syncing). */
export function archiveDiff(archive: ArchiveSettings): Partial<ArchiveSettings> {
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_ARCHIVE_SETTINGS) as Array<keyof ArchiveSettings>) {
    if (JSON.stringify(archive[key]) !== JSON.stringify(DEFAULT_ARCHIVE_SETTINGS[key])) diff[key] = archive[key];
  }
  return diff;
}

/**
 * Splits a JSON string into pieces whose stored size (key + JSON-encoded piece) fits one sync item.
 * Cuts by code point so no surrogate pair is split.
 */
export function splitForSync(json: string, budget = SYNC_ITEM_BUDGET): string[] {
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 2; // the quotes of the JSON string value
  const keyAllowance = 20; // 'siteRules.NNN'
  for (const ch of json) {
    // JSON.stringify escapes quotes and backslashes: count what will really be stored.
    const cost = byteLength(JSON.stringify(ch)) - 2;
    if (currentBytes + cost + keyAllowance > budget && current !== '') {
      chunks.push(current);
      current = '';
      currentBytes = 2;
    }
    current += ch;
    currentBytes += cost;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Builds the store over the given storage areas. */
export function createSettingsStore(areas: SettingsAreas): SettingsStore {
  async function readSiteRules(): Promise<SiteRule[]> {
    const meta = await areas.sync.get([KEY_RULES_WHERE, KEY_RULES_COUNT]);
    if (meta[KEY_RULES_WHERE] === 'local') {
      const local = await areas.local.get(KEY_RULES_LOCAL);
      return Array.isArray(local[KEY_RULES_LOCAL]) ? (local[KEY_RULES_LOCAL] as SiteRule[]) : [];
    }
    const count = typeof meta[KEY_RULES_COUNT] === 'number' ? meta[KEY_RULES_COUNT] : 0;
    if (count === 0) return [];
    const keys = Array.from({ length: count }, (_, i) => rulesChunkKey(i));
    const items = await areas.sync.get(keys);
    const json = keys.map((k) => (typeof items[k] === 'string' ? items[k] : '')).join('');
    try {
      const parsed: unknown = JSON.parse(json);
      return Array.isArray(parsed) ? (parsed as SiteRule[]) : [];
    } catch {
      // A half-synced set of chunks (another device wrote meanwhile) reads as no custom rules until sync settles.
      return [];
    }
  }

  async function writeSiteRules(rules: SiteRule[]): Promise<void> {
    const old = await areas.sync.get(KEY_RULES_COUNT);
    const oldCount = typeof old[KEY_RULES_COUNT] === 'number' ? old[KEY_RULES_COUNT] : 0;
    const staleKeys = (from: number): string[] =>
      Array.from({ length: Math.max(0, oldCount - from) }, (_, i) => rulesChunkKey(from + i));

    if (rules.length === 0) {
      await areas.sync.remove([KEY_RULES_COUNT, KEY_RULES_WHERE, ...staleKeys(0)]);
      await areas.local.remove(KEY_RULES_LOCAL);
      return;
    }
    const json = JSON.stringify(rules);
    const chunks = splitForSync(json);
    if (byteLength(json) + chunks.length * 40 <= SYNC_TOTAL_BUDGET) {
      const items: Record<string, unknown> = { [KEY_RULES_COUNT]: chunks.length };
      chunks.forEach((c, i) => (items[rulesChunkKey(i)] = c));
      try {
        await areas.sync.set(items);
        await areas.sync.remove([KEY_RULES_WHERE, ...staleKeys(chunks.length)]);
        await areas.local.remove(KEY_RULES_LOCAL);
        return;
      } catch {
        // Sync refused (quota, or sync disabled by policy): keep the rules on this device instead.
      }
    }
    try {
      await areas.local.set({ [KEY_RULES_LOCAL]: rules });
      await areas.sync.set({ [KEY_RULES_WHERE]: 'local' });
      await areas.sync.remove([KEY_RULES_COUNT, ...staleKeys(0)]);
    } catch (error) {
      throw new SettingsSaveError(`Could not save the site rules: ${describe(error)}. Remove some rules and try again.`);
    }
  }

  async function loadSettings(): Promise<Settings> {
    const stored = await areas.sync.get(KEY_ARCHIVE);
    // Archive settings too big for one sync item (very long default tag lists) live in local storage instead.
    const local = stored[KEY_ARCHIVE] === undefined ? await areas.local.get(KEY_ARCHIVE) : {};
    const archivePatch = (stored[KEY_ARCHIVE] ?? local[KEY_ARCHIVE] ?? {}) as Partial<ArchiveSettings>;
    const archive = { ...DEFAULT_ARCHIVE_SETTINGS };
    // Only keys the schema knows survive, so a setting removed in a later version cannot leak back in.
    for (const key of Object.keys(DEFAULT_ARCHIVE_SETTINGS) as Array<keyof ArchiveSettings>) {
      if (archivePatch[key] !== undefined) (archive as Record<string, unknown>)[key] = archivePatch[key];
    }
    return { archive, siteRules: await readSiteRules() };
  }

  async function saveSettings(patch: Partial<Settings>): Promise<void> {
    if (patch.archive) {
      const current = await loadSettings();
      const archive = { ...current.archive, ...patch.archive };
      const diff = archiveDiff(archive);
      const fitsSync = byteLength(KEY_ARCHIVE + JSON.stringify(diff)) <= SYNC_ITEM_BUDGET;
      try {
        if (Object.keys(diff).length === 0) {
          await areas.sync.remove(KEY_ARCHIVE);
          await areas.local.remove(KEY_ARCHIVE);
        } else if (fitsSync) {
          await areas.sync.set({ [KEY_ARCHIVE]: diff });
          await areas.local.remove(KEY_ARCHIVE);
        } else {
          await areas.local.set({ [KEY_ARCHIVE]: diff });
          await areas.sync.remove(KEY_ARCHIVE);
        }
      } catch (error) {
        throw new SettingsSaveError(`Could not save the archive settings: ${describe(error)}.`);
      }
    }
    if (patch.siteRules) await writeSiteRules(patch.siteRules);
  }

  async function exportSettings(): Promise<string> {
    const settings = await loadSettings();
    return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, settings }, null, 2)}\n`;
  }

  async function importSettings(json: string): Promise<Settings> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      throw new SettingsImportError(`The file is not valid JSON (${describe(error)}). Choose a file made by "Export settings".`);
    }
    let body: unknown = parsed;
    if (parsed && typeof parsed === 'object' && 'format' in parsed) {
      const wrapper = parsed as { format: unknown; version?: unknown; settings?: unknown };
      if (wrapper.format !== EXPORT_FORMAT) {
        throw new SettingsImportError(`The file is a "${String(wrapper.format)}" file, not a settings export of this clipper.`);
      }
      if (typeof wrapper.version !== 'number' || wrapper.version > EXPORT_VERSION) {
        throw new SettingsImportError(
          `The settings file has version ${String(wrapper.version)}; this clipper reads up to version ${EXPORT_VERSION}. Update the extension first.`,
        );
      }
      body = wrapper.settings;
    }
    const problems: string[] = [];
    const settings = validateSettings(body, problems);
    if (!settings) {
      throw new SettingsImportError(`The settings file is not valid: ${problems.slice(0, 5).join('; ')}.`);
    }
    await saveSettings(settings);
    return loadSettings();
  }

  return { loadSettings, saveSettings, exportSettings, importSettings };
}
