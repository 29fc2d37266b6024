// Generators of hostile archive posts for the property tests: YAML-special words, indicators, escapes,
// line breaks, numbers, dates, Liquid and Markdown syntax, emoji, CJK, RTL and arbitrary Unicode.
import fc from 'fast-check';
import type { ArchivePost } from '../../../src/core/types';

/** Strings YAML 1.1 or 1.2 give a meaning of their own, indicators, escapes, line breaks and scripts. */
export const SPECIAL = [
  'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'y', 'Y', 'n', 'N',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~', '', '<<', '=',
  '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`',
  '---', '...', '- ', '? ', ': ', ' #', '-1', '- a', '!!str', '!!int 3', '!tag', '&anchor', '*alias', '%YAML 1.2', '%TAG',
  '.inf', '-.inf', '+.INF', '.Inf', '.nan', '.NaN', '.NAN', '0x1F', '0xff', '0o17', '0b101', '017', '09', '1_000', '1e3', '1E+3',
  '-1.5', '+12', '1,000', '1:20', '1:20:30.5', '190:20:30', '-1:20', '12:30', '3.', '.5', '0.', '1e', '6.8523015e+5',
  '2021-07-10', '2021-7-1', '2021-07-10T08:22:00Z', '2021-07-10T08:22:00.000Z', '2021-07-10 08:22:00 +08:00',
  '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', ':symbol', ':a b',
  'a: b', 'a #b', 'a#b', 'a:b', 'a:', 'a, b', 'a,b', 'a [b]', 'a {b}', 'http://x.y/z?a=b#c', "O'Brien", 'AT&T', 'Yahoo!',
  'Charles Mok', '中参馆', 'Why China Is Going After Its Tech Giants', 'tech', 'a  b',
  '\\', '\\n', '\\"', '\\x41', '\\u0041', '"', "''", '""', '\t', '\n', '\n\n', '\r\n', '\r', ' \n ',
  '\u0085', '\u2028', '\u2029', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00A0', '\u3000', '\u00AD',
  '\u0000', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0080', '\u009F',
  '\uFFFE', '\uFFFF', '\uFFFD', '\uE000', '\u{10FFFF}', '\u{1F600}', '😀', '👨‍👩‍👧', '🇨🇳', '👍🏽', '❤️',
  '為什麼', '中国为何打击科技巨头？', '「引号」', '：', '，', 'עברית', 'العربية', 'فارسی\u200Cها', '\u202E', '\u200F', '\u061C',
  '{{ page.title }}', '{%', '{% endraw %}', '{%- endraw -%}', '{% raw %}', '{{', '}}', '{{ "{%" }}',
  'ß', 'İ', 'e\u0301', '\u0301', '\u{1D11E}', ' ', '  ', '\t\t', 'a ', ' a', '<!--x-->', '[x](y)', '------',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** A hostile string: a special word alone, a number, a mix of pieces, or arbitrary Unicode. */
const shortHostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }) },
);

/** Mostly short hostile strings; now and then a long run (past libyaml's 1,024-character key limit). */
export const hostile = fc.oneof(
  { weight: 40, arbitrary: shortHostile },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 1200 }) },
  { weight: 1, arbitrary: fc.array(piece, { minLength: 150, maxLength: 400 }).map((parts) => parts.join('')) },
);

export const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true }),
  fc.constantFrom('https://example.com/a b', 'https://example.com/wiki/Foo_(bar)', 'https://example.com/x:', 'https://例子.中国/路径'),
  hostile,
);

const bodyLine = fc.oneof(
  fc.constantFrom('', '', '---', '===', '-----', '--', '  ', '\t', '# heading', '<div>', '</div>', '\r', '- item', '> quote', '    code', '* * *',
    '{% raw %}', '{% endraw %}', 'a {{ b }} c', '{%- endraw -%}', '{% endraw %}{{ "{%" }} endraw %}{% raw %}'),
  hostile,
);

const extra = fc.uniqueArray(fc.tuple(fc.constantFrom('lang', 'excerpt', 'image', 'x-key', 'note_2'), hostile), {
  selector: ([key]) => key,
  minLength: 1,
  maxLength: 3,
});

export const post: fc.Arbitrary<ArchivePost> = fc
  .record({
    layout: fc.oneof(fc.constant('post'), hostile),
    title: hostile,
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }),
    author: hostile,
    from: url,
    tags: fc.array(hostile, { maxLength: 4 }),
    categories: fc.array(hostile, { maxLength: 4 }),
    extra: fc.option(extra, { nil: undefined }),
    body: fc.array(bodyLine, { maxLength: 8 }).map((lines) => lines.join('\n')),
  })
  .map(({ date, extra: extraKeys, ...rest }) => ({ ...rest, date: date.toISOString(), ...(extraKeys ? { extra: extraKeys } : {}) }));
