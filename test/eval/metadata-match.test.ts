// Metadata comparison: tolerant of typography and time zones, strict on content.
import { describe, expect, it } from 'vitest';
import { authorMatches, dateMatches, dayIn, titleMatches } from '../../src/eval/metadata-match';

describe('titleMatches', () => {
  it('ignores typographic quotes, dashes, case and spacing', () => {
    expect(titleMatches('Why China’s  Tech Giants — Now', "why china's tech giants - now")).toBe(true);
  });
  it('rejects a title with the site name still attached', () => {
    expect(titleMatches('Why China Is Going After Its Tech Giants', 'Why China Is Going After Its Tech Giants | ChinaFile')).toBe(false);
  });
});

describe('authorMatches', () => {
  it('compares the set of names regardless of order', () => {
    expect(authorMatches('Ann Lee, Bo Chen', ['Bo Chen', 'Ann Lee'])).toBe(true);
    expect(authorMatches('Ann Lee, Bo Chen', ['Ann Lee'])).toBe(false);
  });
  it('treats an expected empty author as "nobody may be found"', () => {
    expect(authorMatches('', [])).toBe(true);
    expect(authorMatches('', ['Staff'])).toBe(false);
  });
});

describe('dayIn / dateMatches', () => {
  it('reads the calendar day in a fixed offset or an IANA zone', () => {
    expect(dayIn('2019-03-05T20:00:00.000Z', '+08:00')).toBe('2019-03-06');
    expect(dayIn('2019-03-06T02:00:00.000Z', 'America/New_York')).toBe('2019-03-05');
    expect(dayIn('2019-03-06T02:00:00.000Z')).toBe('2019-03-06');
  });
  it('requires no date when the page states none', () => {
    expect(dateMatches('', undefined)).toBe(true);
    expect(dateMatches('', '2019-03-05T00:00:00.000Z')).toBe(false);
    expect(dateMatches('2019-03-05', undefined)).toBe(false);
  });
});
