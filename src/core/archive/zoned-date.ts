// Calendar days and wall-clock times in an IANA time zone, via Intl (no time zone data of our own).
import { InvalidTimeZoneError } from './errors';

export interface CalendarDay {
  year: string;
  month: string;
  day: string;
}

/** Built formatters by zone: constructing an Intl.DateTimeFormat costs far more than using one, and a clip formats often. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  const cached = FORMATTERS.get(timeZone);
  if (cached) return cached;
  const built = buildFormatter(timeZone);
  FORMATTERS.set(timeZone, built);
  return built;
}

function buildFormatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: timeZone === '' ? undefined : timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new InvalidTimeZoneError(
      `The time zone "${timeZone}" is unknown; use an IANA name such as "Asia/Shanghai" or "Europe/Berlin", or leave it empty for the computer's zone.`,
    );
  }
}

function parts(date: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** The calendar day of `date` in `timeZone` ('' = the runtime's zone), as zero-padded strings. */
export function calendarDay(date: Date, timeZone: string): CalendarDay {
  const p = parts(date, timeZone);
  return {
    year: String(p.year).padStart(4, '0'),
    month: String(p.month).padStart(2, '0'),
    day: String(p.day).padStart(2, '0'),
  };
}

/** The zone's offset from UTC at `date`, in milliseconds (positive east of Greenwich). */
function offsetMillis(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (date.getTime() - date.getUTCMilliseconds());
}

/**
 * The instant at which the clocks of `timeZone` show the given wall time. In an overlap (clocks set
 * back) the earlier instant wins; in a gap (clocks set forward) the wall time read with the offset
 * from before the gap, which lands just after it.
 */
export function zonedTimeToInstant(
  wall: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; millisecond?: number },
  timeZone: string,
): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0, wall.millisecond ?? 0);
  const day = 86_400_000;
  const before = offsetMillis(new Date(naive - day), timeZone);
  const after = offsetMillis(new Date(naive + day), timeZone);
  const valid = [naive - before, naive - after].filter((instant) => instant + offsetMillis(new Date(instant), timeZone) === naive);
  return new Date(valid.length > 0 ? Math.min(...valid) : naive - before);
}
