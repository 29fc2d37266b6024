// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../src/core/settings';
import type { ContentRequest } from '../../src/content/request';
import { CONTENT_ENTRY_KEY } from '../../src/content/request';
import { runClip } from '../../src/content/run-clip';
import { selectionHtml } from '../../src/content/selection';

const paragraphs = Array.from(
  { length: 8 },
  (_, i) => `<p>Paragraph ${i + 1} of the article, long enough to count as real prose for the extractor, with a few more words in it.</p>`,
).join('');

beforeEach(() => {
  document.head.innerHTML = '<title>Night Trains | Review</title><meta property="article:published_time" content="2024-03-18T05:30:00Z">';
  document.body.innerHTML = `<nav><a href="/">Home</a></nav><article><h1>Night Trains</h1>${paragraphs}<blockquote><p>A quoted line here.</p></blockquote></article>`;
  window.getSelection()?.removeAllRanges();
});

const request = (mode: ContentRequest['mode']): ContentRequest => ({
  mode,
  settings: DEFAULT_ARCHIVE_SETTINGS,
  rules: [],
  now: '2024-05-06T07:08:09.000Z',
});

function select(from: Node, to: Node): void {
  const range = document.createRange();
  range.setStartBefore(from);
  range.setEndAfter(to);
  window.getSelection()?.addRange(range);
}

describe('selectionHtml', () => {
  it('is undefined without a selection', () => {
    expect(selectionHtml(window)).toBeUndefined();
  });

  it('serialises the selected elements', () => {
    const ps = document.querySelectorAll('article > p');
    select(ps[1], ps[2]);
    const html = selectionHtml(window) ?? '';
    expect(html).toContain('Paragraph 2');
    expect(html).toContain('Paragraph 3');
    expect(html).not.toContain('Paragraph 4');
  });

  it('keeps the block a selection inside one element belongs to', () => {
    const quote = document.querySelector('blockquote p')!;
    const range = document.createRange();
    range.setStart(quote.firstChild!, 2);
    range.setEnd(quote.firstChild!, 8);
    window.getSelection()?.addRange(range);
    expect(selectionHtml(window)).toBe('<p>quoted</p>');
  });
});

describe('runClip', () => {
  it('clips the article with the worker’s clock and settings', () => {
    const outcome = runClip(window, request('article'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.clip.clippedAt).toBe('2024-05-06T07:08:09.000Z');
    expect(outcome.clip.text).toContain('Paragraph 8');
    expect(outcome.clip.text).not.toContain('Home');
  });

  it('clips only the selection in selection mode', () => {
    const ps = document.querySelectorAll('article > p');
    select(ps[4], ps[4]);
    const outcome = runClip(window, request('selection'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.clip.markdown).toContain('Paragraph 5');
    expect(outcome.clip.markdown).not.toContain('Paragraph 4');
  });

  it('says nothing is selected instead of clipping something else', () => {
    const outcome = runClip(window, request('selection'));
    expect(outcome).toMatchObject({ ok: false, code: 'no-article', metadata: { title: 'Night Trains | Review' } });
    expect(!outcome.ok && outcome.code === 'no-article' ? outcome.message : '').toMatch(/Nothing is selected/);
  });

  it('does not change the page', () => {
    const before = document.documentElement.outerHTML;
    runClip(window, request('article'));
    runClip(window, request('page'));
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('content entry', () => {
  it('leaves exactly one Symbol-keyed entry point and no named globals', async () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    await import('../../src/content/index');
    const added = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
    expect(added).toEqual([]);
    const entry = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(CONTENT_ENTRY_KEY)];
    expect(typeof entry).toBe('function');
  });
});
