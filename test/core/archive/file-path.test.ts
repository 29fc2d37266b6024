// Archive paths: the pattern's placeholders, the day in the settings' time zone, and unique names.
import { describe, expect, it } from 'vitest';
import { archivePath, uniquePath, validateFileNamePattern } from '../../../src/core/archive/file-path';
import { FileNamePatternError, InvalidTimeZoneError } from '../../../src/core/archive/errors';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../../src/core/settings';
import type { ArchivePost } from '../../../src/core/types';

const post = (date: string, title = '中国为何打击科技巨头'): ArchivePost => ({
  layout: 'post',
  title,
  date,
  author: '',
  from: 'https://example.com/a/1.html',
  tags: [],
  categories: [],
  body: '',
});

describe('archivePath', () => {
  it('puts the post under _posts with its date and slug', () => {
    const settings = { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'UTC' };
    expect(archivePath(post('2021-07-10T08:22:00.000Z'), settings, 'https://example.com/a/1.html')).toBe(
      '_posts/2021-07-10-中国为何打击科技巨头.md',
    );
  });

  it('takes the day in the settings time zone, across a day boundary', () => {
    const late = post('2021-07-10T20:30:00.000Z', 'Late News');
    const url = 'https://example.com/a/1.html';
    expect(archivePath(late, { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'UTC' }, url)).toBe('_posts/2021-07-10-late-news.md');
    expect(archivePath(late, { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'Asia/Shanghai' }, url)).toBe('_posts/2021-07-11-late-news.md');
    const early = post('2021-07-10T03:00:00.000Z', 'Early News');
    expect(archivePath(early, { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'America/Los_Angeles' }, url)).toBe('_posts/2021-07-09-early-news.md');
  });

  it('fills every placeholder of a custom pattern', () => {
    const settings = { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'Europe/Berlin', fileNamePattern: 'posts/{year}/{month}/{day}/{slug}.md' };
    expect(archivePath(post('2020-12-31T23:30:00.000Z', 'New Year'), settings, 'https://e.com/x.html')).toBe('posts/2021/01/01/new-year.md');
  });

  it('refuses unknown placeholders, a pattern without {slug}, and unknown time zones', () => {
    expect(() => validateFileNamePattern('_posts/{date}-{title}.md')).toThrow(FileNamePatternError);
    expect(() => validateFileNamePattern('_posts/{date}.md')).toThrow(/no \{slug\}/);
    expect(() => archivePath(post('2021-07-10T08:22:00.000Z'), { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'Mars/Olympus' }, 'https://e.com/')).toThrow(
      InvalidTimeZoneError,
    );
  });
});

describe('uniquePath', () => {
  const stored = new Map([
    ['_posts/2021-07-10-a.md', 'https://one.example/a'],
    ['_posts/2021-07-10-a-2.md', 'https://two.example/a'],
  ]);
  const existing = (path: string): string | undefined => stored.get(path);

  it('keeps a free path', () => {
    expect(uniquePath('_posts/2021-07-10-b.md', 'https://x.example/', existing)).toBe('_posts/2021-07-10-b.md');
  });

  it('reuses the path that holds the same URL, so a second clip updates the file', () => {
    expect(uniquePath('_posts/2021-07-10-a.md', 'https://one.example/a', existing)).toBe('_posts/2021-07-10-a.md');
    expect(uniquePath('_posts/2021-07-10-a.md', 'https://two.example/a', existing)).toBe('_posts/2021-07-10-a-2.md');
  });

  it('numbers a different article that would take a used name', () => {
    expect(uniquePath('_posts/2021-07-10-a.md', 'https://three.example/a', existing)).toBe('_posts/2021-07-10-a-3.md');
  });

  it('numbers a path without an extension, and ignores dots in folder names', () => {
    const taken = (path: string): string | undefined => (path === 'v1.0/post' ? 'https://other/' : undefined);
    expect(uniquePath('v1.0/post', 'https://mine/', taken)).toBe('v1.0/post-2');
  });
});
