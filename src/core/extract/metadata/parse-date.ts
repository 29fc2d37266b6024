// Reads a publication time written in any of the common forms and converts it to UTC ISO (`toISOString()` form).

export interface ParseDateOptions {
  /** Offset from UTC in minutes to assume when the text names no zone (e.g. +480 for a Chinese page). */
  defaultOffsetMinutes?: number;
  /** Whether "CST" means China Standard Time (+8) rather than US Central Standard Time (−6). */
  cstIsChina?: boolean;
}

/** Years outside this range are junk (placeholders such as 0000-00-00 or 1970 epoch zeroes are rejected too). */
const MIN_YEAR = 1971;
const MAX_YEAR = 2100;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Zone abbreviations with one unambiguous offset (minutes east of UTC). */
const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0, EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, WET: 0, WEST: 60, MSK: 180,
  HKT: 480, SGT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, IST: 330,
};

function zoneOffset(zone: string | undefined, opts: ParseDateOptions): number | undefined {
  if (!zone) return undefined;
  const z = zone.trim().toUpperCase();
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  if (z === 'CST') return opts.cstIsChina ? 480 : -360;
  return ZONES[z];
}

function toIso(
  year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number,
  offset: number | undefined, opts: ParseDateOptions,
): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (hour > 24 || minute > 59 || second > 60) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2021-02-30 and friends, which Date.UTC would silently roll over.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  const t = local - (offset ?? opts.defaultOffsetMinutes ?? 0) * 60_000;
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

function to24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = /^(?:p|下午|晚上|傍晚|中午)/i.test(meridiem);
  if (/^(?:中午)/.test(meridiem)) return hour < 11 ? hour + 12 : hour;
  if (pm && hour < 12) return hour + 12;
  if (!pm && hour === 12) return 0;
  return hour;
}

const ISO_LIKE =
  /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|\s*[,，]\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?|UTC|GMT|[A-Z]{2,4}T?)?(?![\d])/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const CJK =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*(?:星期.|周.)?\s*(上午|下午|晚上|早上|中午|凌晨|傍晚)?\s*(\d{1,2})\s*[:：时點点]\s*(\d{1,2})?\s*分?(?:\s*[:：]?\s*(\d{1,2})\s*秒?)?)?/;
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME_PART = '(?:\\s*,?\\s*(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?)?\\s*(?:\\(?\\s*(Z|(?:UTC|GMT)?\\s?[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5})\\s*\\)?)?';
// "March 5, 2019 10:00 AM EST" and "Tue, 05 Mar 2019 10:00:00 +0800" / "5 March 2019".
const MONTH_FIRST = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME_PART}`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})${TIME_PART}`, 'i');

/**
 * Converts a date-time text to UTC ISO, or undefined when it is not a plausible date.
 * Unix timestamps (10 or 13 digits), ISO 8601 with or without offset, RFC 2822, "March 5, 2019", "5 March 2019",
 * and Chinese "2019年3月5日 10:00" are understood; a time without a zone is taken in `defaultOffsetMinutes`.
 */
export function parseDateToUtc(raw: string | undefined, opts: ParseDateOptions = {}): string | undefined {
  if (!raw) return undefined;
  const text = raw
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
  if (!text) return undefined;

  const epoch = /^(\d{10}|\d{13})(?:\.\d+)?$/.exec(text);
  if (epoch) {
    const ms = epoch[1].length === 10 ? Number(epoch[1]) * 1000 : Number(epoch[1]);
    const d = new Date(ms);
    const year = d.getUTCFullYear();
    return year >= MIN_YEAR && year <= MAX_YEAR ? d.toISOString() : undefined;
  }

  const compact = COMPACT.exec(text);
  if (compact) {
    return toIso(+compact[1], +compact[2], +compact[3], +(compact[4] ?? 0), +(compact[5] ?? 0), +(compact[6] ?? 0), 0, zoneOffset(compact[7], opts), opts);
  }

  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const fraction = iso[7] ? Math.round(Number(`0.${iso[7]}`) * 1000) : 0;
    const zone = iso[8] ? zoneOffset(iso[8], opts) : undefined;
    return toIso(+iso[1], +iso[2], +iso[3], +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0), fraction, zone, opts);
  }

  const cjk = CJK.exec(text);
  if (cjk) {
    const hour = cjk[5] ? to24(+cjk[5], cjk[4]) : 0;
    return toIso(+cjk[1], +cjk[2], +cjk[3], hour, +(cjk[6] ?? 0), +(cjk[7] ?? 0), 0, undefined, opts);
  }

  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const [, mon, day, year, h, m, s, ap, zone] = monthFirst;
    return fromNamedMonth(+year, mon, +day, h, m, s, ap, zone, opts);
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, day, mon, year, h, m, s, ap, zone] = dayFirst;
    return fromNamedMonth(+year, mon, +day, h, m, s, ap, zone, opts);
  }
  return undefined;
}

function fromNamedMonth(
  year: number, mon: string, day: number, h: string | undefined, m: string | undefined, s: string | undefined,
  ap: string | undefined, zone: string | undefined, opts: ParseDateOptions,
): string | undefined {
  const month = MONTHS[mon.toLowerCase().replace('.', '').slice(0, mon.toLowerCase().startsWith('sept') ? 4 : 3)];
  if (!month) return undefined;
  // A bare number after the year ("2019 10") without minutes or am/pm is not a time.
  const hasTime = h !== undefined && (m !== undefined || ap !== undefined);
  const hour = hasTime ? to24(+h, ap?.replace(/[\s.]/g, '')) : 0;
  const offset = zone ? zoneOffset(zone.replace(/\s/g, ''), opts) : undefined;
  return toIso(year, month, day, hour, hasTime ? +(m ?? 0) : 0, hasTime ? +(s ?? 0) : 0, 0, offset, opts);
}
