// Renders the site-rule list: the user's rules (editable) and the built-in ones (shown, and overridable by copying).
import type { SiteRule } from '../core/types';
import { tr } from '../i18n/messages';

export interface RuleListActions {
  edit(domain: string): void;
  remove(domain: string): void;
  /** Copies a built-in rule into the user's rules and opens it for editing. */
  override(domain: string): void;
}

/** One row of the list, before it becomes DOM: which rule and where it comes from. */
export interface RuleRow {
  rule: SiteRule;
  origin: 'user' | 'built-in';
  /** True for a user rule that replaces a built-in rule of the same domain. */
  replacesBuiltIn: boolean;
}

/** The rows in display order: user rules as the user ordered them, then built-in rules that are not overridden, by domain. */
export function ruleRows(userRules: readonly SiteRule[], builtIn: readonly SiteRule[]): RuleRow[] {
  const builtInDomains = new Set(builtIn.map((r) => r.domain.toLowerCase()));
  const userDomains = new Set(userRules.map((r) => r.domain.toLowerCase()));
  return [
    ...userRules.map((rule) => ({ rule, origin: 'user' as const, replacesBuiltIn: builtInDomains.has(rule.domain.toLowerCase()) })),
    ...builtIn
      .filter((r) => !userDomains.has(r.domain.toLowerCase()))
      .sort((a, b) => a.domain.localeCompare(b.domain))
      .map((rule) => ({ rule, origin: 'built-in' as const, replacesBuiltIn: false })),
  ];
}

/** A one-line summary of what a rule does, e.g. "tags: 中参馆 · categories: 中参馆 · 3 selectors". */
export function describeRule(rule: SiteRule): string {
  const parts: string[] = [];
  if (rule.tags?.length) parts.push(`${tr('optionsRuleTagsLabel', 'Tags')}: ${rule.tags.join(', ')}`);
  if (rule.categories?.length) parts.push(`${tr('optionsRuleCategoriesLabel', 'Categories')}: ${rule.categories.join(', ')}`);
  const selectors = [rule.content, rule.title, rule.byline, rule.published].filter(Boolean).length + (rule.remove?.length ?? 0);
  if (selectors) parts.push(tr('optionsRuleSelectorCount', '$1 selectors', [String(selectors)]));
  return parts.join(' · ');
}

function button(doc: Document, label: string, action: string, domain: string, onClick: () => void, aria: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.dataset.action = action;
  b.setAttribute('aria-label', aria);
  b.addEventListener('click', onClick);
  b.dataset.domain = domain;
  return b;
}

/** Replaces the children of `list` with one `<li data-domain data-origin>` per rule. Returns the number of rows. */
export function renderRuleList(list: HTMLElement, userRules: readonly SiteRule[], builtIn: readonly SiteRule[], actions: RuleListActions): number {
  const doc = list.ownerDocument;
  const rows = ruleRows(userRules, builtIn);
  list.replaceChildren(
    ...rows.map(({ rule, origin, replacesBuiltIn }) => {
      const li = doc.createElement('li');
      li.dataset.domain = rule.domain;
      li.dataset.origin = origin;

      const summary = doc.createElement('div');
      summary.className = 'rule-summary';
      const domain = doc.createElement('div');
      domain.className = 'rule-domain';
      domain.textContent = rule.name ? `${rule.domain} — ${rule.name}` : rule.domain;
      if (origin === 'built-in' || replacesBuiltIn) {
        const badge = doc.createElement('span');
        badge.className = 'badge';
        badge.textContent = origin === 'built-in' ? tr('optionsRuleBuiltIn', 'built-in') : tr('optionsRuleReplacesBuiltIn', 'replaces built-in');
        domain.append(badge);
      }
      const detail = doc.createElement('div');
      detail.className = 'rule-detail';
      detail.textContent = describeRule(rule);
      summary.append(domain, detail);

      const buttons = doc.createElement('div');
      buttons.className = 'rule-actions';
      if (origin === 'built-in') {
        buttons.append(button(doc, tr('optionsRuleOverride', 'Customize'), 'override', rule.domain, () => actions.override(rule.domain),
          tr('optionsRuleOverrideAria', 'Customize the built-in rule for $1', [rule.domain])));
      } else {
        buttons.append(
          button(doc, tr('optionsRuleEdit', 'Edit'), 'edit', rule.domain, () => actions.edit(rule.domain),
            tr('optionsRuleEditAria', 'Edit the rule for $1', [rule.domain])),
          button(doc, replacesBuiltIn ? tr('optionsRuleRestore', 'Restore built-in') : tr('optionsRuleDelete', 'Delete'), 'delete', rule.domain,
            () => actions.remove(rule.domain), tr('optionsRuleDeleteAria', 'Delete the rule for $1', [rule.domain])),
        );
      }
      li.append(summary, buttons);
      return li;
    }),
  );
  return rows.length;
}
