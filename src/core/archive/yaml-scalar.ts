// YAML scalar writers for the front matter: a double-quoted form that any YAML reader gives back
// unchanged, and a test for when a plain (unquoted) scalar is equally safe.
import { toWellFormed } from './well-formed';

/** Escapes for the characters a double-quoted YAML scalar cannot hold as themselves (YAML 1.1 and 1.2 alike). */
const NAMED_ESCAPES: Record<number, string> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
  0x85: '\\N',
  0x2028: '\\L',
  0x2029: '\\P',
};

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * Characters libyaml (Ruby's Psych) refuses to read raw, plus the ones YAML 1.1 treats as line
 * breaks; they must be written as escapes.
 */
function needsEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    code === 0xfffe ||
    code === 0xffff
  );
}

/** A YAML double-quoted scalar on one line. Lone surrogates become U+FFFD: a UTF-8 file cannot hold them. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of toWellFormed(value)) {
    const code = ch.codePointAt(0) ?? 0;
    const named = NAMED_ESCAPES[code];
    if (named !== undefined) out += named;
    else if (!needsEscape(code)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else out += `\\u${hex(code, 4)}`;
  }
  return `${out}"`;
}

/** Words that YAML 1.1 (Psych, `yaml` with version 1.1) or 1.2 read as booleans or null. */
const RESERVED_WORDS = /^(?:y|yes|n|no|true|false|on|off|null)$/i;

/** `e8`, `E+5`: the `yaml` package's YAML 1.1 float pattern makes the mantissa optional (it reads NaN). */
const BARE_EXPONENT = /^[eE][-+]?[0-9]/;

/** ASCII punctuation allowed inside (never first in) a plain scalar: none of them is an indicator there. */
const INNER_ASCII_PUNCTUATION = new Set(".'-_()/+&;!?@*=$%^<>|~".split(''));

/** Non-ASCII characters allowed in a plain scalar: visible letters, marks, digits, punctuation, symbols. */
const VISIBLE_NON_ASCII = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function isPlainChar(ch: string, context: 'block' | 'flow'): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x80) return code > 0xa0 && code !== 0xfeff && code !== 0xfffe && code !== 0xffff && VISIBLE_NON_ASCII.test(ch);
  if (/[A-Za-z0-9 ]/.test(ch)) return true;
  // A comma separates items in a flow sequence; in a block value it is plain text.
  if (ch === ',') return context === 'block';
  return INNER_ASCII_PUNCTUATION.has(ch);
}

/**
 * True when `value` can be written unquoted and every YAML reader (1.2 core, 1.1, Psych) gives back
 * exactly `value` as a string. Conservative on purpose: anything in doubt is quoted.
 */
export function isSafePlainScalar(value: string, context: 'block' | 'flow' = 'block'): boolean {
  if (value === '' || value !== toWellFormed(value)) return false;
  const first = value.codePointAt(0) ?? 0;
  // A first character that is ASCII but not a letter may be an indicator (- ? : , [ ] { } # & * ! | > ' " % @ `),
  // or start a number, date, time, sexagesimal, `.inf` or `~`: quote all of them.
  if (first < 0x80 && !/[A-Za-z]/.test(value[0])) return false;
  if (value.endsWith(' ')) return false;
  if (RESERVED_WORDS.test(value) || BARE_EXPONENT.test(value)) return false;
  for (const ch of value) if (!isPlainChar(ch, context)) return false;
  return true;
}

/** A URL with no spaces or quotes, which a YAML reader keeps whole as a plain scalar (as the archive writes `from`). */
export function isSafePlainUrl(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[A-Za-z0-9\-._~/?#[\]@!$&'()*+,;=%:]+$/.test(value) && !value.endsWith(':');
}

/** A scalar for a block mapping value: plain when safe, else double-quoted. */
export function blockScalar(value: string): string {
  return isSafePlainScalar(value, 'block') ? value : doubleQuoted(value);
}

/** A scalar for a URL value: plain when it reads back whole, else double-quoted. */
export function urlScalar(value: string): string {
  return isSafePlainUrl(value) || isSafePlainScalar(value, 'block') ? value : doubleQuoted(value);
}

/** A flow sequence in the archive's style: `[ a, b ]`, `[ ]` when empty. */
export function flowSequence(items: readonly string[]): string {
  if (items.length === 0) return '[ ]';
  return `[ ${items.map((item) => (isSafePlainScalar(item, 'flow') ? item : doubleQuoted(item))).join(', ')} ]`;
}
