// The archive path of a post (`_posts/YYYY-MM-DD-SLUG.md`), and the rule that keeps two articles apart.
import type { ArchivePost, ArchiveSettings } from '../types';
import { FileNamePatternError } from './errors';
import { isoDateMillis } from './front-matter';
import { postSlug } from './slug';
import { calendarDay } from './zoned-date';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = new Set(['date', 'slug', 'year', 'month', 'day']);

/** Throws FileNamePatternError when `pattern` names a placeholder other than {date} {slug} {year} {month} {day}. */
export function validateFileNamePattern(pattern: string): void {
  for (const [, name] of pattern.matchAll(PLACEHOLDER)) {
    if (!KNOWN_PLACEHOLDERS.has(name)) {
      throw new FileNamePatternError(
        `The file name pattern "${pattern}" has an unknown placeholder {${name}}; use {date}, {slug}, {year}, {month} and {day}.`,
      );
    }
  }
  if (!pattern.includes('{slug}')) {
    throw new FileNamePatternError(`The file name pattern "${pattern}" has no {slug}, so every post would get the same name; add {slug}.`);
  }
}

/**
 * The post's path from settings.fileNamePattern. The day is the post's date as a calendar day in
 * settings.timeZone, so it matches the date Jekyll shows.
 */
export function archivePath(post: ArchivePost, settings: ArchiveSettings, sourceUrl: string): string {
  validateFileNamePattern(settings.fileNamePattern);
  const { year, month, day } = calendarDay(new Date(isoDateMillis(post.date)), settings.timeZone);
  const values: Record<string, string> = {
    date: `${year}-${month}-${day}`,
    slug: postSlug(post.title, sourceUrl),
    year,
    month,
    day,
  };
  return settings.fileNamePattern.replace(PLACEHOLDER, (_, name: string) => values[name]);
}

/**
 * `path` when it is free or already holds the same article (`existing` returns the `from` URL stored
 * at a path, or undefined when none); else the first of `…-2.md`, `…-3.md`, … that is.
 */
export function uniquePath(path: string, url: string, existing: (path: string) => string | undefined): string {
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  const hasExtension = dot > slash + 1;
  const stem = hasExtension ? path.slice(0, dot) : path;
  const extension = hasExtension ? path.slice(dot) : '';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? path : `${stem}-${n}${extension}`;
    const holder = existing(candidate);
    if (holder === undefined || holder === url) return candidate;
  }
}
