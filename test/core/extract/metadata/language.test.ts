// guessCjkLanguage: the script that most of a sample is written in, and no guess for text without CJK characters.
import { describe, expect, it } from 'vitest';
import { guessCjkLanguage } from '../../../../src/core/extract/metadata/language';

describe('guessCjkLanguage', () => {
  it('names Chinese, Japanese and Korean text, and nothing for Latin, Cyrillic or accented text', () => {
    expect(guessCjkLanguage('北京市政府今天宣布了新的交通规划方案')).toBe('zh');
    expect(guessCjkLanguage('東京都は今日、新しい交通計画を発表しました')).toBe('ja');
    expect(guessCjkLanguage('서울시는 오늘 새로운 교통 계획을 발표했습니다')).toBe('ko');
    expect(guessCjkLanguage('The city announced a new transport plan today')).toBeUndefined();
    expect(guessCjkLanguage('Правительство объявило новый план — «éèê» ™ … ⁂')).toBeUndefined();
  });

  it('counts Han characters outside the Basic Multilingual Plane (surrogate pairs)', () => {
    expect(guessCjkLanguage('𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊 text')).toBe('zh');
  });
});
