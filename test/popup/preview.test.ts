// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { previewPart, renderMarkdown } from '../../src/popup/preview';

describe('renderMarkdown', () => {
  it('renders Markdown and strips anything that could run', () => {
    const html = renderMarkdown('# Hi\n\n<img src=x onerror="alert(1)"><script>alert(2)</script>\n\n[link](javascript:alert(3)) and **bold**');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('Hi');
    expect(doc.querySelector('strong')?.textContent).toBe('bold');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(doc.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/);
  });

  it('opens links in a new tab without a referrer and loads images without one', () => {
    const doc = new DOMParser().parseFromString(renderMarkdown('[a](https://example.com) ![i](https://img.example/x.png)'), 'text/html');
    const a = doc.querySelector('a');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});

describe('previewPart', () => {
  it('keeps short bodies whole and cuts long ones at a paragraph break', () => {
    expect(previewPart('short', 100)).toEqual({ markdown: 'short', truncated: false });
    const body = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} ${'x'.repeat(30)}`).join('\n\n');
    const part = previewPart(body, 500);
    expect(part.truncated).toBe(true);
    expect(part.markdown.length).toBeLessThanOrEqual(500);
    expect(body.startsWith(part.markdown)).toBe(true);
    expect(body.slice(part.markdown.length).startsWith('\n\n')).toBe(true);
  });
});
