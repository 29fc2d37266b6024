// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingKeys } from '../../src/i18n';

// Paths, not URLs: under jsdom the global URL is jsdom's, which node:fs does not accept.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const locales = ['en', 'zh_CN'].map((name) => [name, JSON.parse(read(`_locales/${name}/messages.json`)) as Record<string, { message: string }>] as const);

/** Every key the popup, worker and content script look up in code with tr('key', …). */
function keysInCode(): string[] {
  const keys = new Set<string>();
  for (const dir of ['src/popup', 'src/background', 'src/content', 'src/messaging']) {
    for (const file of readdirSync(join(ROOT, dir))) {
      if (!file.endsWith('.ts')) continue;
      for (const m of read(`${dir}/${file}`).matchAll(/\btr\(\s*'(\w+)'/g)) keys.add(m[1]);
    }
  }
  return [...keys].sort();
}

describe('popup and worker strings', () => {
  it.each(locales)('popup.html names only keys that %s has', (_name, messages) => {
    const doc = new DOMParser().parseFromString(read('src/popup/popup.html'), 'text/html');
    expect(missingKeys(doc, messages)).toEqual([]);
  });

  it.each(locales)('code looks up only keys that %s has', (_name, messages) => {
    const keys = keysInCode();
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !(k in messages))).toEqual([]);
  });

  it('keeps the same $1 substitutions in every language', () => {
    const [, en] = locales[0];
    for (const [name, messages] of locales) {
      for (const key of keysInCode()) {
        const count = (text: string) => (text.match(/\$\d/g) ?? []).sort().join();
        expect(count(messages[key].message), `${name}:${key}`).toBe(count(en[key].message));
      }
    }
  });
});
