// Popup entry: clips the active tab as soon as it opens, then wires the editor, preview and Save/Download/Copy.
import type { ClipMode } from '../core/types';
import { localizePage } from '../i18n';
import { sendMessage } from '../messaging';
import type { ClipTabResult } from '../messaging/protocol';
import { browser } from '../platform/browser';
import { labels } from './labels';
import { setRawVisible, showClip } from './preview';
import { applyEdit, modelFromClip, type ClipModel, type Edit, type EditableField } from './state';
import { tagSuggestions } from './suggestions';
import { createTagEditor } from './tag-editor';

type State = 'working' | 'ready' | 'no-article' | 'restricted' | 'error';
type ResultKind = 'saved' | 'downloaded' | 'copied' | 'error';

/** popup.html and this script disagree (a build or edit mistake, never a user's). */
class PopupMarkupError extends Error {
  override name = 'PopupMarkupError';
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new PopupMarkupError(`popup.html lacks #${id}; rebuild the extension (npm run build).`);
  return el as T;
};

const app = $('app');
const fields: Record<EditableField, HTMLInputElement> = {
  title: $('title'),
  author: $('author'),
  date: $('date'),
  from: $('from'),
};
const previewEls = { preview: $('preview'), raw: $('raw'), toggle: $<HTMLButtonElement>('raw-toggle') };
const status = $('status');
const actionButtons = ['save', 'download', 'copy'].map((id) => $<HTMLButtonElement>(id));

let model: ClipModel | undefined;
let tabId: number | undefined;
let rawVisible = false;

function setState(state: State): void {
  app.dataset.state = state;
  app.setAttribute('aria-busy', String(state === 'working'));
}

function setStatus(text: string, result?: ResultKind): void {
  status.textContent = text;
  if (result) status.dataset.result = result;
  else delete status.dataset.result;
}

function showMessage(state: Exclude<State, 'working' | 'ready'>, title: string, text: string): void {
  $('message-title').textContent = title;
  $('message-text').textContent = text;
  setState(state);
}

function render(): void {
  if (!model) return;
  const { clip } = model;
  for (const [name, input] of Object.entries(fields) as Array<[EditableField, HTMLInputElement]>) {
    // Leave the field the user is typing in alone; everything else shows the file's current value.
    if (document.activeElement !== input) input.value = clip[name];
  }
  tags.setValues(clip.tags);
  categories.setValues(clip.categories);
  $('path').textContent = clip.path;
  $('path').title = clip.path;
  showClip(previewEls, clip.markdown, clip.text, labels.previewTruncated());
}

/** Applies one edit and re-renders; on a bad value, flags that field and keeps the previous file. */
function edit(change: Edit): boolean {
  if (!model) return false;
  const result = applyEdit(model, change);
  for (const name of Object.keys(change)) {
    if (name in fields) fields[name as EditableField].removeAttribute('aria-invalid');
    if (name === 'date') $('date-error').textContent = '';
    if (name === 'from' && status.dataset.result === 'error') setStatus('');
  }
  if (!result.ok) {
    fields[result.field].setAttribute('aria-invalid', 'true');
    if (result.field === 'date') $('date-error').textContent = result.message;
    else setStatus(result.message, 'error');
    return false;
  }
  model = result.model;
  render();
  return true;
}

const tags = createTagEditor({
  input: $('tags-input'),
  listbox: $('tags-suggestions'),
  chips: $('tags-chips'),
  removeLabel: labels.removeTag,
  onChange: (values) => edit({ tags: values }),
});
const categories = createTagEditor({
  input: $('categories-input'),
  listbox: $('categories-suggestions'),
  chips: $('categories-chips'),
  removeLabel: labels.removeTag,
  onChange: (values) => edit({ categories: values }),
});

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadSuggestions(url: string): Promise<void> {
  try {
    const context = await sendMessage('getTagContext', { url });
    const lists = tagSuggestions(context, { siteDefault: labels.siteDefault(), lastUsed: labels.lastUsed(), usedTimes: labels.usedTimes });
    tags.setSuggestions(lists.tags);
    categories.setSuggestions(lists.categories);
  } catch {
    // Suggestions are a convenience: the editor works without them.
  }
}

function onResult(result: ClipTabResult): void {
  if (result.ok) {
    model = modelFromClip(result.clip, result.archive, result.rule);
    render();
    setState('ready');
    void loadSuggestions(result.clip.url);
    // Tags are what a user sets on nearly every clip; the title is usually right already.
    $('tags-input').focus();
    return;
  }
  if (result.code === 'restricted') showMessage('restricted', labels.restrictedTitle(), result.message);
  else showMessage('no-article', labels.noArticleTitle(), labels.noArticleText(result.message));
}

