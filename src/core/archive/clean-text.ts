// Cleans titles and names: drops only what is invisible and meaningless (BOM, zero-width watermark
// characters, surrounding white space); everything else a page says is kept.
import { toWellFormed } from './well-formed';

/** Zero-width characters pages use as watermarks or leave behind: ZWSP, ZWNJ, ZWJ, word joiner, BOM. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;

/**
 * Scripts whose spelling needs ZWNJ/ZWJ between letters (Arabic, Persian, Indic, …): there a lone
 * joiner is part of the word, not a watermark. Latin, CJK, Cyrillic and Greek never need one.
 */
const JOINING_SCRIPT_LETTER = /^(?![\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Common}])[\p{L}\p{M}]$/u;

/** Emoji that an emoji ZWJ sequence (👨‍👩‍👧) joins, including skin-tone modifiers and VS16 before the joiner. */
const EMOJI_PART = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;

function keepsJoiner(joiner: string, before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (joiner === '\u200D' && EMOJI_PART.test(before) && /^\p{Extended_Pictographic}$/u.test(after)) return true;
  return (joiner === '\u200C' || joiner === '\u200D') && JOINING_SCRIPT_LETTER.test(before) && JOINING_SCRIPT_LETTER.test(after);
}

/**
 * Removes zero-width watermark characters, except a single joiner that is part of an emoji sequence
 * or of a word in a script that spells with joiners (dropping those would change what the reader sees).
 */
export function removeZeroWidth(value: string): string {
  const chars = Array.from(toWellFormed(value));
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i];
    if (!ZERO_WIDTH.test(ch)) {
      out += ch;
      continue;
    }
    const before = chars[i - 1];
    const after = chars[i + 1];
    const inRun = (before !== undefined && ZERO_WIDTH.test(before)) || (after !== undefined && ZERO_WIDTH.test(after));
    if (!inRun && keepsJoiner(ch, before, after)) out += ch;
  }
  return out;
}

/** A title as the archive stores it: zero-width watermarks and surrounding white space removed, nothing else. */
export function cleanTitle(title: string): string {
  return removeZeroWidth(title).trim();
}

/** An author, tag or category as the archive stores it: cleaned like a title. */
export function cleanName(name: string): string {
  return cleanTitle(name);
}

/** Cleans every name, drops the empty ones and repeats (first occurrence wins), keeping order. */
export function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = cleanName(name);
    if (clean !== '' && !seen.has(clean)) {
      seen.add(clean);
      out.push(clean);
    }
  }
  return out;
}
