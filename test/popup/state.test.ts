import { describe, expect, it } from 'vitest';
import { assembleClip } from '../../src/core/assemble';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../src/core/settings';
import type { PageMetadata, SiteRule } from '../../src/core/types';
import { applyEdit, modelFromClip } from '../../src/popup/state';

const metadata: PageMetadata = {
  title: 'Why China Is Going After Its Tech Giants',
  authors: ['Charles Mok'],
  published: '2021-07-10T08:22:00.000Z',
  canonicalUrl: 'https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants',
};
const rule: SiteRule = { domain: 'chinafile.com', tags: ['中参馆'], categories: ['中参馆'] };
const url = 'https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants?utm_source=tw';
const now = new Date('2024-05-01T12:00:00.000Z');

function initial() {
  const clip = assembleClip({ metadata, markdown: 'Just days after its listing…\n', url, mode: 'article', rule }, {}, DEFAULT_ARCHIVE_SETTINGS, now);
  return modelFromClip(clip, DEFAULT_ARCHIVE_SETTINGS, rule);
}

describe('popup clip model', () => {
  it('rebuilds exactly the same file when nothing is edited', () => {
    const model = initial();
    const result = applyEdit(model, {});
    expect(result.ok).toBe(true);
    expect(result.model.clip.text).toBe(model.clip.text);
    expect(result.model.clip.path).toBe(model.clip.path);
  });

  it('puts edited title, author and tags into the file and the path', () => {
    const result = applyEdit(initial(), { title: 'A New "Title"', author: 'Someone Else', tags: ['中参馆', 'tech'] });
    expect(result.ok).toBe(true);
    const { clip } = result.model;
    expect(clip.text).toContain('title: "A New \\"Title\\""\n');
    expect(clip.text).toContain('author: Someone Else\n');
    expect(clip.text).toContain('tags: [ 中参馆, tech ]\n');
    expect(clip.text).toContain('categories: [ 中参馆 ]\n');
    expect(clip.url).toBe(url);
  });

  it('uses an edited date, and goes back to the published date when the field is emptied', () => {
    const edited = applyEdit(initial(), { date: '2022-01-02T03:04:05Z' });
    expect(edited.ok && edited.model.clip.date).toBe('2022-01-02T03:04:05.000Z');
    expect(edited.model.clip.text).toContain('<!--1641092645000-->');
    const cleared = applyEdit(edited.model, { date: '' });
    expect(cleared.model.clip.date).toBe('2021-07-10T08:22:00.000Z');
  });

  it('keeps the previous file and names the field when the date cannot be read', () => {
    const model = initial();
    const result = applyEdit(model, { date: 'next tuesday' });
    expect(result).toMatchObject({ ok: false, field: 'date' });
    expect(result.ok ? '' : result.message).toMatch(/not a date/);
    expect(result.model).toBe(model);
  });

  it('applies the from rule to an edited address and rejects non-web addresses', () => {
    const result = applyEdit(initial(), { from: 'https://example.org/story?id=3&utm_medium=x#top' });
    expect(result.ok).toBe(true);
    expect(result.model.clip.from).toBe('https://example.org/story?id=3');
    expect(result.model.clip.text).toContain('from: https://example.org/story?id=3\n');
    expect(applyEdit(initial(), { from: 'javascript:alert(1)' })).toMatchObject({ ok: false, field: 'from' });
    const back = applyEdit(result.model, { from: '' });
    expect(back.model.clip.from).toBe(metadata.canonicalUrl);
  });
});
