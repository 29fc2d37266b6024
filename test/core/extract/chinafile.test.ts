// The ChinaFile page must clip to the archive's own example post: same front matter and header, every paragraph
// and link of its body, and none of the page chrome around it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipDocument } from '../../../src/core/clip';
import { markdownToText } from '../../../src/core/markdown/to-text';
import { DOMS, htmlDoc, readFixture } from './helpers';

// The archive's real example post (a byte-for-byte copy of shared/examples/archive-post-chinafile.md).
const EXAMPLE = readFileSync(new URL('../archive/fixtures/archive-post-chinafile.md', import.meta.url), 'utf8');
const [EXAMPLE_HEADER, EXAMPLE_BODY] = EXAMPLE.split('------\n\n');

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraph texts and link targets of the example's HTML body. */
function exampleParts(): { paragraphs: string[]; links: string[] } {
  const doc = htmlDoc(`<!doctype html><html><body>${EXAMPLE_BODY}</body></html>`);
  return {
    paragraphs: Array.from(doc.querySelectorAll('p, .photo-credit')).map((p) => squash(p.textContent ?? '')).filter(Boolean),
    // The body's own links; the featured photo's lightbox link is the Markdown stage's business.
    links: Array.from(doc.querySelectorAll('.field-name-body a[href]')).map((a) => a.getAttribute('href')!),
  };
}

const CHROME = [
  'Reporting & Opinion',
  'Skip to main content',
  'Share on Facebook',
  'Share on Twitter',
  'Email this article',
  'Sign up for the ChinaFile newsletter',
  'delivered to your inbox',
  'What Ant Group',
  'Data Security Law Change',
  'Great analysis',
  'I disagree with the conclusion',
  'former legislator in Hong Kong representing',
  'Topics:',
  'All rights reserved',
  'Privacy Policy',
  'A Online Magazine',
  'googletagmanager',
];

describe.each(DOMS)('ChinaFile article (%s)', (dom) => {
  const { html, meta } = readFixture('chinafile-tech-giants');
  const outcome = clipDocument(htmlDoc(html, meta.url, dom), { url: meta.url, now: () => new Date(meta.now) });
  if (!outcome.ok) throw new Error(`no article: ${outcome.message}`);
  const { clip } = outcome;

  it('writes the example post’s front matter and header byte for byte (tags from the site rule)', () => {
    expect(clip.text.startsWith(`${EXAMPLE_HEADER}------\n\n`)).toBe(true);
    expect(clip.tags).toEqual(['中参馆']);
    expect(clip.categories).toEqual(['中参馆']);
    expect(clip.path).toBe('_posts/2021-07-10-why-china-going-after-its-tech-giants.md');
  });

  it('keeps every paragraph, the photo credit and the caption of the example body', () => {
    const text = squash(markdownToText(clip.markdown));
    const { paragraphs } = exampleParts();
    expect(paragraphs.length).toBeGreaterThan(18);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
  });

  it('keeps every link of the example body with its exact target', () => {
    const { links } = exampleParts();
    expect(links.length).toBeGreaterThanOrEqual(18);
    for (const href of links) expect(clip.markdown).toContain(`](${href}`);
  });

  it('resolves the lazy featured photo to its real source, above the body', () => {
    const photo = 'https://www.chinafile.com/sites/default/files/styles/large/public/assets/images/article/featured/gettyimages-1233502493.jpeg?itok=MfAdYkYU';
    expect(clip.markdown).toContain(`![](${photo})`);
    expect(clip.markdown.indexOf(photo)).toBeLessThan(clip.markdown.indexOf('Just days after'));
    expect(clip.markdown).not.toContain('data:image');
  });

  it('leaves out the page chrome', () => {
    for (const chrome of CHROME) expect(clip.markdown).not.toContain(chrome);
  });
});
