// clipDocument: extract → Markdown → archive file, with the clock, settings and the user's choices passed in.
import { describe, expect, it } from 'vitest';
import { clipDocument } from '../../src/core/clip';
import { htmlDoc } from './extract/helpers';

const PROSE = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} of a story about a quiet town that decided to rebuild its harbour, its school and its old stone bridge, one careful step after another.</p>`,
).join('');
const NOW = new Date('2026-11-28T15:00:00.000Z');

function page(head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour plans | Town Times</title>${head}</head><body><article><h1>Harbour plans</h1>${PROSE}</article></body></html>`;
}

describe('clipDocument', () => {
  it('builds the archive file with the page’s date, author and canonical address', () => {
    const head = `<meta name="author" content="By Gil Hart"><meta property="article:published_time" content="2024-02-03T10:00:00+01:00">
      <link rel="canonical" href="https://town.example/news/harbour-plans">`;
    const outcome = clipDocument(htmlDoc(page(head), 'https://town.example/news/harbour-plans?utm_source=x'), {
      url: 'https://town.example/news/harbour-plans?utm_source=x',
      settings: { timeZone: 'UTC' },
      now: () => NOW,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const { clip } = outcome;
    expect(clip.text.split('\n').slice(0, 9)).toEqual([
      '---',
      'layout: post',
      'title: "Harbour plans"',
      'date: 2024-02-03T09:00:00.000Z',
      'author: Gil Hart',
      'from: https://town.example/news/harbour-plans',
      'tags: [ ]',
      'categories: [ ]',
      '---',
    ]);
    expect(clip.path).toBe('_posts/2024-02-03-harbour-plans.md');
    expect(clip.markdown).toContain('Paragraph 6 of a story');
    expect(clip.clippedAt).toBe(NOW.toISOString());
    expect(clip.mode).toBe('article');
  });

  it('uses the clock when the page states no date, and the user’s choices over the page', () => {
    const outcome = clipDocument(htmlDoc(page(), 'https://town.example/a'), {
      url: 'https://town.example/a',
      choices: { title: 'My title', author: 'Me', tags: ['x', 'y'], categories: ['c'] },
      settings: { timeZone: 'UTC' },
      now: () => NOW,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.clip.date).toBe(NOW.toISOString());
    expect(outcome.clip.title).toBe('My title');
    expect(outcome.clip.author).toBe('Me');
    expect(outcome.clip.tags).toEqual(['x', 'y']);
    expect(outcome.clip.categories).toEqual(['c']);
  });

  it('applies a matching site rule’s default tags and returns the rule', () => {
    const rules = [{ domain: 'town.example', tags: ['镇报'], categories: ['news'] }];
    const outcome = clipDocument(htmlDoc(page(), 'https://www.town.example/a'), { url: 'https://www.town.example/a', rules, now: () => NOW });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.clip.tags).toEqual(['镇报']);
    expect(outcome.clip.categories).toEqual(['news']);
    expect(outcome.rule?.domain).toBe('town.example');
  });

  it('reports no-article with a message that offers the alternatives', () => {
    const html = '<!doctype html><html><head><title>Home | Shop</title></head><body><nav><a href="/">Home</a></nav><h1>Shop</h1></body></html>';
    const outcome = clipDocument(htmlDoc(html, 'https://shop.example/'), { url: 'https://shop.example/', now: () => NOW });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe('no-article');
      expect(outcome.message).toMatch(/whole page|selection/);
      expect(outcome.metadata.title).toBe('Home');
    }
  });

  it('clips a selection in selection mode', () => {
    const outcome = clipDocument(htmlDoc(page(), 'https://town.example/a'), {
      url: 'https://town.example/a',
      mode: 'selection',
      selectionHtml: '<p>Just <strong>this</strong> sentence.</p>',
      now: () => NOW,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.clip.markdown).toBe('Just **this** sentence.');
    expect(outcome.clip.title).toBe('Harbour plans');
    expect(outcome.clip.mode).toBe('selection');
  });

  it('writes images as HTML with no-referrer when the setting asks for it', () => {
    const html = page().replace('<h1>Harbour plans</h1>', '<h1>Harbour plans</h1><figure><img data-src="/pics/harbour.jpg" alt="Harbour"></figure>');
    const outcome = clipDocument(htmlDoc(html, 'https://town.example/a'), {
      url: 'https://town.example/a',
      settings: { imageStyle: 'html-no-referrer' },
      now: () => NOW,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.clip.markdown).toContain('src="https://town.example/pics/harbour.jpg"');
    expect(outcome.clip.markdown).toContain('referrerpolicy="no-referrer"');
  });
});
