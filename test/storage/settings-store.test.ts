import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../src/core/settings';
import type { SiteRule } from '../../src/core/types';
import {
  DEFAULT_SETTINGS,
  SettingsImportError,
  createSettingsStore,
  splitForSync,
} from '../../src/storage/settings-store';
import { effectiveSiteRules } from '../../src/storage/effective-rules';
import { FakeStorageArea } from './fake-storage-area';

function setup() {
  const sync = new FakeStorageArea({ perItem: 8192, total: 102_400 });
  const local = new FakeStorageArea();
  return { sync, local, store: createSettingsStore({ sync, local }) };
}

const rule = (domain: string, extra: Partial<SiteRule> = {}): SiteRule => ({ domain, tags: ['t'], ...extra });

describe('settings store', () => {
  it('returns the defaults when nothing is stored', async () => {
    const { store } = setup();
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores only the archive values that differ from the defaults, in sync', async () => {
    const { store, sync, local } = setup();
    const archive = { ...DEFAULT_ARCHIVE_SETTINGS, layout: 'article', defaultTags: ['中参馆'] };
    await store.saveSettings({ archive });
    expect(JSON.parse(sync.data.get('archive') ?? 'null')).toEqual({ layout: 'article', defaultTags: ['中参馆'] });
    expect(local.data.size).toBe(0);
    expect((await store.loadSettings()).archive).toEqual(archive);
  });

  it('removes the stored item when the settings go back to the defaults', async () => {
    const { store, sync } = setup();
    await store.saveSettings({ archive: { ...DEFAULT_ARCHIVE_SETTINGS, layout: 'x' } });
    await store.saveSettings({ archive: { ...DEFAULT_ARCHIVE_SETTINGS } });
    expect(sync.data.has('archive')).toBe(false);
  });

  it('keeps archive settings too big for one sync item on this device, and moves them back when they fit', async () => {
    const { store, sync, local } = setup();
    const defaultTags = Array.from({ length: 900 }, (_, i) => `tag number ${i}`);
    await store.saveSettings({ archive: { ...DEFAULT_ARCHIVE_SETTINGS, defaultTags } });
    expect(sync.data.has('archive')).toBe(false);
    expect(local.data.has('archive')).toBe(true);
    expect((await store.loadSettings()).archive.defaultTags).toEqual(defaultTags);
    await store.saveSettings({ archive: { ...DEFAULT_ARCHIVE_SETTINGS, defaultTags: ['one'] } });
    expect(local.data.has('archive')).toBe(false);
    expect((await store.loadSettings()).archive.defaultTags).toEqual(['one']);
  });

  it('ignores stored keys that the schema no longer knows', async () => {
    const { store, sync } = setup();
    await sync.set({ archive: { layout: 'page', retired: true } });
    const loaded = await store.loadSettings();
    expect(loaded.archive.layout).toBe('page');
    expect('retired' in loaded.archive).toBe(false);
  });

  it('splits large site-rule lists over several sync items under the per-item quota', async () => {
    const { store, sync } = setup();
    const rules = Array.from({ length: 120 }, (_, i) =>
      rule(`site${i}.example.com`, { name: `Site «${i}» "quoted" \\ 中文`, remove: ['.ad', '.share'] }),
    );
    await store.saveSettings({ siteRules: rules });
    const count = JSON.parse(sync.data.get('siteRules.count') ?? '0') as number;
    expect(count).toBeGreaterThan(1);
    expect((await store.loadSettings()).siteRules).toEqual(rules);
    // Shrinking the list removes the chunks no longer used.
    await store.saveSettings({ siteRules: rules.slice(0, 1) });
    expect(JSON.parse(sync.data.get('siteRules.count') ?? '0')).toBe(1);
    expect(sync.data.has(`siteRules.${count - 1}`)).toBe(false);
    expect((await store.loadSettings()).siteRules).toEqual(rules.slice(0, 1));
  });

  it('falls back to local storage when the rules are too big for sync, and back again', async () => {
    const { store, sync, local } = setup();
    const big = Array.from({ length: 1200 }, (_, i) => rule(`host-number-${i}.example.org`, { remove: ['.a', '.b', '.c', '.d'] }));
    await store.saveSettings({ siteRules: big });
    expect(sync.data.get('siteRules.where')).toBe('"local"');
    expect(local.data.has('siteRules')).toBe(true);
    expect((await store.loadSettings()).siteRules).toEqual(big);

    await store.saveSettings({ siteRules: [rule('a.com')] });
    expect(sync.data.has('siteRules.where')).toBe(false);
    expect(local.data.has('siteRules')).toBe(false);
    expect((await store.loadSettings()).siteRules).toEqual([rule('a.com')]);
  });

  it('clears everything when the rule list becomes empty', async () => {
    const { store, sync } = setup();
    await store.saveSettings({ siteRules: [rule('a.com')] });
    await store.saveSettings({ siteRules: [] });
    expect([...sync.data.keys()]).toEqual([]);
  });

  it('round-trips through export and import', async () => {
    const a = setup();
    await a.store.saveSettings({
      archive: { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'Asia/Shanghai', extraFrontMatter: ['lang'] },
      siteRules: [
        rule('chinafile.com', { tags: ['中参馆'], categories: ['中参馆'] }),
        rule('mp.weixin.qq.com', { scriptVariables: { author: ['nickname'], published: ['ct'] } }),
      ],
    });
    const text = await a.store.exportSettings();
    const b = setup();
    expect(await b.store.importSettings(text)).toEqual(await a.store.loadSettings());
  });

  it('imports a bare settings object and fills missing values from the defaults', async () => {
    const { store } = setup();
    const loaded = await store.importSettings('{"archive": {"layout": "note"}}');
    expect(loaded.archive).toEqual({ ...DEFAULT_ARCHIVE_SETTINGS, layout: 'note' });
    expect(loaded.siteRules).toEqual([]);
  });

  it.each([
    ['not json', /not valid JSON/],
    ['[]', /must be a JSON object/],
    ['{"archive": {"dateSource": "sometimes"}}', /dateSource must be one of/],
    ['{"archive": {"timeZone": "Mars/Olympus"}}', /not a known IANA time zone/],
    ['{"archive": {"defaultTags": "a,b"}}', /defaultTags must be a list of strings/],
    ['{"siteRules": [{"domain": "not a host"}]}', /domain must be a host name/],
    ['{"siteRules": [{"domain": "a.com", "tags": [1]}]}', /tags must be a list of strings/],
    ['{"colour": "red"}', /"colour" is not a setting/],
    ['{"siteRules": [{"domain": "a.com", "scriptVariables": {"body": ["x"]}}]}', /scriptVariables.body must be one of/],
    ['{"siteRules": [{"domain": "a.com", "scriptVariables": {"author": ["a b"]}}]}', /list of script variable names/],
    ['{"format": "other-app", "version": 1, "settings": {}}', /not a settings export of this clipper/],
    ['{"format": "jekyll-web-clipper-settings", "version": 99, "settings": {}}', /Update the extension/],
  ])('rejects %s with a SettingsImportError', async (input, message) => {
    const { store, sync } = setup();
    const attempt = store.importSettings(input);
    await expect(attempt).rejects.toBeInstanceOf(SettingsImportError);
    await expect(attempt).rejects.toThrow(message);
    expect(sync.data.size).toBe(0);
  });
});

describe('splitForSync', () => {
  it('never cuts a surrogate pair and re-joins to the original', () => {
    const text = JSON.stringify('😀'.repeat(5000) + '"\\'.repeat(3000));
    const chunks = splitForSync(text, 1000);
    expect(chunks.join('')).toBe(text);
    for (const c of chunks) {
      expect(new TextEncoder().encode(JSON.stringify(c)).length + 20).toBeLessThanOrEqual(1000);
      expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
    }
  });
});

describe('effectiveSiteRules', () => {
  it('puts user rules first and drops built-in rules for the same domain', () => {
    const builtIn = [rule('chinafile.com', { tags: ['built-in'] }), rule('nytimes.com')];
    const user = [rule('ChinaFile.com', { tags: ['mine'] })];
    expect(effectiveSiteRules(user, builtIn)).toEqual([user[0], builtIn[1]]);
  });
});
