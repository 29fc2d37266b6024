// The scalar writer's choices on named cases: what stays plain, what is quoted, and how escapes look.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { doubleQuoted, flowSequence, isSafePlainScalar, isSafePlainUrl } from '../../../src/core/archive/yaml-scalar';

describe('isSafePlainScalar', () => {
  it.each(['Charles Mok', '中参馆', "O'Brien", 'AT&T', 'Yahoo!', 'Jean-Luc Picard', 'Smith, Jones', 'é', 'Ünïcödé', '记者 张三', 'a  b'])(
    'keeps %j plain in a block value',
    (value) => {
      expect(isSafePlainScalar(value, 'block')).toBe(true);
      expect(parse(`k: ${value}`, { version: '1.1' })).toEqual({ k: value });
      expect(parse(`k: ${value}`)).toEqual({ k: value });
    },
  );

  it.each([
    '', 'yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'False', 'null', 'NULL', '~', 'e8', 'E+5',
    '123', '0x1F', '0o17', '1_000', '1e3', '.inf', '-.inf', '.nan', '1:20', '2021-07-10', '12:30',
    '- a', '? a', ': a', ',', '[a]', '{a}', '#a', '&a', '*a', '!a', '|', '>', "'a'", '"a"', '%a', '@a', '`a`',
    'a: b', 'a #b', 'a:b', 'a#b', ' a', 'a ', 'a\tb', 'a\nb', 'a\u0085b', 'a\u2028b', 'a\u2029b', 'a\u00A0b',
    '\uFEFFa', 'a\u200Bb', 'a\\b', '<<', '=',
  ])('quotes %j', (value) => {
    expect(isSafePlainScalar(value, 'block')).toBe(false);
  });

  it('quotes flow indicators inside a flow sequence item but not in a block value', () => {
    expect(isSafePlainScalar('a, b', 'flow')).toBe(false);
    expect(isSafePlainScalar('a, b', 'block')).toBe(true);
  });
});

describe('doubleQuoted', () => {
  it('escapes quotes, backslashes, controls and the YAML 1.1 line breaks', () => {
    expect(doubleQuoted('say "hi" \\ now')).toBe('"say \\"hi\\" \\\\ now"');
    expect(doubleQuoted('a\tb\nc\rd\u0000e\u001Bf')).toBe('"a\\tb\\nc\\rd\\0e\\ef"');
    expect(doubleQuoted('\u0085\u2028\u2029')).toBe('"\\N\\L\\P"');
    expect(doubleQuoted('\u007F\u0080\u009F\uFEFF\uFFFE')).toBe('"\\x7F\\x80\\x9F\\uFEFF\\uFFFE"');
  });

  it('keeps printable Unicode as it is', () => {
    expect(doubleQuoted('中参馆 😀 עברית')).toBe('"中参馆 😀 עברית"');
  });

  it('writes a lone surrogate, which UTF-8 cannot hold, as U+FFFD', () => {
    expect(doubleQuoted('a\uD800b')).toBe('"a\uFFFDb"');
  });
});

describe('flowSequence', () => {
  it("writes the archive's list style", () => {
    expect(flowSequence([])).toBe('[ ]');
    expect(flowSequence(['中参馆'])).toBe('[ 中参馆 ]');
    expect(flowSequence(['a', 'yes', 'x, y', ''])).toBe('[ a, "yes", "x, y", "" ]');
  });
});

describe('isSafePlainUrl', () => {
  it('keeps ordinary URLs plain and quotes the rest', () => {
    expect(isSafePlainUrl('https://www.chinafile.com/a-b?x=1&y=2')).toBe(true);
    expect(isSafePlainUrl('https://example.com/a b')).toBe(false);
    expect(isSafePlainUrl('https://example.com/x:')).toBe(false);
    expect(isSafePlainUrl('not a url')).toBe(false);
  });
});
