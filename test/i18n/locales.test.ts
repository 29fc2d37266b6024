// _locales/en and _locales/zh_CN: same keys, same placeholders, and every key the code, pages and manifest use exists.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
type Messages = Record<string, { message: string; description?: string }>;
const load = (locale: string) => JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const zh = load('zh_CN');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** key → where it is used (first place), from pages' data-i18n* attributes, t()/tr() calls, and __MSG_…__ in the manifest. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const add = (key: string, where: string) => { if (!used.has(key)) used.set(key, where); };
  for (const file of files(join(ROOT, 'src'), /\.html$/)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)) add(m[1], relative(ROOT, file));
  }
  for (const file of files(join(ROOT, 'src'), /\.ts$/)) {
    // Comment lines are skipped: usage examples in module headers are not uses.
    const code = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
    for (const m of code.matchAll(/\btr?\(\s*'([A-Za-z0-9_]+)'/g)) add(m[1], relative(ROOT, file));
  }
  for (const m of readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) add(m[1], 'manifest.json');
  return used;
}

const placeholders = (text: string) => [...text.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('en and zh_CN have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty and uses the same $1…$9 substitutions in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(en[key].message.trim(), `en ${key}`).not.toBe('');
      expect(zh[key]?.message.trim(), `zh_CN ${key}`).not.toBe('');
      expect(placeholders(zh[key].message), `substitutions of ${key}`).toEqual(placeholders(en[key].message));
      // A lone `$` starts a named placeholder in the i18n format; a literal dollar must be written `$$`.
      for (const locale of [en, zh]) expect(locale[key].message, key).not.toMatch(/\$(?![\d$])/);
    }
  });

  it('every key used by a page, by code or by the manifest exists in both languages', () => {
    const missing = [...usedKeys()].filter(([key]) => !(key in en) || !(key in zh)).map(([key, where]) => `${key} (${where})`);
    expect(missing).toEqual([]);
  });

  it('the store limits hold: name ≤ 75 characters, description ≤ 132', () => {
    for (const locale of [en, zh]) {
      expect([...locale.extName.message].length).toBeLessThanOrEqual(75);
      expect([...locale.extDescription.message].length).toBeLessThanOrEqual(132);
    }
  });
});
