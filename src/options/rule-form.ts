// Moves one SiteRule into the rule dialog's form and back, validating the domain and every CSS selector.
import type { SiteRule } from '../core/types';
import { tr } from '../i18n/messages';
import type { FieldError } from './field-errors';
import { formatLines, formatList, parseLines, parseList } from './list-field';

/** Selector fields: form control id → SiteRule key. */
const SELECTOR_FIELDS = [
  ['rule-content', 'content'],
  ['rule-title', 'title'],
  ['rule-byline', 'byline'],
  ['rule-published', 'published'],
] as const;

function control(form: HTMLFormElement, id: string): HTMLInputElement | HTMLTextAreaElement {
  const el = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!el) throw new Error(`The rule form has no #${id} field; options.html and rule-form.ts disagree.`);
  return el;
}

/**
 * Normalizes what a user pastes as a domain: the scheme, path, port, a trailing dot and a leading '*.' are dropped and
 * the host is lower-cased ('https://News.Example.com/a' → 'news.example.com'). A leading 'www.' is kept: a rule for
 * www.example.com is legitimately narrower than one for example.com. Returns undefined when nothing host-like remains.
 */
export function normalizeDomain(text: string): string | undefined {
  let value = text.trim().toLowerCase();
  if (value === '') return undefined;
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*\./, '').replace(/^\.+/, '');
  value = value.split(/[/?#]/)[0].replace(/:\d+$/, '').replace(/\.$/, '');
  if (value === '' || value.length > 253) return undefined;
  let host: string;
  try {
    // The URL parser turns an internationalized name into its punycode form, which is what tab URLs carry and findSiteRule compares.
    host = new URL(`http://${value}/`).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  if (!/^[a-z0-9.-]+$/.test(host) || labels.some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) {
    return undefined;
  }
  return host;
}

/** A selector checker; the page passes one backed by its own DOM so the browser's CSS parser decides. */
export type SelectorCheck = (selector: string) => boolean;

/** A SelectorCheck that asks `doc`'s CSS parser (querySelector throws a SyntaxError on an invalid selector). */
export function domSelectorCheck(doc: Document): SelectorCheck {
  const probe = doc.createDocumentFragment();
  return (selector) => {
    try {
      probe.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}

/** Shows `rule` in the form (an empty rule for "Add"). */
export function fillRuleForm(form: HTMLFormElement, rule: Partial<SiteRule>): void {
  control(form, 'rule-domain').value = rule.domain ?? '';
  control(form, 'rule-name').value = rule.name ?? '';
  control(form, 'rule-tags').value = formatList(rule.tags);
  control(form, 'rule-categories').value = formatList(rule.categories);
  for (const [id, key] of SELECTOR_FIELDS) control(form, id).value = rule[key] ?? '';
  control(form, 'rule-remove').value = formatLines(rule.remove);
  control(form, 'rule-lazy').value = formatLines(rule.lazyImageAttributes);
}

export type RuleFormResult = { ok: true; rule: SiteRule } | { ok: false; errors: FieldError[] };

/** The SiteRule keys this form edits; any other key of the rule being edited (e.g. scriptVariables) is kept as it was. */
const FORM_KEYS = ['domain', 'name', 'content', 'title', 'byline', 'published', 'remove', 'lazyImageAttributes', 'tags', 'categories'] as const;

/**
 * Reads the form into a SiteRule with only the fields that have a value (rules are stored as small as possible).
 * `base` is the rule being edited or customized: fields the form does not show are carried over from it, so
 * customizing a built-in rule never silently drops what it does beyond the form (scriptVariables, future fields).
 */
export function readRuleForm(form: HTMLFormElement, isSelector: SelectorCheck, base?: SiteRule): RuleFormResult {
  const errors: FieldError[] = [];
  const domainText = control(form, 'rule-domain').value;
  const domain = normalizeDomain(domainText);
  if (!domain) {
    errors.push({ field: 'rule-domain', message: tr('optionsErrorDomain', 'Enter a domain such as example.com (no http://, no path).') });
  }
  const kept: Record<string, unknown> = { ...(base ?? {}) };
  for (const key of FORM_KEYS) delete kept[key];
  const rule: SiteRule = { domain: domain ?? '', ...kept };
  const name = control(form, 'rule-name').value.trim();
  if (name) rule.name = name;

  for (const [id, key] of SELECTOR_FIELDS) {
    const selector = control(form, id).value.trim();
    if (!selector) continue;
    if (!isSelector(selector)) {
      errors.push({ field: id, message: tr('optionsErrorSelector', '"$1" is not a valid CSS selector.', [selector]) });
    }
    rule[key] = selector;
  }
  const remove = parseLines(control(form, 'rule-remove').value);
  const badRemove = remove.filter((s) => !isSelector(s));
  if (badRemove.length) {
    errors.push({ field: 'rule-remove', message: tr('optionsErrorSelector', '"$1" is not a valid CSS selector.', [badRemove[0]]) });
  }
  if (remove.length) rule.remove = remove;

  const lazy = parseList(control(form, 'rule-lazy').value, /[\n,\s]+/);
  const badLazy = lazy.filter((a) => !/^[a-z_:][-a-z0-9_:.]*$/i.test(a));
  if (badLazy.length) {
    errors.push({ field: 'rule-lazy', message: tr('optionsErrorAttribute', '"$1" is not an attribute name (e.g. data-src).', [badLazy[0]]) });
  }
  if (lazy.length) rule.lazyImageAttributes = lazy;

  const tags = parseList(control(form, 'rule-tags').value);
  if (tags.length) rule.tags = tags;
  const categories = parseList(control(form, 'rule-categories').value);
  if (categories.length) rule.categories = categories;

  return errors.length ? { ok: false, errors } : { ok: true, rule };
}

/** `rules` with `rule` in place of the one for the same domain (or `replacing`, when the domain was edited), else appended. */
export function upsertRule(rules: readonly SiteRule[], rule: SiteRule, replacing?: string): SiteRule[] {
  const key = (replacing ?? rule.domain).toLowerCase();
  const out = rules.filter((r) => r.domain.toLowerCase() !== key && r.domain.toLowerCase() !== rule.domain.toLowerCase());
  const at = rules.findIndex((r) => r.domain.toLowerCase() === key);
  if (at === -1) return [...out, rule];
  out.splice(Math.min(at, out.length), 0, rule);
  return out;
}
