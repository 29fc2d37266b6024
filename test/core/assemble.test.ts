// assembleClip: the contract's rules for title, author, tags, categories, date, path and file text.
import { describe, expect, it } from 'vitest';
import { parseArchiveFile } from '../../src/core/archive/index';
import { InvalidDateError } from '../../src/core/archive/errors';
import { assembleClip, type AssembleInput } from '../../src/core/assemble';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../src/core/settings';
import type { ArchiveSettings, PageMetadata } from '../../src/core/types';

const NOW = new Date('2026-11-28T15:30:00.000Z');
const URL_ = 'https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants?utm_source=tw#top';

const metadata = (over: Partial<PageMetadata> = {}): PageMetadata => ({
  title: 'Why China Is Going After Its Tech Giants',
  authors: ['Charles Mok'],
  published: '2021-07-10T08:22:00.000Z',
  lang: 'en',
  description: 'Beijing: "control"',
  leadImage: 'https://www.chinafile.com/img.jpeg',
  ...over,
});

const input = (over: Partial<AssembleInput> = {}): AssembleInput => ({
  metadata: metadata(),
  markdown: '\n\nJust days after its listing…\n',
  url: URL_,
  mode: 'article',
  ...over,
});

const settings = (over: Partial<ArchiveSettings> = {}): ArchiveSettings => ({ ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'UTC', ...over });

describe('assembleClip', () => {
  it('builds the example post from page metadata and a site rule', () => {
    const clip = assembleClip(input({ rule: { domain: 'chinafile.com', tags: ['中参馆'], categories: ['中参馆'] } }), {}, settings(), NOW);
    expect(clip).toMatchObject({
      path: '_posts/2021-07-10-why-china-going-after-its-tech-giants.md',
      title: 'Why China Is Going After Its Tech Giants',
      author: 'Charles Mok',
      date: '2021-07-10T08:22:00.000Z',
      from: 'https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants',
      tags: ['中参馆'],
      categories: ['中参馆'],
      markdown: 'Just days after its listing…',
      url: URL_,
      mode: 'article',
      clippedAt: NOW.toISOString(),
    });
    expect(clip.text.split('\n').slice(0, 14)).toEqual([
      '---',
      'layout: post',
      'title: "Why China Is Going After Its Tech Giants"',
      'date: 2021-07-10T08:22:00.000Z',
      'author: Charles Mok',
      'from: https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants',
      'tags: [ 中参馆 ]',
      'categories: [ 中参馆 ]',
      '---',
      '<!--1625905320000-->',
      '[Why China Is Going After Its Tech Giants](https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants)',
      '------',
      '',
      'Just days after its listing…',
    ]);
  });

  it("uses the user's choices over everything extracted", () => {
    const clip = assembleClip(
      input({ rule: { domain: 'chinafile.com', tags: ['site'] } }),
      { title: ' My title ', author: 'Me', tags: ['mine', 'mine', ''], categories: ['c'], date: '2020-01-02T03:04:05Z' },
      settings({ defaultTags: ['default'] }),
      NOW,
    );
    expect(clip).toMatchObject({ title: 'My title', author: 'Me', tags: ['mine'], categories: ['c'], date: '2020-01-02T03:04:05.000Z' });
    expect(clip.path).toBe('_posts/2020-01-02-why-china-going-after-its-tech-giants.md');
  });

  it('merges default tags before site tags, without repeats', () => {
    const clip = assembleClip(
      input({ rule: { domain: 'x', tags: ['b', 'c'], categories: ['k'] } }),
      {},
      settings({ defaultTags: ['a', 'b'], defaultCategories: ['j'] }),
      NOW,
    );
    expect(clip.tags).toEqual(['a', 'b', 'c']);
    expect(clip.categories).toEqual(['j', 'k']);
  });

  it('takes a date-only choice as that day in the settings time zone', () => {
    const clip = assembleClip(input(), { date: '2021-07-10' }, settings({ timeZone: 'Asia/Shanghai' }), NOW);
    expect(clip.date).toBe('2021-07-09T16:00:00.000Z');
    expect(clip.path.startsWith('_posts/2021-07-10-')).toBe(true);
  });

  it('uses the clip time when dateSource is clipped, or when the page states no usable date', () => {
    expect(assembleClip(input(), {}, settings({ dateSource: 'clipped' }), NOW).date).toBe(NOW.toISOString());
    expect(assembleClip(input({ metadata: metadata({ published: undefined }) }), {}, settings(), NOW).date).toBe(NOW.toISOString());
    expect(assembleClip(input({ metadata: metadata({ published: 'not a date' }) }), {}, settings(), NOW).date).toBe(NOW.toISOString());
  });

  it("refuses a date the user typed that is not one, saying how to write it", () => {
    expect(() => assembleClip(input(), { date: '10/07/2021' }, settings(), NOW)).toThrow(InvalidDateError);
    expect(() => assembleClip(input(), { date: '2021-02-30' }, settings(), NOW)).toThrow(/write it as 2021-07-10/);
  });

  it("falls back to the URL's host for an empty title, and joins several authors", () => {
    const clip = assembleClip(
      input({ metadata: metadata({ title: ' \u200B ', authors: ['A', ' B ', 'A'] }), url: 'https://www.example.com/98765.html' }),
      {},
      settings(),
      NOW,
    );
    expect(clip.title).toBe('example.com');
    expect(clip.author).toBe('A, B');
    expect(clip.path).toBe('_posts/2021-07-10-example-com.md');
  });

  it('writes author "" when unknown', () => {
    const clip = assembleClip(input({ metadata: metadata({ authors: [] }) }), {}, settings(), NOW);
    expect(clip.text).toContain('\nauthor: ""\n');
  });

  it('uses the canonical URL on the same host for from and the path', () => {
    const clip = assembleClip(
      input({ url: 'https://example.com/amp/123?utm_medium=x', metadata: metadata({ canonicalUrl: 'https://www.example.com/news/readable-article-slug' }) }),
      {},
      settings(),
      NOW,
    );
    expect(clip.from).toBe('https://www.example.com/news/readable-article-slug');
    expect(clip.path).toBe('_posts/2021-07-10-readable-article-slug.md');
  });

  it('adds the extra front matter keys the settings ask for, in their order, skipping missing values', () => {
    const clip = assembleClip(
      input({ metadata: metadata({ leadImage: undefined }) }),
      {},
      settings({ extraFrontMatter: ['image', 'lang', 'excerpt'] }),
      NOW,
    );
    const post = parseArchiveFile(clip.text);
    expect(post.extra).toEqual([
      ['lang', 'en'],
      ['excerpt', 'Beijing: "control"'],
    ]);
  });

  it('writes a file that reads back to the clip', () => {
    const clip = assembleClip(input({ metadata: metadata({ title: 'yes: [1] "2" #3' }) }), { tags: ['no', '1:20'] }, settings(), NOW);
    expect(parseArchiveFile(clip.text)).toMatchObject({
      title: clip.title,
      author: clip.author,
      date: clip.date,
      from: clip.from,
      tags: clip.tags,
      categories: clip.categories,
      body: clip.markdown,
    });
  });

  it('is pure: the same input gives the same clip', () => {
    expect(assembleClip(input(), {}, settings(), NOW)).toEqual(assembleClip(input(), {}, settings(), NOW));
  });
});
