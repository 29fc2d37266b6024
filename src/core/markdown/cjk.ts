// What counts as wide East Asian text, for the rules that keep CJK free of stray spaces.

/**
 * Characters whose East Asian Width is Wide or Fullwidth (CSS Text 3 removes a line break between two of them),
 * minus Hangul, because Korean separates words with spaces.
 */
export const CJK_WIDE = '\\u2E80-\\u2FDF\\u2FF0-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u3190-\\u31EF\\u31F0-\\u31FF\\u3200-\\u32FF\\u3300-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6';

const wideRe = new RegExp(`[${CJK_WIDE}]|[\\u{20000}-\\u{3FFFF}]`, 'u');

export function isCjkWide(ch: string | undefined): boolean {
  return !!ch && wideRe.test(ch);
}
