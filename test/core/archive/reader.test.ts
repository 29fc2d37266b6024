// Reading archive files back: variants old or hand-edited posts use, and clear errors for broken files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArchiveParseError, formatArchiveFile, parseArchiveFile } from '../../../src/core/archive/index';

const file = (frontMatter: string, rest = '<!--1625905320000-->\n[T](https://e.com/)\n------\n\nBody text\n'): string =>
  `---\n${frontMatter}\n---\n${rest}`;

describe('parseArchiveFile', () => {
  it('reads quoted, single-quoted and plain values as the strings they spell', () => {
    const post = parseArchiveFile(
      file(`layout: post\ntitle: 'It''s 1:20'\ndate: 2021-07-10T08:22:00.000Z\nauthor: yes\nfrom: https://e.com/\ntags: [ 2021, "a, b" ]\ncategories: [ ]`),
    );
    expect(post).toMatchObject({ title: "It's 1:20", author: 'yes', tags: ['2021', 'a, b'], categories: [], body: 'Body text' });
  });

  it('reads block lists and Jekyll-style space-separated tag strings', () => {
    const post = parseArchiveFile(
      file(`layout: post\ntitle: "T"\ndate: 2021-07-10T08:22:00.000Z\nauthor: ""\nfrom: https://e.com/\ntags:\n  - one\n  - two\ncategories: news world`),
    );
    expect(post.tags).toEqual(['one', 'two']);
    expect(post.categories).toEqual(['news', 'world']);
  });

  it('turns YAML 1.1 timestamps into UTC ISO', () => {
    const read = (date: string): string =>
      parseArchiveFile(file(`layout: post\ntitle: "T"\ndate: ${date}\nauthor: ""\nfrom: x\ntags: [ ]\ncategories: [ ]`, 'Body\n')).date;
    expect(read('2021-07-10 16:22:00 +08:00')).toBe('2021-07-10T08:22:00.000Z');
    expect(read('2021-07-10 16:22:00 +0800')).toBe('2021-07-10T08:22:00.000Z');
    expect(read('2021-07-10T08:22:00Z')).toBe('2021-07-10T08:22:00.000Z');
    expect(read('2021-07-10')).toBe('2021-07-10T00:00:00.000Z');
    expect(read('"2021-07-10T08:22:00.000Z"')).toBe('2021-07-10T08:22:00.000Z');
  });

  it('falls back to the <!--N--> time when the date is missing', () => {
    const post = parseArchiveFile(file('layout: post\ntitle: "T"\nauthor: ""\nfrom: x\ntags: [ ]\ncategories: [ ]'));
    expect(post.date).toBe('2021-07-10T08:22:00.000Z');
  });

  it('keeps extra keys in file order', () => {
    const post = parseArchiveFile(
      file('layout: post\ntitle: "T"\ndate: 2021-07-10T08:22:00.000Z\nauthor: ""\nfrom: x\ntags: [ ]\ncategories: [ ]\nlang: zh-CN\nexcerpt: "A: b"'),
    );
    expect(post.extra).toEqual([
      ['lang', 'zh-CN'],
      ['excerpt', 'A: b'],
    ]);
  });

  it('reads CRLF files and a leading BOM', () => {
    const text = formatArchiveFile({
      layout: 'post', title: 'T', date: '2021-07-10T08:22:00.000Z', author: 'A', from: 'https://e.com/', tags: ['t'], categories: [], body: 'one\n\ntwo',
    });
    const post = parseArchiveFile(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(post.body).toBe('one\n\ntwo');
    expect(post.author).toBe('A');
  });

  it('reads a file whose header lacks the link line, keeping the whole rest as body', () => {
    const post = parseArchiveFile(file('layout: post\ntitle: "T"\ndate: 2021-07-10T08:22:00.000Z\nauthor: ""\nfrom: x\ntags: [ ]\ncategories: [ ]', '<p>html</p>\n'));
    expect(post.body).toBe('<p>html</p>');
  });

  it('reads an empty body', () => {
    const text = formatArchiveFile({ layout: 'post', title: 'T', date: '2021-07-10T08:22:00.000Z', author: '', from: 'x', tags: [], categories: [], body: '\n \n' });
    expect(text.endsWith('------\n')).toBe(true);
    expect(parseArchiveFile(text).body).toBe('');
  });

  it.each([
    ['no front matter', '# Just Markdown\n', /must start with a "---" line/],
    ['an unclosed front matter', '---\ntitle: "T"\n', /never closed/],
    ['broken YAML', '---\ntitle: "T\n---\n', /not valid YAML/],
    ['a front matter that is a list', '---\n- a\n- b\n---\n', /key: value/],
    ['an unreadable date', '---\ntitle: "T"\ndate: someday\n---\nbody\n', /date "someday" is not a date/],
    ['a date that does not exist', '---\ntitle: "T"\ndate: 2021-13-45\n---\nbody\n', /date "2021-13-45" is not a date/],
    ['a 29 February outside a leap year', '---\ntitle: "T"\ndate: 2021-02-29\n---\nbody\n', /date "2021-02-29" is not a date/],
    ['a title that is a mapping', '---\ntitle: { a: b }\ndate: 2021-07-10\n---\n', /"title" holds a list or mapping/],
  ])('rejects %s with ArchiveParseError', (_, text, message) => {
    expect(() => parseArchiveFile(text)).toThrow(ArchiveParseError);
    expect(() => parseArchiveFile(text)).toThrow(message);
  });
});

describe('parseArchiveFile on any text', () => {
  /** Lines that make up archive files, and ones that break them, shuffled into arbitrary files. */
  const line = fc.oneof(
    fc.constantFrom('---', '...', 'title: "T', 'title: [', 'date: 2021-07-10', 'tags: [ a, b ]', 'tags: *x', 'x: &x [a]', 'a: *b',
      '<!--1-->', '[t](u)', '------', '', ': :', '- a', '? a', '{', '!!binary x', 'date: [1]', 'date: {}', '  - x', '\t'),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

  it('gives back a post or throws ArchiveParseError, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(text, text.map((t) => `---\n${t}`)), (input) => {
        try {
          const post = parseArchiveFile(input);
          expect(typeof post.title).toBe('string');
          expect(post.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        } catch (error) {
          expect(error).toBeInstanceOf(ArchiveParseError);
        }
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});
