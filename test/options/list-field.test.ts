import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLines, formatList, parseLines, parseList } from '../../src/options/list-field';

describe('parseList', () => {
  it('splits on ASCII and full-width commas, 、, semicolons and new lines; trims; drops empties and duplicates in order', () => {
    expect(parseList(' 中参馆，long read、archive; x ；\n y,,中参馆 ')).toEqual(['中参馆', 'long read', 'archive', 'x', 'y']);
  });

  it('keeps spaces inside a tag and is case-sensitive (tags are names)', () => {
    expect(parseList('New York, new york')).toEqual(['New York', 'new york']);
  });

  it('round-trips any list of clean tags through formatList', () => {
    const tag = fc.string({ minLength: 1 }).map((s) => s.replace(/[,，、;；\n]/g, '').trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.uniqueArray(tag), (tags) => {
        expect(parseList(formatList(tags))).toEqual(tags);
      }),
    );
  });
});

describe('parseLines', () => {
  it('never splits a selector list on its commas', () => {
    expect(parseLines('aside.related, .newsletter\n\n  .share  \n')).toEqual(['aside.related, .newsletter', '.share']);
    expect(formatLines(['a, b', 'c'])).toBe('a, b\nc');
  });
});
