// Shingling: every run of n consecutive tokens, counted as a multiset.

/** The benchmark's shingle length. */
export const SHINGLE_SIZE = 4;

/**
 * Counts each run of `size` consecutive tokens. A text shorter than `size` (but not empty) is one
 * shorter shingle, so that tiny texts still score; an empty text has no shingles.
 */
export function shingleCounts(tokens: readonly string[], size = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  // U+0001 never occurs inside a token (tokens are word characters), so joined keys cannot collide.
  if (tokens.length < size) {
    counts.set(tokens.join('\u0001'), 1);
    return counts;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
