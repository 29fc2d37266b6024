// Whether extracted title, authors and date agree with what a person read on the page (tolerant only of typography).

/** Unicode-normalised, typographic quotes and dashes unified, whitespace collapsed, case folded. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function titleMatches(expected: string, actual: string): boolean {
  return normalizeLabel(expected) === normalizeLabel(actual);
}

/**
 * `expected` is the names joined with ', ' ('' = the page names nobody). Order does not matter; each name
 * must be there and nothing else.
 */
export function authorMatches(expected: string, actual: readonly string[]): boolean {
  const want = expected
    .split(/\s*,\s*/)
    .map(normalizeLabel)
    .filter(Boolean)
    .sort();
  const got = actual
    .flatMap((a) => a.split(/\s*,\s*/))
    .map(normalizeLabel)
    .filter(Boolean)
    .sort();
  return want.length === got.length && want.every((name, i) => name === got[i]);
}

/** The calendar day (YYYY-MM-DD) of `iso` in `timeZone` (IANA name or '+08:00'-style offset; default UTC). */
export function dayIn(iso: string, timeZone = 'UTC'): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(timeZone);
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return new Date(t + minutes * 60_000).toISOString().slice(0, 10);
  }
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
}

/** `expected` '' means the page states no date, so none must be found. */
export function dateMatches(expected: string, actual: string | undefined, timeZone?: string): boolean {
  if (!expected) return !actual;
  return actual !== undefined && dayIn(actual, timeZone) === expected;
}
