// Wall times and calendar days in IANA zones, including the days clocks change.
import { describe, expect, it } from 'vitest';
import { calendarDay, zonedTimeToInstant } from '../../../src/core/archive/zoned-date';
import { readDateInput, readStatedDate } from '../../../src/core/archive/post-date';
import { InvalidDateError, InvalidTimeZoneError } from '../../../src/core/archive/errors';

describe('calendarDay', () => {
  it('gives the day in the zone', () => {
    const instant = new Date('2021-07-10T16:30:00.000Z');
    expect(calendarDay(instant, 'UTC')).toEqual({ year: '2021', month: '07', day: '10' });
    expect(calendarDay(instant, 'Asia/Tokyo')).toEqual({ year: '2021', month: '07', day: '11' });
    expect(calendarDay(instant, 'Pacific/Pago_Pago')).toEqual({ year: '2021', month: '07', day: '10' });
  });

  it('names an unknown zone in its error', () => {
    expect(() => calendarDay(new Date(0), 'Nowhere/City')).toThrow(InvalidTimeZoneError);
    expect(() => calendarDay(new Date(0), 'Nowhere/City')).toThrow(/"Nowhere\/City".*IANA/);
  });
});

describe('zonedTimeToInstant', () => {
  it('reads a wall time in a zone', () => {
    expect(zonedTimeToInstant({ year: 2021, month: 7, day: 10 }, 'Asia/Shanghai').toISOString()).toBe('2021-07-09T16:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2021, month: 1, day: 10, hour: 12 }, 'America/New_York').toISOString()).toBe('2021-01-10T17:00:00.000Z');
  });

  it('takes the earlier instant when clocks go back (the hour happens twice)', () => {
    // Berlin, 2021-10-31: 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET).
    expect(zonedTimeToInstant({ year: 2021, month: 10, day: 31, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe(
      '2021-10-31T00:30:00.000Z',
    );
  });

  it('lands just after the gap when clocks go forward (the hour never happens)', () => {
    // Berlin, 2021-03-28: 02:30 does not exist; read with the winter offset it is 01:30Z = 03:30 CEST.
    expect(zonedTimeToInstant({ year: 2021, month: 3, day: 28, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe(
      '2021-03-28T01:30:00.000Z',
    );
  });

  it('finds midnight on a day that starts at 01:00 (Santiago, 2022-09-11)', () => {
    const instant = zonedTimeToInstant({ year: 2022, month: 9, day: 11 }, 'America/Santiago');
    expect(calendarDay(instant, 'America/Santiago')).toEqual({ year: '2022', month: '09', day: '11' });
  });
});

describe('readDateInput', () => {
  it('reads dates and wall times in the zone, and times with an offset as they say', () => {
    expect(readDateInput('2021-07-10', 'Asia/Shanghai').toISOString()).toBe('2021-07-09T16:00:00.000Z');
    expect(readDateInput('2021-07-10T08:22', 'UTC').toISOString()).toBe('2021-07-10T08:22:00.000Z');
    expect(readDateInput('2021-07-10 16:22:05.5', 'Asia/Shanghai').toISOString()).toBe('2021-07-10T08:22:05.500Z');
    expect(readDateInput('2021-07-10T16:22:00+08:00', 'America/New_York').toISOString()).toBe('2021-07-10T08:22:00.000Z');
    expect(readDateInput(' 2021-07-10T08:22:00.000Z ', '').toISOString()).toBe('2021-07-10T08:22:00.000Z');
  });

  it.each(['', 'yesterday', '10/07/2021', '2021-13-01', '2021-02-29', '2021-07-10T25:00', '2021-07-10T08:60'])('refuses %j', (text) => {
    expect(() => readDateInput(text, 'UTC')).toThrow(InvalidDateError);
  });
});

describe('readStatedDate', () => {
  it('accepts ISO times and ignores missing or unusable ones', () => {
    expect(readStatedDate('2021-07-10T08:22:00.000Z')?.toISOString()).toBe('2021-07-10T08:22:00.000Z');
    expect(readStatedDate(undefined)).toBeUndefined();
    expect(readStatedDate('  ')).toBeUndefined();
    expect(readStatedDate('not a date')).toBeUndefined();
    expect(readStatedDate('+275760-09-13T00:00:00.000Z')).toBeUndefined();
  });
});
