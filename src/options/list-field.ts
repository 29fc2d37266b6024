// Turns the text of a "several values" field (tags, categories, selectors) into a clean list and back.

/** Separators a user may type between tags: ASCII and full-width commas, the ideographic enumeration comma, semicolons, new lines. */
const TAG_SEPARATORS = /[,，、;；\n]/;

/** Splits "a, b，c、d" into ['a', 'b', 'c', 'd']: trimmed, empty items dropped, duplicates (exact) removed, order kept. */
export function parseList(text: string, separators: RegExp = TAG_SEPARATORS): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(separators)) {
    const item = raw.trim();
    if (item === '' || seen.has(item)) continue;
    seen.add(item);
    out.push(item);
  }
  return out;
}

/** One item a line (CSS selectors may contain commas, so they are never split on them). */
export function parseLines(text: string): string[] {
  return parseList(text, /\n/);
}

/** The text a tag field shows for a list. */
export function formatList(items: readonly string[] | undefined): string {
  return (items ?? []).join(', ');
}

/** The text a one-per-line field shows for a list. */
export function formatLines(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}
