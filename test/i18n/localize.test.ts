// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { localizePage, missingKeys, setMessageSource, t, tr } from '../../src/i18n';

const messages: Record<string, string> = { hello: '你好', placeholder: '添加标签…', label: '标签', saved: '已保存 $1' };
const source = {
  getMessage: (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key] ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  },
  getUILanguage: () => 'zh-CN',
};

afterEach(() => setMessageSource(undefined));

describe('localizePage', () => {
  it('fills text, placeholder and aria-label, sets <html lang>, and leaves the fallback text where a key is missing', () => {
    setMessageSource(source);
    document.body.innerHTML = `
      <h1 data-i18n="hello">Hello</h1>
      <input data-i18n-placeholder="placeholder" data-i18n-aria-label="label" placeholder="Add a tag…">
      <p data-i18n="nope">Fallback</p>`;
    const result = localizePage(document);
    expect(document.querySelector('h1')!.textContent).toBe('你好');
    expect(document.querySelector('input')!.getAttribute('placeholder')).toBe('添加标签…');
    expect(document.querySelector('input')!.getAttribute('aria-label')).toBe('标签');
    expect(document.querySelector('p')!.textContent).toBe('Fallback');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(result).toEqual({ filled: 3, missing: ['nope'] });
    expect(missingKeys(document, { hello: {}, placeholder: {}, label: {} })).toEqual(['nope']);
  });

  it('works without any i18n API (a page outside the extension): t gives "", tr the English fallback', () => {
    expect(t('hello')).toBe('');
    expect(tr('saved', 'Saved $1 of $2', ['a.md', 'x'])).toBe('Saved a.md of x');
  });

  it('tr prefers the localized message and passes substitutions', () => {
    setMessageSource(source);
    expect(tr('saved', 'Saved $1', ['a.md'])).toBe('已保存 a.md');
  });
});
