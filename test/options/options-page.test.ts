// @vitest-environment jsdom
// The options page controller on the real options.html, over the real settings store with in-memory storage areas.
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOptionsPage } from '../../src/options/options-page';
import { DEFAULT_SETTINGS, createSettingsStore, type SettingsStore } from '../../src/storage/settings-store';
import type { SiteRule } from '../../src/core/types';
import { FakeStorageArea } from '../storage/fake-storage-area';

const html = readFileSync(join(import.meta.dirname, '../../src/options/options.html'), 'utf8');
const BUILT_IN: SiteRule[] = [{ domain: 'chinafile.com', name: 'ChinaFile', tags: ['中参馆'], categories: ['中参馆'], content: '.body', scriptVariables: { author: ['authorName'] } }];

const $ = <T extends Element = HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const settle = () => new Promise((r) => setTimeout(r, 0));

function setValue(selector: string, value: string): void {
  const el = $<HTMLInputElement>(selector);
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('options page controller', () => {
  let store: SettingsStore;
  let downloads: Array<{ name: string; text: string }>;

  beforeEach(async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    // jsdom lacks the modal dialog API; give the element the open/close behaviour the page relies on.
    const dialog = $<HTMLDialogElement>('#rule-dialog');
    dialog.showModal = () => { dialog.open = true; };
    dialog.close = () => { dialog.open = false; };
    store = createSettingsStore({ sync: new FakeStorageArea(), local: new FakeStorageArea() });
    downloads = [];
    await startOptionsPage(document, {
      ...store,
      defaults: DEFAULT_SETTINGS,
      builtInRules: BUILT_IN,
      now: () => new Date('2026-11-28T10:00:00Z'),
      download: (name, text) => downloads.push({ name, text }),
    });
  });

  it('shows the defaults and marks itself ready', () => {
    expect($('#options').dataset.ready).toBe('true');
    expect($<HTMLInputElement>('#layout').value).toBe('post');
    expect($<HTMLInputElement>('input[name="imageStyle"][value="markdown"]').checked).toBe(true);
    expect($<HTMLInputElement>('#time-zone').value).toBe('');
    expect($('#time-zones').children.length).toBeGreaterThan(10);
  });

  it('saves a change and keeps the order of extra front matter keys fixed', async () => {
    setValue('#default-categories', '中参馆, notes');
    $<HTMLInputElement>('input[name="extraFrontMatter"][value="image"]').checked = true;
    $<HTMLInputElement>('input[name="extraFrontMatter"][value="lang"]').checked = true;
    setValue('#layout', 'article');
    await settle();
    const settings = await store.loadSettings();
    expect(settings.archive).toMatchObject({ layout: 'article', defaultCategories: ['中参馆', 'notes'], extraFrontMatter: ['lang', 'image'] });
    expect($('#status').dataset.result).toBe('saved');
  });

  it('does not save an invalid field and says which one', async () => {
    setValue('#file-name-pattern', '_posts/{date}.md');
    await settle();
    expect($('#file-name-pattern').getAttribute('aria-invalid')).toBe('true');
    expect($('#file-name-pattern-error').hidden).toBe(false);
    expect((await store.loadSettings()).archive.fileNamePattern).toBe(DEFAULT_SETTINGS.archive.fileNamePattern);
    expect($('#status').dataset.result).toBe('error');
  });

  it('lists the built-in rule and customizing it creates a user rule that replaces it', async () => {
    expect($('li[data-domain="chinafile.com"]').dataset.origin).toBe('built-in');
    $<HTMLButtonElement>('li[data-domain="chinafile.com"] button[data-action="override"]').click();
    expect($<HTMLDialogElement>('#rule-dialog').open).toBe(true);
    expect($<HTMLInputElement>('#rule-content').value).toBe('.body');
    $<HTMLInputElement>('#rule-tags').value = '中参馆, ChinaFile';
    $<HTMLFormElement>('#rule-form').requestSubmit();
    await settle();
    expect((await store.loadSettings()).siteRules).toEqual([{ ...BUILT_IN[0], tags: ['中参馆', 'ChinaFile'] }]);
    const rows = [...document.querySelectorAll<HTMLElement>('#rules-list li')];
    expect(rows.map((r) => [r.dataset.domain, r.dataset.origin])).toEqual([['chinafile.com', 'user']]);
    expect(rows[0].textContent).toContain('replaces built-in');
  });

  it('a customized built-in rule survives export and import (a backup restores what the rule does)', async () => {
    $<HTMLButtonElement>('li[data-domain="chinafile.com"] button[data-action="override"]').click();
    $<HTMLInputElement>('#rule-tags').value = 'mine';
    $<HTMLFormElement>('#rule-form').requestSubmit();
    await settle();
    const saved = (await store.loadSettings()).siteRules;
    expect(saved).toEqual([{ ...BUILT_IN[0], tags: ['mine'] }]);
    const exported = await store.exportSettings();
    await store.saveSettings({ siteRules: [] });
    await expect(store.importSettings(exported)).resolves.toMatchObject({ siteRules: saved });
  });

  it('refuses a second user rule for the same domain', async () => {
    const addRule = async (domain: string, tags: string) => {
      $<HTMLButtonElement>('#rule-add').click();
      $<HTMLInputElement>('#rule-domain').value = domain;
      $<HTMLInputElement>('#rule-tags').value = tags;
      $<HTMLFormElement>('#rule-form').requestSubmit();
      await settle();
    };
    await addRule('example.com', 'first');
    expect($<HTMLDialogElement>('#rule-dialog').open).toBe(false);
    await addRule('https://Example.com/other', 'second');
    expect($<HTMLDialogElement>('#rule-dialog').open).toBe(true);
    expect($('#rule-domain').getAttribute('aria-invalid')).toBe('true');
    expect($('#rule-domain-error').textContent).toContain('example.com');
    expect((await store.loadSettings()).siteRules).toEqual([{ domain: 'example.com', tags: ['first'] }]);
  });

  it('exports a dated JSON file that imports back; a broken file shows the store\'s error and changes nothing', async () => {
    setValue('#default-tags', 'a, b');
    await settle();
    $<HTMLButtonElement>('#export').click();
    await settle();
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toBe('jekyll-clipper-settings-2026-11-28.json');
    const exported = JSON.parse(downloads[0].text) as { settings: { archive: { defaultTags: string[] } } };
    expect(exported.settings.archive.defaultTags).toEqual(['a', 'b']);

    const choose = async (name: string, text: string) => {
      const input = $<HTMLInputElement>('#import-file');
      Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 20));
    };
    await choose('broken.json', '{"format": "jekyll-web-clipper-settings", ');
    expect($('#backup-error').hidden).toBe(false);
    expect($('#backup-error').textContent).toMatch(/not valid JSON/);
    expect((await store.loadSettings()).archive.defaultTags).toEqual(['a', 'b']);

    exported.settings.archive.defaultTags = ['restored'];
    await choose('good.json', JSON.stringify(exported));
    expect($('#backup-error').hidden).toBe(true);
    expect($<HTMLInputElement>('#default-tags').value).toBe('restored');
    expect((await store.loadSettings()).archive.defaultTags).toEqual(['restored']);
  });
});
