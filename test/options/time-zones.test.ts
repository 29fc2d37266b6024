import { describe, expect, it } from 'vitest';
import { browserTimeZone, isTimeZone, timeZoneNames } from '../../src/options/time-zones';

describe('time zones', () => {
  it('lists the runtime IANA zones, including the common ones', () => {
    const zones = timeZoneNames();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toEqual(expect.arrayContaining(['Asia/Shanghai', 'America/New_York', 'Europe/London']));
  });

  it('accepts empty (= the browser zone), canonical names and aliases; rejects anything else', () => {
    for (const zone of ['', 'UTC', 'Asia/Shanghai', 'Asia/Calcutta', 'America/Argentina/Buenos_Aires']) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['Mars/Olympus_Mons', 'Asia/', 'shanghai', 'GMT+25']) expect(isTimeZone(zone), zone).toBe(false);
  });

  it('knows the zone the runtime is in', () => {
    expect(isTimeZone(browserTimeZone())).toBe(true);
    expect(browserTimeZone()).not.toBe('');
  });
});
