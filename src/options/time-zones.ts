// IANA time zones for the file-name time zone field: the runtime's list, the browser's own zone, and a validity check.

/** Every IANA zone the runtime knows (Intl.supportedValuesOf), or a short list on runtimes without it. */
export function timeZoneNames(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  if (typeof intl.supportedValuesOf === 'function') return intl.supportedValuesOf('timeZone');
  return ['UTC', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'];
}

/** The zone the browser runs in, e.g. 'Asia/Shanghai'; what an empty setting means. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** True for '' (the browser's zone) and for any zone Intl accepts, including aliases such as 'Asia/Calcutta'. */
export function isTimeZone(zone: string): boolean {
  if (zone === '') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
