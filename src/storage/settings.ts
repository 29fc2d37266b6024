// Extension settings, bound to browser storage: load, save (only differences from the defaults), export and import.
import { browser } from '../platform/browser';
import { createSettingsStore, type SettingsStore } from './settings-store';

export {
  DEFAULT_SETTINGS,
  SettingsImportError,
  SettingsSaveError,
  createSettingsStore,
  type Settings,
  type SettingsStore,
  type StorageAreaLike,
} from './settings-store';
export { effectiveSiteRules } from './effective-rules';

let store: SettingsStore | undefined;
function getStore(): SettingsStore {
  // Created on first use so that merely importing this module touches no browser API.
  store ??= createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local });
  return store;
}

/** The current settings, every missing value filled from the defaults. */
export const loadSettings: SettingsStore['loadSettings'] = () => getStore().loadSettings();
/** Saves the given parts; only values that differ from the defaults are stored (in storage.sync when they fit). */
export const saveSettings: SettingsStore['saveSettings'] = (patch) => getStore().saveSettings(patch);
/** The settings as a pretty-printed JSON file body. */
export const exportSettings: SettingsStore['exportSettings'] = () => getStore().exportSettings();
/** Validates and saves an exported settings file; throws SettingsImportError with the problems found. */
export const importSettings: SettingsStore['importSettings'] = (json) => getStore().importSettings(json);

/** Calls `listener` whenever the settings change (in this or another context, or by sync). Returns an unsubscribe function. */
export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    // Other local data (tag history) changes often; only react to the settings' own keys.
    const touchesSettings = Object.keys(changes).some((k) => k === 'archive' || k.startsWith('siteRules'));
    if ((area === 'sync' || area === 'local') && touchesSettings) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
