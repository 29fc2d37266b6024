// Property test: what Jekyll renders from generated archive files. Liquid must print the body exactly as
// written (never run article text), and kramdown must render the header link with the exact title and URL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTitle, formatArchiveFile, normalizeBody } from '../../../src/core/archive/index';
import { linkDestination } from '../../../src/core/archive/header';
import { jekyllRendererAvailable, renderWithJekyll } from '../../support/psych';
import { post } from './arbitraries';

const RUNS = 2_000;
const SEED = 20261129;
const available = jekyllRendererAvailable();
if (!available) {
  console.warn('Liquid/kramdown missing: the Jekyll rendering check is SKIPPED. Install: apt-get install -y ruby-liquid ruby-kramdown ruby-kramdown-parser-gfm');
}

/** kramdown's typographic symbols (smart quotes, dashes, ellipsis, guillemets), mapped back to what was typed. */
function untypeset(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/–/g, '--')
    .replace(/—/g, '---')
    .replace(/…/g, '...')
    .replace(/«/g, '<<')
    .replace(/»/g, '>>');
}

// On CI (.ci/run installs them) a missing renderer is a failure, never a silent skip.
describe.skipIf(!available && !process.env.CI)('archive files as Jekyll renders them (Liquid 5 + kramdown GFM)', () => {
  const posts = fc.sample(post, { seed: SEED, numRuns: RUNS });
  const files = posts.map(formatArchiveFile);

  it(`renders ${RUNS} files: body untouched by Liquid, header link whole`, () => {
    const renderings = renderWithJekyll(files);
    expect(renderings).toHaveLength(RUNS);
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const r = renderings[i];
      if (!r.ok) {
        failures.push({ text: files[i], error: r.error });
        return;
      }
      // Liquid's output after the 3 header lines and the blank line; a raw block may leave blank lines around the body.
      const body = r.liquidOutput.split('\n').slice(4).join('\n').replace(/^\n+|\n+$/g, '');
      const title = cleanTitle(p.title).replace(/[\r\n\t\u0085\u2028\u2029]/g, ' ');
      const problems = {
        body: body === normalizeBody(p.body) ? undefined : { want: normalizeBody(p.body), got: body },
        title: r.linkText !== null && untypeset(r.linkText) === untypeset(title) ? undefined : { want: title, got: r.linkText },
        href: r.linkHref === linkDestination(p.from) ? undefined : { want: linkDestination(p.from), got: r.linkHref },
      };
      if (problems.body || problems.title || problems.href) failures.push({ text: files[i], ...problems });
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
