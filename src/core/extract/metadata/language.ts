// Language helpers: normalising declared tags to BCP 47, guessing CJK text, and the zone to assume for zone-less dates.

/** 'zh_CN' → 'zh-CN', 'EN-us' → 'en-US'; undefined when it is not a plausible language tag. */
export function normalizeLang(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const first = raw.split(/[,;\s]/)[0].replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return undefined;
  const [lang, ...rest] = first.split('-');
  return [lang.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))].join('-');
}

/** 'zh', 'ja' or 'ko' when the sample is mostly written in that script, else undefined. */
export function guessCjkLanguage(sample: string): string | undefined {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 10) return undefined;
  const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  const hangul = sample.match(/[\uac00-\ud7af]/g)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
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
