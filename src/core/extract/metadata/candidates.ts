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

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', middot: '·', copy: '©', reg: '®', trade: '™', bull: '•',
};

/**
 * Decodes character references left in a value. Many CMSs HTML-escape strings twice (JSON-LD headlines with
 * "&#8211;", meta content with "&amp;#39;"), so what the DOM hands over still holds references.
 */
export function decodeEntities(text: string): string {
  let out = text;
  // Twice at most: "&amp;#39;" is one escape too many, "&amp;amp;" is rare enough to stop there.
  for (let i = 0; i < 2 && /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(out); i++) {
    out = out.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    });
  }
  return out;
}

/** Inline formatting elements: their edges are not word boundaries. */
const INLINE_FORMATTING = new Set(['B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'SUP', 'SUB', 'MARK', 'ABBR', 'BDI', 'BDO', 'WBR']);

/**
 * The text of an element with a space at the edges of its child elements, so that
 * `<span>Jeff Foust</span><span>Monday</span>` reads "Jeff Foust Monday", not "Jeff FoustMonday".
 */
export function spacedText(el: Element): string {
  let out = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      const gap = INLINE_FORMATTING.has(child.tagName.toUpperCase()) ? '' : ' ';
      out += gap + spacedText(child) + gap;
    }
  }
  return out;
}

/** Appends a trimmed, non-empty value (character references decoded) to a candidate list. */
export function pushCandidate(target: MetadataCandidates, field: CandidateField, value: unknown): void {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return;
  const trimmed = decodeEntities(value).trim();
  if (!trimmed) return;
  (target[field] ??= []).push(trimmed);
}

/** Every `<meta>` with a name/property/itemprop and non-blank content, in document order: [lower-case key, trimmed content]. */
export type MetaIndex = ReadonlyArray<readonly [string, string]>;

/**
 * Reads the page's `<meta>` tags (collected in document order) once. The metadata sources ask for some sixty keys;
 * scanning the whole document for each request was a quarter of the clip time on large pages.
 */
export function readMetaIndex(metas: Iterable<Element>): MetaIndex {
  const out: Array<readonly [string, string]> = [];
  for (const meta of metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (!key) continue;
    const content = meta.getAttribute('content');
    if (content && content.trim()) out.push([key, content.trim()]);
  }
  return out;
}

/** The `content` of every indexed `<meta>` whose name/property/itemprop equals one of `keys` (case-insensitive), in document order. */
export type MetaLookup = (keys: string[]) => string[];

/**
 * A MetaLookup over `index` (from readMetaIndex). The sources ask for some sixty keys: the tags are grouped by key once,
 * and each answer gathers its keys' tags back into document order.
 */
export function metaLookup(index: MetaIndex): MetaLookup {
  const positions = new Map<string, number[]>();
  index.forEach(([key], i) => {
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  });
  return (keys) => {
    const found: number[] = [];
    for (const key of new Set(keys.map((k) => k.toLowerCase()))) found.push(...(positions.get(key) ?? []));
    return found.sort((a, b) => a - b).map((i) => index[i][1]);
  };
}

/** Collapses HTML white space (including newlines) into single spaces. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
