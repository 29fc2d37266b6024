// The publication instant: the first source's, unless sources stating a full zoned timestamp outvote it.
import { describe, expect, it } from 'vitest';
import { pickPublished } from '../../../../src/core/extract/metadata/published';

const opts = { defaultOffsetMinutes: 0, cstIsChina: false };
const WRONG_OFFSET = '2019-11-20T04:31:13-06:00'; // = 10:31:13 UTC
const RIGHT = '2019-11-20T04:31:13+00:00';
const never = (): string => {
  throw new Error('the visible dateline should not be read');
};

describe('pickPublished', () => {
  it('keeps the first source when nothing contradicts it, without reading the page', () => {
    expect(pickPublished([{ published: [RIGHT] }, { published: ['2019-11-20T04:31:13Z'] }], opts, never)).toBe('2019-11-20T04:31:13.000Z');
  });

  it('lets two zoned sources outvote the first', () => {
    const sources = [{ published: [WRONG_OFFSET] }, { published: [RIGHT] }, { published: ['2019-11-20T04:31:13Z'] }];
    expect(pickPublished(sources, opts, never)).toBe('2019-11-20T04:31:13.000Z');
  });

  it('settles a one-to-one tie by the visible dateline, and keeps the first when the page shows neither', () => {
    const sources = [{ published: [WRONG_OFFSET] }, { published: [RIGHT] }];
    // "Nov 19, 2019, 10:31 pm CST" as the text reader gives it: minutes only.
    expect(pickPublished(sources, opts, () => '2019-11-20T04:31:00.000Z')).toBe('2019-11-20T04:31:13.000Z');
    expect(pickPublished(sources, opts, () => '2019-11-20T10:31:00.000Z')).toBe('2019-11-20T10:31:13.000Z');
    expect(pickPublished(sources, opts, () => undefined)).toBe('2019-11-20T10:31:13.000Z');
  });

  it('counts a source that repeats one instant as one vote', () => {
    const sources = [{ published: [WRONG_OFFSET] }, { published: [RIGHT, '2019-11-20T04:31:13.000Z'] }];
    expect(pickPublished(sources, opts, () => undefined)).toBe('2019-11-20T10:31:13.000Z');
  });

  it('gives date-only and zone-less values no vote', () => {
    const sources = [{ published: [WRONG_OFFSET] }, { published: ['2019-11-20 04:31:13'] }, { published: ['2019-11-19'] }];
    expect(pickPublished(sources, opts, never)).toBe('2019-11-20T10:31:13.000Z');
  });

  it('keeps a first value that is zone-less, and a site rule’s value, whatever the others say', () => {
    const zoneLess = [{ published: ['2019-11-20 04:31'] }, { published: ['2019-11-21T00:00:00Z'] }, { published: ['2019-11-21T00:00:00Z'] }];
    expect(pickPublished(zoneLess, opts, never)).toBe('2019-11-20T04:31:00.000Z');
    const rule = { published: [WRONG_OFFSET] };
    expect(pickPublished([rule, { published: [RIGHT] }, { published: [RIGHT] }], opts, never, rule)).toBe('2019-11-20T10:31:13.000Z');
  });

  it('returns undefined when no source gives a readable date', () => {
    expect(pickPublished([{ published: ['soon'] }, {}], opts, never)).toBeUndefined();
  });
});
