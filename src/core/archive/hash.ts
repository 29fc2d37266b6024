// A short, stable, dependency-free hash (FNV-1a, 32 bit) for fallback file names.

/** FNV-1a over the UTF-16 code units of `text`, printed in base 36 (at most 7 characters). */
export function fnv1a36(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
