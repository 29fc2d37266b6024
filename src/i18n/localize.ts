// Fills the `data-i18n*` attributes of a page or fragment with localized messages.
import { t, uiLanguage } from './messages';

/** Attribute that names a message key → where the message goes. */
const TARGETS: Array<[attribute: string, apply: (el: Element, text: string) => void]> = [
  ['data-i18n', (el, text) => { el.textContent = text; }],
  ['data-i18n-placeholder', (el, text) => el.setAttribute('placeholder', text)],
  ['data-i18n-title', (el, text) => el.setAttribute('title', text)],
  ['data-i18n-aria-label', (el, text) => el.setAttribute('aria-label', text)],
  ['data-i18n-alt', (el, text) => el.setAttribute('alt', text)],
  ['data-i18n-value', (el, text) => el.setAttribute('value', text)],
];

export interface LocalizeResult {
  /** How many attributes were filled. */
  filled: number;
  /** Keys the page names that have no message (left with the HTML's fallback text). */
  missing: string[];
}

/**
 * Localizes every element under `root` that has a `data-i18n*` attribute. When `root` is a Document, also sets
 * `<html lang>` to the UI language so screen readers and CJK font selection follow the browser's language.
 */
export function localizePage(root: Document | Element | DocumentFragment): LocalizeResult {
  const missing = new Set<string>();
  let filled = 0;
  for (const [attribute, apply] of TARGETS) {
    const elements: Element[] = [];
    if ('hasAttribute' in root && root.hasAttribute(attribute)) elements.push(root);
    elements.push(...Array.from(root.querySelectorAll(`[${attribute}]`)));
    for (const el of elements) {
      const key = el.getAttribute(attribute) ?? '';
      const text = t(key);
      if (text) {
        apply(el, text);
        filled += 1;
      } else {
        missing.add(key);
      }
    }
  }
  const doc = (root as Document).documentElement ? (root as Document) : undefined;
  if (doc && doc.documentElement) {
    const lang = uiLanguage();
    doc.documentElement.lang = lang;
  }
  return { filled, missing: [...missing] };
}

/** The keys used under `root` that `messages` lacks: for tests that check a page against _locales/…/messages.json. */
export function missingKeys(root: Document | Element | DocumentFragment, messages: Record<string, unknown>): string[] {
  const keys = new Set<string>();
  for (const [attribute] of TARGETS) {
    for (const el of Array.from(root.querySelectorAll(`[${attribute}]`))) {
      const key = el.getAttribute(attribute) ?? '';
      if (!(key in messages)) keys.add(key);
    }
  }
  return [...keys].sort();
}
