// The options page controller: loads settings into the form, saves every change, edits site rules, exports and imports.
// Browser APIs come in through `OptionsDeps` so the whole page runs under jsdom in tests with a fake store.
import type { SiteRule } from '../core/types';
import { localizePage } from '../i18n/localize';
import { tr } from '../i18n/messages';
import type { Settings } from '../storage/settings-store';
import { fillArchiveForm, readArchiveForm } from './archive-form';
import { clearFieldErrors, showFieldErrors } from './field-errors';
import { domSelectorCheck, fillRuleForm, readRuleForm, upsertRule } from './rule-form';
import { renderRuleList } from './rules-list';
import { exportFileName, offerDownload, readFileText } from './settings-file';
import { browserTimeZone, timeZoneNames } from './time-zones';

export interface OptionsDeps {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  exportSettings(): Promise<string>;
  importSettings(json: string): Promise<Settings>;
  /** Calls back when settings change elsewhere (another tab, sync); returns an unsubscribe function. */
  onSettingsChanged?(listener: () => void): () => void;
  defaults: Settings;
  builtInRules: readonly SiteRule[];
  now?: () => Date;
  /** Offers a file download; defaults to an `<a download>` click. */
  download?: (fileName: string, text: string) => void;
}

function must<T extends Element>(doc: Document, selector: string): T {
  const el = doc.querySelector<T>(selector);
  if (!el) throw new Error(`options.html has no ${selector}; the page and options-page.ts disagree.`);
  return el;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wires the page in `doc`. Resolves when the settings are shown (then `<main>` has aria-busy="false" and data-ready). */
export async function startOptionsPage(doc: Document, deps: OptionsDeps): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const download = deps.download ?? ((name: string, text: string) => offerDownload(doc, name, text));
  const main = must<HTMLElement>(doc, '#options');
  const form = must<HTMLFormElement>(doc, '#archive-form');
  const list = must<HTMLUListElement>(doc, '#rules-list');
  const empty = must<HTMLElement>(doc, '#rules-empty');
  const dialog = must<HTMLDialogElement>(doc, '#rule-dialog');
  const ruleForm = must<HTMLFormElement>(doc, '#rule-form');
  const status = must<HTMLElement>(doc, '#status');
  const backupError = must<HTMLElement>(doc, '#backup-error');
  const importFile = must<HTMLInputElement>(doc, '#import-file');
  const resetButton = must<HTMLButtonElement>(doc, '#reset');
  const isSelector = domSelectorCheck(doc);

  localizePage(doc);
  doc.title = tr('optionsPageTitle', doc.title);

  const zones = must<HTMLDataListElement>(doc, '#time-zones');
  zones.replaceChildren(...timeZoneNames().map((zone) => Object.assign(doc.createElement('option'), { value: zone })));
  must<HTMLOutputElement>(doc, '#browser-time-zone').textContent = browserTimeZone();
  must<HTMLInputElement>(doc, '#time-zone').placeholder = browserTimeZone();
  must<HTMLInputElement>(doc, '#file-name-pattern').placeholder = deps.defaults.archive.fileNamePattern;
  must<HTMLInputElement>(doc, '#layout').placeholder = deps.defaults.archive.layout;

  let settings: Settings = await deps.loadSettings();
  /** The JSON of what the page shows, to tell a real outside change from the echo of our own save. */
  let shown = JSON.stringify(settings);
  /** The domain of the user rule being edited; undefined when adding (or customizing a built-in). */
  let editing: string | undefined;
  /** The rule the dialog started from (edited or customized), whose fields beyond the form are kept. */
  let editingBase: SiteRule | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  function say(text: string, result: 'saved' | 'error' | 'info' = 'info'): void {
    status.textContent = text;
    status.dataset.result = result;
    clearTimeout(statusTimer);
    if (result !== 'error') statusTimer = setTimeout(() => { status.textContent = ''; delete status.dataset.result; }, 4000);
  }

  function render(): void {
    fillArchiveForm(form, settings.archive);
    const rows = renderRuleList(list, settings.siteRules, deps.builtInRules, { edit, remove, override });
    empty.hidden = rows > 0;
  }

  async function save(patch: Partial<Settings>, message: string): Promise<boolean> {
    try {
      await deps.saveSettings(patch);
      settings = { ...settings, ...patch };
      shown = JSON.stringify(settings);
      say(message, 'saved');
      return true;
    } catch (error) {
      say(tr('optionsSaveFailed', 'Not saved: $1', [errorText(error)]), 'error');
      return false;
    }
  }

  function openRule(rule: Partial<SiteRule>, domain: string | undefined): void {
    editing = domain;
    editingBase = rule.domain ? (rule as SiteRule) : undefined;
    clearFieldErrors(ruleForm);
    fillRuleForm(ruleForm, rule);
    // Show the selectors section open when the rule has any, so nothing it does is hidden.
    must<HTMLDetailsElement>(doc, '#rule-selectors').open = Boolean(rule.content || rule.title || rule.byline || rule.published || rule.remove?.length || rule.lazyImageAttributes?.length);
    if (!dialog.open) dialog.showModal();
    must<HTMLInputElement>(doc, '#rule-domain').focus();
  }

  function edit(domain: string): void {
    const rule = settings.siteRules.find((r) => r.domain === domain);
    if (rule) openRule(rule, domain);
  }

  function override(domain: string): void {
    const rule = deps.builtInRules.find((r) => r.domain === domain);
    if (rule) openRule(structuredClone(rule), undefined);
  }

  function remove(domain: string): void {
    const siteRules = settings.siteRules.filter((r) => r.domain !== domain);
    void save({ siteRules }, tr('optionsRuleDeleted', 'Deleted the rule for $1.', [domain])).then((ok) => {
      if (ok) render();
      // Keep keyboard focus in the list after the row disappears.
      list.querySelector<HTMLButtonElement>('button')?.focus();
    });
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const result = readArchiveForm(form, settings.archive);
    if (!result.ok) {
      showFieldErrors(form, result.errors);
      say(tr('optionsNotSavedInvalid', 'Not saved: correct the marked field.'), 'error');
      return;
    }
    clearFieldErrors(form);
    void save({ archive: result.archive }, tr('optionsSaved', 'Saved.'));
  });

  must<HTMLButtonElement>(doc, '#rule-add').addEventListener('click', () => openRule({}, undefined));
  must<HTMLButtonElement>(doc, '#rule-cancel').addEventListener('click', () => dialog.close('cancel'));
  ruleForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = readRuleForm(ruleForm, isSelector, editingBase);
    if (!result.ok) {
      showFieldErrors(ruleForm, result.errors);
      return;
    }
    const { rule } = result;
    const clash = settings.siteRules.find((r) => r.domain === rule.domain && r.domain !== editing);
    if (clash) {
      showFieldErrors(ruleForm, [{ field: 'rule-domain', message: tr('optionsErrorDomainTaken', 'There is already a rule for $1: edit that one instead.', [rule.domain]) }]);
      return;
    }
    const siteRules = upsertRule(settings.siteRules, rule, editing);
    void save({ siteRules }, tr('optionsRuleSaved', 'Saved the rule for $1.', [rule.domain])).then((ok) => {
      if (!ok) return;
      dialog.close('save');
      render();
      [...list.querySelectorAll<HTMLElement>('li')].find((li) => li.dataset.domain === rule.domain)?.querySelector('button')?.focus();
    });
  });

  must<HTMLButtonElement>(doc, '#export').addEventListener('click', () => {
    backupError.hidden = true;
    deps.exportSettings().then(
      (text) => {
        download(exportFileName(now()), text);
        say(tr('optionsExported', 'Exported.'), 'saved');
      },
      (error: unknown) => say(tr('optionsExportFailed', 'Export failed: $1', [errorText(error)]), 'error'),
    );
  });
  must<HTMLButtonElement>(doc, '#import').addEventListener('click', () => importFile.click());
  importFile.addEventListener('change', () => {
    const file = importFile.files?.[0];
    importFile.value = '';
    if (!file) return;
    backupError.hidden = true;
    readFileText(file)
      .then((text) => deps.importSettings(text))
      .then((imported) => {
        settings = imported;
        shown = JSON.stringify(settings);
        render();
        say(tr('optionsImported', 'Imported the settings from $1.', [file.name]), 'saved');
      })
      .catch((error: unknown) => {
        backupError.textContent = tr('optionsImportFailed', 'Nothing was imported. $1', [errorText(error)]);
        backupError.hidden = false;
        say(tr('optionsImportFailedShort', 'Import failed.'), 'error');
      });
  });

  // Reset asks for a second click instead of a confirm() dialog, which blocks the page and is invisible to screen magnifiers.
  let resetArmed: ReturnType<typeof setTimeout> | undefined;
  const resetLabel = resetButton.textContent ?? '';
  resetButton.addEventListener('click', () => {
    if (!resetArmed) {
      resetButton.textContent = tr('optionsResetConfirm', 'Click again to reset everything');
      resetArmed = setTimeout(() => { resetArmed = undefined; resetButton.textContent = resetLabel; }, 5000);
      return;
    }
    clearTimeout(resetArmed);
    resetArmed = undefined;
    resetButton.textContent = resetLabel;
    void save({ archive: deps.defaults.archive, siteRules: [] }, tr('optionsResetDone', 'Settings reset to the defaults.')).then((ok) => ok && render());
  });

  deps.onSettingsChanged?.(() => {
    deps.loadSettings().then((fresh) => {
      const json = JSON.stringify(fresh);
      if (json === shown || dialog.open) return; // our own save, or the user is mid-edit: don't pull the form from under them
      settings = fresh;
      shown = json;
      render();
    }, () => undefined);
  });

  render();
  main.setAttribute('aria-busy', 'false');
  main.dataset.ready = 'true';
}
