// Language helpers: normalising declared tags to BCP 47, guessing CJK text, and the zone to assume for zone-less dates.

/** 'zh_CN' → 'zh-CN', 'EN-us' → 'en-US'; undefined when it is not a plausible language tag. */
export function normalizeLang(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const first = raw.split(/[,;\s]/)[0].replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return undefined;
  const [lang, ...rest] = first.split('-');
  return [lang.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))].join('-');
}

/**
 * How many characters of `text` are left once `others` (a pattern of runs of every other character) is removed: one
 * string built natively, not an array of matches.
 */
function countKept(text: string, others: RegExp): number {
  const kept = text.replace(others, '');
  // A character outside the Basic Multilingual Plane is two code units.
  let pairs = 0;
  for (let i = 0; i < kept.length; i++) {
    const code = kept.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) pairs++;
  }
  return kept.length - pairs;
}

/**
 * Every kana, Hangul and Han character is at U+2E80 or above (astral Han as surrogate pairs, which are too): a sample
 * without any such code unit is no CJK text, told by one search instead of four counting passes.
 */
const MAY_BE_CJK = /[\u2e80-\uffff]/;

/** 'zh', 'ja' or 'ko' when the sample is mostly written in that script, else undefined. */
export function guessCjkLanguage(sample: string): string | undefined {
  if (!MAY_BE_CJK.test(sample)) return undefined;
  const letters = countKept(sample, /\P{L}+/gu);
  if (letters < 10) return undefined;
  const kana = countKept(sample, /[^\u3040-\u30ff]+/g);
  const hangul = countKept(sample, /[^\uac00-\ud7af]+/g);
  const han = countKept(sample, /\P{Script=Han}+/gu);
  if (kana / letters > 0.1) return 'ja';
  if (hangul / letters > 0.3) return 'ko';
  if (han / letters > 0.3) return 'zh';
  return undefined;
}

/**
 * Minutes east of UTC to assume for a date the page writes without a zone: Chinese pages mean China time
 * (UTC+8 all year, no daylight saving since 1991), Japanese and Korean pages UTC+9; anything else UTC.
 */
export function defaultOffsetForLang(lang: string | undefined): number {
  const primary = (lang ?? '').toLowerCase().split('-')[0];
  if (primary === 'zh') return 480;
  if (primary === 'ja' || primary === 'ko') return 540;
  return 0;
}
