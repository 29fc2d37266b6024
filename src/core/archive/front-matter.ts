// Writes the archive's YAML front matter: fixed key order, the archive's quoting and list style.
import type { ArchivePost } from '../types';
import { ArchiveFormatError } from './errors';
import { blockScalar, doubleQuoted, flowSequence, urlScalar } from './yaml-scalar';

/** The keys every post has, in the archive's order. Extra keys come after them, never between. */
export const FRONT_MATTER_KEYS = ['layout', 'title', 'date', 'author', 'from', 'tags', 'categories'] as const;

/** `Date.prototype.toISOString()` output for years 0000–9999, the only `date` form the archive writes. */
export const ISO_DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

const EXTRA_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Checks that `date` is a real UTC ISO time and returns its epoch milliseconds. */
export function isoDateMillis(date: string): number {
  const millis = Date.parse(date);
  if (!ISO_DATE_TIME.test(date) || Number.isNaN(millis) || new Date(millis).toISOString() !== date) {
    throw new ArchiveFormatError(
      `The post's date "${date}" is not a UTC time in toISOString() form (e.g. 2021-07-10T08:22:00.000Z); convert it with new Date(...).toISOString().`,
    );
  }
  return millis;
}

function extraLine([key, value]: [string, string]): string {
  if (!EXTRA_KEY.test(key) || (FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
    throw new ArchiveFormatError(
      `The extra front matter key "${key}" cannot be written: use letters, digits, "-" and "_", starting with a letter, and none of ${FRONT_MATTER_KEYS.join(', ')}.`,
    );
  }
  return `${key}: ${urlScalar(value)}`;
}

/** The front matter lines, from the opening `---` to the closing `---`, each without its line end. */
export function frontMatterLines(post: ArchivePost, title: string): string[] {
  isoDateMillis(post.date);
  const extra = post.extra ?? [];
  const keys = new Set<string>();
  for (const [key] of extra) {
    if (keys.has(key)) throw new ArchiveFormatError(`The extra front matter key "${key}" appears twice; keep one.`);
    keys.add(key);
  }
  return [
    '---',
    `layout: ${blockScalar(post.layout)}`,
    `title: ${doubleQuoted(title)}`,
    `date: ${post.date}`,
    `author: ${blockScalar(post.author)}`,
    `from: ${urlScalar(post.from)}`,
    `tags: ${flowSequence(post.tags)}`,
    `categories: ${flowSequence(post.categories)}`,
    ...extra.map(extraLine),
    '---',
  ];
}
