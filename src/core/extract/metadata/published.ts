// Picks the publication instant: the most trusted source's, unless sources that state their zone outvote it.
import type { MetadataCandidates } from './candidates';
import { parseDateToUtc, type ParseDateOptions } from './parse-date';

/** Two readings of one instant: a visible "10:31 pm" drops the seconds of "04:31:13". */
const SAME_INSTANT_MS = 60_000;

/** A full timestamp that states its offset ("…T04:31:13-06:00", "…Z", "… 04:31 GMT"): only these can contradict each other. */
const ZONED_TIMESTAMP = /\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|(?:GMT|UTC)?\s*[+-]\d\d:?\d\d|GMT|UTC)\s*$/i;

const near = (a: string, b: string): boolean => Math.abs(Date.parse(a) - Date.parse(b)) < SAME_INSTANT_MS;

interface Vote {
  iso: string;
  votes: number;
}

/**
 * The publication instant as UTC ISO. The first value (sources in trust order) stands unless other sources that state
 * a full zoned timestamp outvote it, or tie with it and the visible dateline sides with them: a JSON-LD
 * "2019-11-20T04:31:13-06:00" written for 04:31 UTC (a CMS that appends the site's offset to a UTC clock) loses to
 * og "…T04:31:13+00:00" when the page shows "10:31 pm CST". Date-only and zone-less values never vote — their zone
 * is a guess — and a first value that is one of them stands, as does a site rule's (it names its element exactly).
 * `visible` is asked only on a tie.
 */
export function pickPublished(
  sources: MetadataCandidates[],
  opts: ParseDateOptions,
  visible: () => string | undefined,
  trusted?: MetadataCandidates,
): string | undefined {
  // Each value is parsed once, though both passes below may read it.
  const parsed = new Map<string, string | undefined>();
  const parse = (raw: string): string | undefined => {
    if (!parsed.has(raw)) parsed.set(raw, parseDateToUtc(raw, opts));
    return parsed.get(raw);
  };
  let first: { iso: string; raw: string; source: MetadataCandidates } | undefined;
  for (const source of sources) {
    for (const raw of source.published ?? []) {
      const iso = parse(raw);
      if (iso) {
        first = { iso, raw, source };
        break;
      }
    }
    if (first) break;
  }
  if (!first || first.source === trusted || !ZONED_TIMESTAMP.test(first.raw.trim())) return first?.iso;

  const groups: Vote[] = [];
  for (const source of sources) {
    // One vote per source and instant: a source that repeats itself is still one witness.
    const seen: string[] = [];
    for (const raw of source.published ?? []) {
      if (!ZONED_TIMESTAMP.test(raw.trim())) continue;
      const iso = parse(raw);
      if (!iso || seen.some((s) => near(s, iso))) continue;
      seen.push(iso);
      const group = groups.find((g) => near(g.iso, iso));
      if (group) group.votes++;
      else groups.push({ iso, votes: 1 });
    }
  }
  const mine = groups.find((g) => near(g.iso, first.iso))?.votes ?? 0;
  const rivals = groups.filter((g) => !near(g.iso, first.iso) && g.votes >= mine);
  if (!rivals.length) return first.iso;
  // The strongest rival that outvotes the first value wins outright; the earlier source wins a tie among rivals.
  const winner = rivals.reduce<Vote | undefined>((best, g) => (g.votes > mine && (!best || g.votes > best.votes) ? g : best), undefined);
  if (winner) return winner.iso;
  const shown = visible();
  if (!shown || near(shown, first.iso)) return first.iso;
  return rivals.find((g) => near(g.iso, shown))?.iso ?? first.iso;
}
