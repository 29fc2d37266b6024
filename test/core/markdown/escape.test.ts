// Escaping: text reads back exactly as written after a Markdown round trip, with no backslash it does not need.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdownText as escapeWithMarks, resolveTextMarks } from '../../../src/core/markdown/escape';
import { markdownToText } from '../../../src/core/markdown/to-text';
import { DOM_NAMES, md } from './support/doms';

/** A text node's escaped form as it appears in finished Markdown (brackets and tildes are decided at the end). */
const escapeMarkdownText = (text: string): string => resolveTextMarks(escapeWithMarks(text));

describe('escapeMarkdownText', () => {
  it('leaves ordinary prose alone', () => {
    for (const text of ['snake_case_name', 'file_v2.txt', 'Version 2.0. Then 3.1.', '5 * 3 = 15', 'a - b', 'C# and F#', '50% off!', 'a_b中_文', 'x [1] y', '$5 and $10']) {
      expect(escapeMarkdownText(text)).toBe(text);
    }
  });

  it('escapes what would become markup', () => {
    expect(escapeMarkdownText('*not emphasis*')).toBe('\\*not emphasis\\*');
    expect(escapeMarkdownText('_under_')).toBe('\\_under\\_');
    expect(escapeMarkdownText('use `code`')).toBe('use &#96;code&#96;');
    expect(escapeMarkdownText('[text](url)')).toBe('[text\\](url)');
    expect(escapeMarkdownText('a <b> tag')).toBe('a \\<b> tag');
    expect(escapeMarkdownText('&amp; literally')).toBe('\\&amp; literally');
    expect(escapeMarkdownText('~~struck~~')).toBe('\\~\\~struck\\~\\~');
    expect(escapeMarkdownText('back\\slash\\*')).toBe('back\\slash\\\\\\*');
    expect(escapeMarkdownText('note[^1]')).toBe('note\\[^1]');
    expect(escapeMarkdownText('[ref]: x')).toBe('[ref\\]: x');
    expect(escapeMarkdownText('[a][b]')).toBe('[a\\][b]');
    expect(escapeMarkdownText('a \\ ')).toBe('a \\\\ ');
  });

  it('escapes block markers only at the start of the text', () => {
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(escapeMarkdownText('+ item')).toBe('\\+ item');
    expect(escapeMarkdownText('# heading')).toBe('\\# heading');
    expect(escapeMarkdownText('> quote')).toBe('\\> quote');
    expect(escapeMarkdownText('1. first')).toBe('1\\. first');
    expect(escapeMarkdownText('2019) year')).toBe('2019\\) year');
    expect(escapeMarkdownText('---')).toBe('\\---');
    expect(escapeMarkdownText('===')).toBe('\\===');
    expect(escapeMarkdownText('[x] done')).toBe('\\[x] done');
    expect(escapeMarkdownText('In 1999. the end - # > + 1. x')).toBe('In 1999. the end - # > + 1. x');
  });
});

describe.each(DOM_NAMES)('tildes under %s', (dom) => {
  it('keeps a lone tilde bare and escapes tildes that could pair up in the same paragraph, across elements too', () => {
    expect(md(dom, '<p>3~5天</p><p>about ~10%</p>')).toBe('3~5天\n\nabout ~10%');
    expect(md(dom, '<p>3~5 and 6~8</p>')).toBe('3\\~5 and 6\\~8');
    expect(md(dom, '<p>~a<b>x</b>b~</p>')).toBe('\\~a**x**b\\~');
    expect(md(dom, '<p><del>old</del> 3~5</p>')).toBe('~~old~~ 3\\~5');
  });
});

describe.each(DOM_NAMES)('round trip of text under %s', (dom) => {
  const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it('reads back any paragraph text exactly (property test over Markdown-heavy strings)', () => {
    const alphabet = fc.constantFrom(...'ab中文 1.-+*_`[]()<>!#&;~|\\=:^$\'"'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 24 }), (chars) => {
        const text = chars.join('').replace(/\s+/g, ' ').trim();
        fc.pre(text.length > 0);
        const markdown = md(dom, `<p>${escapeHtml(text)}</p>`);
        expect(markdownToText(markdown)).toBe(text);
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('reads back text split over inline elements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '*', '_', '`', '[', ']', '(', ')', '1.', ' ', '-', '#', '~', '中'), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom('x', '*', '_', ']', '(', '!', ' ', '中'), { minLength: 1, maxLength: 8 }),
        (left, right) => {
          const a = left.join('');
          const b = right.join('');
          const expected = (a + b).replace(/\s+/g, ' ').trim();
          fc.pre(expected.length > 0 && b.trim().length > 0);
          const markdown = md(dom, `<p>${escapeHtml(a)}<span>${escapeHtml(b)}</span></p>`);
          expect(markdownToText(markdown)).toBe(expected);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
