// Publication times in every common notation come out as UTC ISO; junk dates come out undefined.
import { describe, expect, it } from 'vitest';
import { parseDateToUtc } from '../../../../src/core/extract/metadata/parse-date';

const CHINA = { defaultOffsetMinutes: 480, cstIsChina: true };

describe('parseDateToUtc', () => {
  it.each([
    ['2021-07-10T16:22:00+08:00', '2021-07-10T08:22:00.000Z'],
    ['2021-07-10T16:22:00+0800', '2021-07-10T08:22:00.000Z'],
    ['2021-07-10T04:22:00-04:00', '2021-07-10T08:22:00.000Z'],
    ['2021-07-10T08:22:00Z', '2021-07-10T08:22:00.000Z'],
    ['2021-07-10T08:22:00.5Z', '2021-07-10T08:22:00.500Z'],
    ['2021-07-10 08:22', '2021-07-10T08:22:00.000Z'],
    ['2021-07-10', '2021-07-10T00:00:00.000Z'],
    ['20210710', '2021-07-10T00:00:00.000Z'],
    ['Sat, 10 Jul 2021 16:22:00 +0800', '2021-07-10T08:22:00.000Z'],
    ['Sat, 10 Jul 2021 08:22:00 GMT', '2021-07-10T08:22:00.000Z'],
    ['March 5, 2019', '2019-03-05T00:00:00.000Z'],
    ['Mar. 5, 2019 10:00 AM EST', '2019-03-05T15:00:00.000Z'],
    ['March 5, 2019 at 3:45 p.m.', '2019-03-05T15:45:00.000Z'],
    ['5 March 2019', '2019-03-05T00:00:00.000Z'],
    ['Published 5th of March 2019', '2019-03-05T00:00:00.000Z'],
    ['1614567890', '2021-03-01T03:04:50.000Z'],
    ['1614567890123', '2021-03-01T03:04:50.123Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateToUtc(text)).toBe(iso);
  });

  it('reads zone-less times in the page’s zone (China time for Chinese pages)', () => {
    expect(parseDateToUtc('2019年3月5日 10:00', CHINA)).toBe('2019-03-05T02:00:00.000Z');
    expect(parseDateToUtc('2019年03月05日10:30:15', CHINA)).toBe('2019-03-05T02:30:15.000Z');
    expect(parseDateToUtc('2019年3月5日 下午3:00', CHINA)).toBe('2019-03-05T07:00:00.000Z');
    expect(parseDateToUtc('2019年3月5日', CHINA)).toBe('2019-03-04T16:00:00.000Z');
    expect(parseDateToUtc('发布时间：2019-03-05 10:00', CHINA)).toBe('2019-03-05T02:00:00.000Z');
    expect(parseDateToUtc('２０１９-０３-０５ １０:００', CHINA)).toBe('2019-03-05T02:00:00.000Z');
    // An explicit zone beats the page's default.
    expect(parseDateToUtc('2019-03-05T10:00:00Z', CHINA)).toBe('2019-03-05T10:00:00.000Z');
  });

  it('reads CST as China time only on Chinese pages', () => {
    expect(parseDateToUtc('March 5, 2019 10:00 AM CST', CHINA)).toBe('2019-03-05T02:00:00.000Z');
    expect(parseDateToUtc('March 5, 2019 10:00 AM CST')).toBe('2019-03-05T16:00:00.000Z');
  });

  it.each(['', 'not a date', 'yesterday', '0000-00-00', '0000-00-00T00:00:00Z', '2021-02-30', '2021-13-01', '1970-01-01T00:00:00Z', '9999-12-31', '12345'])(
    'rejects %j',
    (text) => {
      expect(parseDateToUtc(text)).toBeUndefined();
    },
  );
});
