// Chooses and reads the post's date: the user's choice, the page's publication time, or the clip time.
import { InvalidDateError } from './errors';
import { zonedTimeToInstant } from './zoned-date';

/** `2021-07-10`, `2021-07-10T08:22`, `2021-07-10 08:22:05.123`, optionally with `Z` or `+08:00`. */
const DATE_INPUT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

function inArchiveRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 0 && year <= 9999;
}

/**
 * Reads a date the user typed. A date or time without an offset is a wall time in `timeZone`
 * ('' = the runtime's zone), so `2021-07-10` names that day in the file name. Throws InvalidDateError.
 */
export function readDateInput(text: string, timeZone: string): Date {
  const m = DATE_INPUT.exec(text.trim());
  const fail = (): never => {
    throw new InvalidDateError(`"${text}" is not a date; write it as 2021-07-10, 2021-07-10T08:22 or 2021-07-10T08:22:00Z.`);
  };
  if (!m) return fail();
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const wall = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    millisecond: Number((frac ?? '0').slice(0, 3).padEnd(3, '0')),
  };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
  if (
    check.getUTCMonth() !== wall.month - 1 ||
    check.getUTCDate() !== wall.day ||
    check.getUTCHours() !== wall.hour ||
    check.getUTCMinutes() !== wall.minute ||
    check.getUTCSeconds() !== wall.second
  ) {
    return fail();
  }
  let date: Date;
  if (zone === undefined) {
    date = zonedTimeToInstant(wall, timeZone);
  } else {
    const offset = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) - offset * 60_000);
  }
  return inArchiveRange(date) ? date : fail();
}

/** A page's stated time (ISO), or undefined when it is missing or not a usable date. */
export function readStatedDate(iso: string | undefined): Date | undefined {
  if (iso === undefined || iso.trim() === '') return undefined;
  const date = new Date(iso);
  return inArchiveRange(date) ? date : undefined;
}
