// The raw, unvalidated values one metadata source offers for each field, in that source's own order of preference.

/** Raw candidates from one source. Every value is a string as the page wrote it; validation happens when picking. */
export interface MetadataCandidates {
  title?: string[];
  /** Each entry is one author statement from the page (it may name several people: "A and B"). */
  authors?: string[];
  published?: string[];
  modified?: string[];
  siteName?: string[];
  lang?: string[];
  canonicalUrl?: string[];
  description?: string[];
  leadImage?: string[];
  /** Section / category / keyword names, used only to recognise junk authors. */
  sections?: string[];
}

export type CandidateField = keyof MetadataCandidates;

/** Appends a trimmed, non-empty value to a candidate list. */
export function pushCandidate(target: MetadataCandidates, field: CandidateField, value: unknown): void {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return;
  const trimmed = value.trim();
  if (!trimmed) return;
  (target[field] ??= []).push(trimmed);
}

/** The `content` attribute of the first `<meta>` whose name/property/itemprop equals one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: string[]): string[] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const out: string[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (!wanted.has(key)) continue;
    const content = meta.getAttribute('content');
    if (content && content.trim()) out.push(content.trim());
  }
  return out;
}

/** Collapses HTML white space (including newlines) into single spaces. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
