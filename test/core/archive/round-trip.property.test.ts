// Property test: for 10,000 generated posts full of hostile strings, the archive file reads back exactly
// through parseArchiveFile, `yaml` (YAML 1.2 core and YAML 1.1) and Jekyll's reader (Ruby's Psych).
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanTitle, formatArchiveFile, normalizeBody, parseArchiveFile } from '../../../src/core/archive/index';
import type { ArchivePost } from '../../../src/core/types';
import { psychVersion, readWithJekyllPsych, type RubyValue } from '../../support/psych';

const RUNS = 10_000;
const SEED = 20261128;

/** Strings YAML 1.1 or 1.2 give a meaning of their own, indicators, escapes, line breaks and scripts. */
const SPECIAL = [
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
const hostile = fc.oneof(
  { weight: 40, arbitrary: shortHostile },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 1200 }) },
  { weight: 1, arbitrary: fc.array(piece, { minLength: 150, maxLength: 400 }).map((parts) => parts.join('')) },
);

const url = fc.oneof(
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

const post: fc.Arbitrary<ArchivePost> = fc
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

/** The post as it must read back: the title cleaned of invisible characters, the body normalised. */
function expected(p: ArchivePost): ArchivePost {
  return { ...p, title: cleanTitle(p.title), body: normalizeBody(p.body) };
}

/** The keys whose values differ, with both values: a readable failure report for long hostile strings. */
function differences(actual: Record<string, unknown>, wanted: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(actual), ...Object.keys(wanted)])) {
    if (JSON.stringify(actual[key]) !== JSON.stringify(wanted[key])) out[key] = { actual: actual[key], wanted: wanted[key] };
  }
  return out;
}

/**
 * What Jekyll's Liquid would run after the front matter: the text outside raw blocks, minus the output
 * tags the writer itself uses to print a literal `{%`. It must hold no `{{` or `{%`.
 */
function liquidOutsideRaw(text: string): string[] {
  const afterFrontMatter = text.slice(text.indexOf('\n---\n') + 5);
  const outside = afterFrontMatter.replace(/\{% raw %\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g, '').replace(/\{\{ "\{%" \}\}/g, '');
  return outside.match(/\{[{%].{0,20}/g) ?? [];
}

function frontMatterOf(text: string): string {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  return lines.slice(1, close).join('\n');
}

/** The values a YAML reader must give back, keyed as in the file; `date` as the reader's own type. */
function expectedValues(p: ArchivePost, date: unknown): Record<string, unknown> {
  const e = expected(p);
  return {
    layout: e.layout,
    title: e.title,
    date,
    author: e.author,
    from: e.from,
    tags: e.tags,
    categories: e.categories,
    ...Object.fromEntries(e.extra ?? []),
  };
}

function expectedRuby(p: ArchivePost): RubyValue {
  const str = (value: string): RubyValue => ({ str: value });
  const e = expected(p);
  return {
    map: {
      layout: str(e.layout),
      title: str(e.title),
      date: { time: e.date },
      author: str(e.author),
      from: str(e.from),
      tags: { list: e.tags.map(str) },
      categories: { list: e.categories.map(str) },
      ...Object.fromEntries((e.extra ?? []).map(([key, value]) => [key, str(value)])),
    },
  };
}

describe('archive files round-trip through every YAML reader', () => {
  const posts = fc.sample(post, { seed: SEED, numRuns: RUNS });
  const files = posts.map(formatArchiveFile);

  it(`generates ${RUNS} posts that exercise both plain and quoted scalars`, () => {
    expect(posts).toHaveLength(RUNS);
    const authorLines = files.map((text) => text.split('\n')[4]);
    const plain = authorLines.filter((line) => !line.startsWith('author: "')).length;
    // Both paths of the scalar writer must be exercised heavily, or the test proves little.
    expect(plain).toBeGreaterThan(RUNS / 10);
    expect(RUNS - plain).toBeGreaterThan(RUNS / 10);
  });

  // Each case is compared with node's deep equality (vitest's expect is too slow for 10,000 cases);
  // the failures, with the file and the differing keys, are what the final expect shows.

  it('parseArchiveFile gives back the post, and the file keeps its shape', () => {
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const text = files[i];
      const read = parseArchiveFile(text);
      const lines = text.split('\n');
      const close = lines.indexOf('---', 1);
      const keys = lines.slice(1, close).map((line) => line.split(':')[0]).slice(0, 7);
      const shapeOk =
        text.endsWith('\n') &&
        !text.endsWith('\n\n') &&
        isDeepStrictEqual(keys, ['layout', 'title', 'date', 'author', 'from', 'tags', 'categories']) &&
        lines[close + 1] === `<!--${Date.parse(p.date)}-->` &&
        lines[close + 3] === '------' &&
        liquidOutsideRaw(text).length === 0;
      if (!isDeepStrictEqual(read, expected(p)) || !shapeOk) {
        failures.push({ text, shapeOk, liquid: liquidOutsideRaw(text), differences: differences({ ...read }, { ...expected(p) }) });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('yaml (YAML 1.2 core schema) reads back exactly the strings written, keys in order', () => {
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const data = parse(frontMatterOf(files[i])) as Record<string, unknown>;
      const wanted = expectedValues(p, p.date);
      if (!isDeepStrictEqual(data, wanted) || !isDeepStrictEqual(Object.keys(data), Object.keys(wanted))) {
        failures.push({ text: files[i], differences: differences(data, wanted), keys: Object.keys(data) });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('yaml with version 1.1 reads back exactly the strings written (and a timestamp for date)', () => {
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const data = parse(frontMatterOf(files[i]), { version: '1.1' }) as Record<string, unknown>;
      const date = data.date instanceof Date ? data.date.toISOString() : data.date;
      const wanted = expectedValues(p, p.date);
      if (!(data.date instanceof Date) || !isDeepStrictEqual({ ...data, date }, wanted)) {
        failures.push({ text: files[i], differences: differences({ ...data, date }, wanted), dateType: typeof data.date });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it(`Jekyll's reader (Ruby ${psychVersion()}) reads back exactly the strings written`, () => {
    const readings = readWithJekyllPsych(files);
    expect(readings).toHaveLength(RUNS);
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const reading = readings[i];
      const wanted = { ok: true, data: expectedRuby(p), firstContentLine: `<!--${Date.parse(p.date)}-->` };
      if (!isDeepStrictEqual(reading, wanted)) {
        const data = reading.ok && 'map' in reading.data ? reading.data.map : {};
        const wantedMap = (wanted.data as { map: Record<string, unknown> }).map;
        failures.push({ text: files[i], reading: reading.ok ? { differences: differences(data, wantedMap), firstContentLine: reading.firstContentLine } : reading.error });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
