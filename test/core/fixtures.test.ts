// Golden test: every page in test/fixtures/pages is clipped (under linkedom and jsdom) and compared with expected.md.
// UPDATE_GOLDEN=1 rewrites expected.md from the linkedom run instead of comparing (the only way goldens change).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode-html';
import { parseDocument, type DomImplementation } from '../../src/cli/parse-dom';
import { clipDocument } from '../../src/core/clip';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** meta.json of a page fixture: the tab URL, the user's tags/categories (optional), the frozen clock, the expected outcome. */
interface FixtureMeta {
  url: string;
  tags?: string[];
  categories?: string[];
  now: string;
  /** 'no-article' for pages that hold no article (then there is no expected.md). */
  expect?: 'no-article';
}

function clipFixture(slug: string, dom: DomImplementation) {
  const dir = join(PAGES, slug);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as FixtureMeta;
  const { text: html } = decodeHtml(new Uint8Array(readFileSync(join(dir, 'source.html'))));
  const doc = parseDocument(html, meta.url, dom);
  const outcome = clipDocument(doc, {
    url: meta.url,
    choices: { tags: meta.tags, categories: meta.categories },
    // A fixed zone: the file name's day must not depend on the machine running the tests.
    settings: { timeZone: 'UTC' },
    now: () => new Date(meta.now),
  });
  return { dir, meta, outcome };
}

const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(PAGES, e.name, 'source.html')))
  .map((e) => e.name)
  .sort();

describe('page fixtures', () => {
  it('has the required fixture pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    expect(slugs).toContain('chinafile-tech-giants');
  });

  for (const slug of slugs) {
    for (const dom of ['linkedom', 'jsdom'] as const) {
      it(`${slug} (${dom})`, () => {
        const { dir, meta, outcome } = clipFixture(slug, dom);
        if (meta.expect === 'no-article') {
          expect(outcome.ok).toBe(false);
          return;
        }
        if (!outcome.ok) throw new Error(`${slug}: expected an article, got no-article (${outcome.message})`);
        const expectedPath = join(dir, 'expected.md');
        if (UPDATE && dom === 'linkedom') {
          writeFileSync(expectedPath, outcome.clip.text);
          return;
        }
        expect(outcome.clip.text).toBe(readFileSync(expectedPath, 'utf8'));
      });
    }
  }
});
