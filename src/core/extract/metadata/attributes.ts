// Attribute tokens (class, rel, itemprop) read and compared as CSS selectors compare them, without a selector engine.
import { classAttribute } from '../../class-attribute';

/** ASCII white space, which separates the tokens of class, rel and itemprop values. */
const TOKEN_SEPARATOR = /[\t\n\f\r ]+/;

/** The white-space separated tokens of an attribute value, lower-cased when they are to be compared ignoring case. */
export function tokensOf(value: string | null, ignoreCase: boolean): string[] {
  if (!value) return [];
  return (ignoreCase ? value.toLowerCase() : value).split(TOKEN_SEPARATOR);
}

/** True when the white-space separated `value` holds `token` (lower-case), compared case-insensitively: `[attr~="token" i]`. */
export function hasTokenIgnoringCase(value: string | null, token: string): boolean {
  return tokensOf(value, true).includes(token);
}

/**
 * The class names of `el` as class selectors (`.name`, names in lower case) compare them: lower-cased in quirks mode,
 * where those selectors ignore case.
 */
export function classesOf(el: Element, quirks: boolean): string[] {
  return tokensOf(classAttribute(el), quirks);
}

/** True when `el` has the class `name` (lower case), as the selector `.name` matches it. */
export function hasClass(el: Element, name: string, quirks: boolean): boolean {
  return classesOf(el, quirks).includes(name);
}
