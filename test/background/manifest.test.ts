import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/build';

interface BuiltManifest {
  background?: unknown;
  permissions: string[];
  host_permissions?: string[];
  minimum_chrome_version?: string;
  name: string;
  default_locale: string;
  commands: Record<string, unknown>;
  browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: { strict_min_version: string } };
}

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('manifest per browser', () => {
  it('gives Chrome a service worker and no Gecko settings', () => {
    const m = manifestFor(source, 'chrome', '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.permissions).toContain('offscreen');
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox an event page, its add-on id and minimum versions, and no offscreen permission', () => {
    const m = manifestFor(source, 'firefox') as unknown as BuiltManifest;
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.permissions).not.toContain('offscreen');
    expect(m.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
    expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('asks for no host permissions and localises its texts', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(source, target) as unknown as BuiltManifest;
      expect(m.host_permissions).toBeUndefined();
      expect(m.permissions).not.toContain('<all_urls>');
      expect(m.permissions).not.toContain('tabs');
      expect(m.name).toMatch(/^__MSG_\w+__$/);
      expect(m.default_locale).toBe('en');
      expect(Object.keys(m.commands)).toEqual(['_execute_action', 'clip-and-save']);
    }
  });

  it('names only messages that exist in every locale', () => {
    const text = JSON.stringify(source);
    const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    for (const locale of ['en', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(new URL(`../../_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      for (const key of keys) expect(messages, `${locale} lacks ${key}`).toHaveProperty(key);
    }
  });
});
