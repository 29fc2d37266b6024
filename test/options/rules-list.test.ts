// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { describeRule, renderRuleList, ruleRows } from '../../src/options/rules-list';
import type { SiteRule } from '../../src/core/types';

const builtIn: SiteRule[] = [
  { domain: 'mp.weixin.qq.com', name: 'WeChat', content: '#js_content', remove: ['.qr', '.ad'] },
  { domain: 'chinafile.com', tags: ['中参馆'], categories: ['中参馆'] },
];

describe('ruleRows', () => {
  it('puts user rules first in their order, then built-ins not overridden (by domain, case-insensitive), sorted', () => {
    const user: SiteRule[] = [{ domain: 'zeta.org' }, { domain: 'ChinaFile.com', tags: ['mine'] }];
    expect(ruleRows(user, builtIn).map((r) => [r.rule.domain, r.origin, r.replacesBuiltIn])).toEqual([
      ['zeta.org', 'user', false],
      ['ChinaFile.com', 'user', true],
      ['mp.weixin.qq.com', 'built-in', false],
    ]);
  });
});

describe('describeRule', () => {
  it('summarizes tags, categories and the number of selectors', () => {
    expect(describeRule(builtIn[0])).toBe('3 selectors');
    expect(describeRule(builtIn[1])).toBe('Tags: 中参馆 · Categories: 中参馆');
    expect(describeRule({ domain: 'x.com' })).toBe('');
  });
});

describe('renderRuleList', () => {
  it('renders one row per rule with the right buttons wired to the right domain', () => {
    const list = document.createElement('ul');
    const actions = { edit: vi.fn(), remove: vi.fn(), override: vi.fn() };
    expect(renderRuleList(list, [{ domain: 'chinafile.com', tags: ['x'] }], builtIn, actions)).toBe(2);
    const rows = [...list.querySelectorAll('li')];
    expect(rows.map((r) => [r.dataset.domain, r.dataset.origin])).toEqual([['chinafile.com', 'user'], ['mp.weixin.qq.com', 'built-in']]);
    rows[0].querySelector<HTMLButtonElement>('[data-action="delete"]')!.click();
    rows[0].querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    rows[1].querySelector<HTMLButtonElement>('[data-action="override"]')!.click();
    expect(actions.remove).toHaveBeenCalledWith('chinafile.com');
    expect(actions.edit).toHaveBeenCalledWith('chinafile.com');
    expect(actions.override).toHaveBeenCalledWith('mp.weixin.qq.com');
    // The user's rule replaces the built-in one: deleting it restores the built-in, and the button says so.
    expect(rows[0].querySelector('[data-action="delete"]')!.textContent).toBe('Restore built-in');
    expect(rows[0].querySelector('[data-action="delete"]')!.getAttribute('aria-label')).toBe('Delete the rule for chinafile.com');
  });
});
