// Tokenizers of the extraction benchmark: Python-`\w` word runs, and a per-character variant for Chinese text.

/** Python's `re` `\w` on str: Unicode letters, numbers and the underscore (combining marks are not word characters). */
const WORD_RUN = /[\p{L}\p{N}_]+/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/gu;

/** Maximal runs of word characters, case-sensitive: the benchmark's tokens. A run of Chinese is one token. */
export function wordTokens(text: string): string[] {
  return text.match(WORD_RUN) ?? [];
}

/**
 * Every word character on its own: the character variant, which gives Chinese text (written without
 * spaces) a meaningful score. Latin words become letter sequences, which is harmless for a shingle overlap.
 */
export function charTokens(text: string): string[] {
  return text.match(WORD_CHAR) ?? [];
}
