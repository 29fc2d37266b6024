// Options page entry: binds the page controller to the extension's settings storage and built-in site rules.
import { BUILT_IN_SITE_RULES } from '../core/site-rules';
import { DEFAULT_SETTINGS, exportSettings, importSettings, loadSettings, onSettingsChanged, saveSettings } from '../storage/settings';
import { startOptionsPage } from './options-page';

startOptionsPage(document, {
  loadSettings,
  saveSettings,
  exportSettings,
  importSettings,
  onSettingsChanged,
  defaults: DEFAULT_SETTINGS,
  builtInRules: BUILT_IN_SITE_RULES,
}).catch((error: unknown) => {
  // A page that cannot load its settings must say so instead of showing an empty form that would save over them.
  const status = document.getElementById('status');
  if (status) {
    status.textContent = `Could not load the settings: ${error instanceof Error ? error.message : String(error)}`;
    status.dataset.result = 'error';
  }
  document.getElementById('archive-form')?.setAttribute('inert', '');
  throw error;
});
