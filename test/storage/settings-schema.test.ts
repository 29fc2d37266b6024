// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validateSettings, validateSiteRule } from '../../src/storage/settings-schema';

describe('site rule validation (with a DOM, as in the options page)', () => {
  it('accepts valid selectors and normalises the domain', () => {
    const problems: string[] = [];
    const rule = validateSiteRule({ domain: ' ChinaFile.com ', content: 'article .body', remove: ['.share', 'aside:has(> .ad)'] }, 'r', problems);
    expect(problems).toEqual([]);
    expect(rule).toEqual({ domain: 'chinafile.com', content: 'article .body', remove: ['.share', 'aside:has(> .ad)'] });
  });

  it('names every invalid selector', () => {
    const problems: string[] = [];
    expect(validateSiteRule({ domain: 'a.com', byline: 'div[', remove: ['.ok', '###'] }, 'siteRules[0]', problems)).toBeUndefined();
    expect(problems).toEqual([
      'siteRules[0].byline "div[" is not a valid CSS selector',
      'siteRules[0].remove "###" is not a valid CSS selector',
    ]);
  });

  it('reports problems of the archive and the rules together', () => {
    const problems: string[] = [];
    expect(validateSettings({ archive: { layout: '' }, siteRules: [{ domain: 'x' }] }, problems)).toBeUndefined();
    expect(problems).toEqual(['archive.layout must be a non-empty string', 'siteRules[0].domain must be a host name such as "example.com"']);
  });
});
