// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domSelectorCheck, fillRuleForm, normalizeDomain, readRuleForm, upsertRule } from '../../src/options/rule-form';
import type { SiteRule } from '../../src/core/types';

const html = readFileSync(join(import.meta.dirname, '../../src/options/options.html'), 'utf8');

describe('normalizeDomain', () => {
  it.each([
    ['chinafile.com', 'chinafile.com'],
    ['  ChinaFile.COM ', 'chinafile.com'],
    ['https://www.chinafile.com/reporting-opinion?x=1#y', 'www.chinafile.com'],
    ['*.example.org', 'example.org'],
    ['example.org.', 'example.org'],
    ['example.org:8080/path', 'example.org'],
    ['mp.weixin.qq.com', 'mp.weixin.qq.com'],
    ['127.0.0.1', '127.0.0.1'],
    // Tab URLs carry the punycode form, which is what findSiteRule compares against.
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each(['', '   ', 'http://', 'exa mple.com', 'a..b', '-bad.com', 'bad-.com', 'foo_bar.com/'])('rejects %j', (input) => {
    expect(normalizeDomain(input)).toBeUndefined();
  });
});

describe('rule form', () => {
  let form: HTMLFormElement;
  beforeEach(() => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    form = document.querySelector<HTMLFormElement>('#rule-form')!;
  });

  it('round-trips a full rule through the form', () => {
    const rule: SiteRule = {
      domain: 'chinafile.com',
      name: 'ChinaFile',
      content: 'article .body',
      title: 'h1.title',
      byline: '.byline a',
      published: 'time[datetime]',
      remove: ['.share', 'aside.related, .newsletter'],
      lazyImageAttributes: ['data-src', 'data-original'],
      tags: ['中参馆'],
      categories: ['中参馆', 'China'],
    };
    fillRuleForm(form, rule);
    expect(readRuleForm(form, domSelectorCheck(document))).toEqual({ ok: true, rule });
  });

  it('keeps the fields the form does not show from the rule being edited (e.g. scriptVariables), and lets the form clear its own', () => {
    const base: SiteRule = { domain: 'mp.weixin.qq.com', content: '#js_content', tags: ['微信'], scriptVariables: { published: ['ct'] } };
    fillRuleForm(form, base);
    (form.querySelector('#rule-tags') as HTMLInputElement).value = '';
    expect(readRuleForm(form, domSelectorCheck(document), base)).toEqual({
      ok: true,
      rule: { domain: 'mp.weixin.qq.com', content: '#js_content', scriptVariables: { published: ['ct'] } },
    });
  });

  it('stores only the fields that have a value', () => {
    fillRuleForm(form, { domain: 'example.com' });
    expect(readRuleForm(form, domSelectorCheck(document))).toEqual({ ok: true, rule: { domain: 'example.com' } });
  });

  it('reports each invalid field by its control id', () => {
    fillRuleForm(form, { domain: 'http:// nope', content: 'div[', remove: ['.ok', 'p >'], lazyImageAttributes: ['data src!'] });
    const result = readRuleForm(form, domSelectorCheck(document));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['rule-domain', 'rule-content', 'rule-remove', 'rule-lazy']);
    expect(result.errors[1].message).toContain('div[');
    expect(result.errors[2].message).toContain('p >');
  });
});

describe('upsertRule', () => {
  const a: SiteRule = { domain: 'a.com', tags: ['a'] };
  const b: SiteRule = { domain: 'b.com' };
  it('appends a new domain', () => {
    expect(upsertRule([a], b)).toEqual([a, b]);
  });
  it('replaces the rule being edited in place, even when its domain changes', () => {
    const c: SiteRule = { domain: 'c.com' };
    expect(upsertRule([a, b], c, 'a.com')).toEqual([c, b]);
    expect(upsertRule([a, b], { ...a, tags: ['x'] }, 'a.com')).toEqual([{ domain: 'a.com', tags: ['x'] }, b]);
  });
});
