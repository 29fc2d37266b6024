// The real archive post: the writer reproduces its front matter and header byte for byte, and the
// reader gives back its values and HTML body.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { archivePath, formatArchiveFile, parseArchiveFile } from '../../../src/core/archive/index';
import { DEFAULT_ARCHIVE_SETTINGS } from '../../../src/core/settings';
import type { ArchivePost } from '../../../src/core/types';

/** A copy of /work/shared/examples/archive-post-chinafile.md, a real post of the archive. */
const EXAMPLE_PATH = fileURLToPath(new URL('./fixtures/archive-post-chinafile.md', import.meta.url));
const example = readFileSync(EXAMPLE_PATH, 'utf8');
const FROM = 'https://www.chinafile.com/reporting-opinion/viewpoint/why-china-going-after-its-tech-giants';

/** The body as it stands in the file: everything after the blank line under the setext line, minus the final newline. */
const exampleBody = example.split('\n').slice(13).join('\n').replace(/\n$/, '');

const post: ArchivePost = {
  layout: 'post',
  title: 'Why China Is Going After Its Tech Giants',
  date: '2021-07-10T08:22:00.000Z',
  author: 'Charles Mok',
  from: FROM,
  tags: ['中参馆'],
  categories: ['中参馆'],
  body: exampleBody,
};

describe('the example archive post', () => {
  it('is rebuilt with the same first 12 lines, byte for byte', () => {
    const written = Buffer.from(formatArchiveFile(post), 'utf8');
    const original = Buffer.from(example, 'utf8');
    const firstLines = (bytes: Buffer): Buffer => {
      let end = 0;
      for (let line = 0; line < 12; line += 1) end = bytes.indexOf(0x0a, end) + 1;
      return bytes.subarray(0, end);
    };
    expect(firstLines(written).toString('utf8')).toBe(firstLines(original).toString('utf8'));
    expect(firstLines(written).equals(firstLines(original))).toBe(true);
  });

  it('is rebuilt whole, byte for byte, with its HTML body', () => {
    expect(formatArchiveFile(post)).toBe(example);
  });

  it('reads back to its values and its body', () => {
    const read = parseArchiveFile(example);
    expect(read).toEqual(post);
    expect(read.body.startsWith('<div>\n<div class="view view-featured-photo')).toBe(true);
    expect(read.body.endsWith('</div>  </div>\n</div>')).toBe(true);
  });

  it('gets the archive path Jekyll expects', () => {
    expect(archivePath(post, { ...DEFAULT_ARCHIVE_SETTINGS, timeZone: 'UTC' }, FROM)).toBe(
      '_posts/2021-07-10-why-china-going-after-its-tech-giants.md',
    );
  });
});