async function clip(mode?: ClipMode): Promise<void> {
  setState('working');
  setStatus('');
  try {
    if (tabId === undefined) {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      tabId = tab?.id;
    }
    // Marks and measures (visible in DevTools' performance panel and to tests) show where a slow clip spends its time.
    performance.mark('clip-start');
    const result = await sendMessage('clipTab', { tabId, mode, useLastChoice: mode === undefined });
    performance.measure('clip', 'clip-start');
    performance.mark('render-start');
    onResult(result);
    performance.measure('render', 'render-start');
  } catch (error) {
    showMessage('error', labels.errorTitle(), labels.errorRetry(describe(error)));
    setStatus(describe(error), 'error');
  }
}

async function runAction(kind: Exclude<ResultKind, 'error'>): Promise<void> {
  if (!model) return;
  // What was typed last counts, even if the field never lost focus.
  if (!flushEdits()) {
    setStatus(labels.fixFields(), 'error');
    return;
  }
  const current = model.clip;
  actionButtons.forEach((b) => (b.disabled = true));
  if (kind !== 'copied') setStatus(labels.saving());
  try {
    if (kind === 'copied') {
      await navigator.clipboard.writeText(current.text).catch((error: unknown) => {
        throw new Error(labels.copyFailed(describe(error)));
      });
      setStatus(labels.copied(), 'copied');
    } else if (kind === 'saved') {
      const info = await sendMessage('saveClip', { clip: current });
      $('path').textContent = info.path;
      setStatus(info.updated ? labels.updated(info.path) : labels.saved(info.path), 'saved');
    } else {
      const info = await sendMessage('downloadClip', { clip: current });
      $('path').textContent = info.path;
      setStatus(labels.downloaded(info.savedAs ?? info.filename), 'downloaded');
    }
  } catch (error) {
    setStatus(describe(error), 'error');
  } finally {
    actionButtons.forEach((b) => (b.disabled = false));
  }
}

/** Fields typed into but not yet applied to the file (title and author apply after a short pause, date and source on change). */
const dirty = new Set<EditableField>();
let typingTimer: ReturnType<typeof setTimeout> | undefined;

/** Applies every pending field edit; false when one of them is invalid (the field is flagged). */
function flushEdits(): boolean {
  clearTimeout(typingTimer);
  if (dirty.size === 0) return !Object.values(fields).some((f) => f.getAttribute('aria-invalid') === 'true');
  // One field at a time, so a bad date doesn't hold back a good title.
  for (const name of [...dirty]) edit({ [name]: fields[name].value });
  dirty.clear();
  return !Object.values(fields).some((f) => f.getAttribute('aria-invalid') === 'true');
}

function wire(): void {
  for (const [name, input] of Object.entries(fields) as Array<[EditableField, HTMLInputElement]>) {
    input.addEventListener('input', () => {
      dirty.add(name);
      // The date and address are only read once they look complete (on change), so typing doesn't flash errors;
      // title and author follow the typing after a pause, so a very long article isn't rebuilt on every key.
      if (name === 'title' || name === 'author') {
        clearTimeout(typingTimer);
        typingTimer = setTimeout(flushEdits, 150);
      }
    });
    input.addEventListener('change', () => {
      dirty.add(name);
      flushEdits();
    });
  }
  $('editor').addEventListener('submit', (event) => event.preventDefault());
  $('raw-toggle').addEventListener('click', () => {
    rawVisible = !rawVisible;
    setRawVisible(previewEls, rawVisible, { showFile: labels.showFile(), showPreview: labels.showPreview() });
  });
  // Ctrl/Cmd+S saves, as in an editor; Ctrl/Cmd+Enter downloads. Only once a clip is shown.
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || app.dataset.state !== 'ready') return;
    if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      void runAction('saved');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void runAction('downloaded');
    }
  });
  $('save').addEventListener('click', () => void runAction('saved'));
  $('download').addEventListener('click', () => void runAction('downloaded'));
  $('copy').addEventListener('click', () => void runAction('copied'));
  $('clip-page').addEventListener('click', () => void clip('page'));
  $('clip-selection').addEventListener('click', () => void clip('selection'));
}

localizePage(document);
wire();
void clip();
