// Property test: for any article built from common elements, the rendered Markdown shows the same characters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToText } from '../../../src/core/markdown/to-text';
import { DOM_NAMES, md } from './support/doms';

/** Text chunks full of characters that mean something in Markdown or HTML. */
const word = fc.stringMatching(/^[a-z中文*_`[\]()<>!#&;~|\\=:^$'"+.1-]{1,6}$/);
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Piece {
  html: string;
  /** What a reader sees, before white space is compared. */
  text: string;
}

/** Inline content without links (HTML parsers never nest <a> inside <a>). */
const { phrasing } = fc.letrec<{ phrasing: Piece }>((tie) => ({
  phrasing: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word.map((w) => ({ html: escapeHtml(w), text: w })),
    word.map((w) => ({ html: ` ${escapeHtml(w)} `, text: ` ${w} ` })),
    fc.tuple(fc.constantFrom('b', 'i', 'em', 'strong', 'del', 'span'), fc.array(tie('phrasing'), { minLength: 1, maxLength: 3 })).map(([tag, kids]) => ({
      html: `<${tag}>${kids.map((k) => k.html).join('')}</${tag}>`,
      text: kids.map((k) => k.text).join(''),
    })),
    word.map((w) => ({ html: `<code>${escapeHtml(w)}</code>`, text: w })),
    fc.constant({ html: '<br>', text: ' ' }),
  ),
}));

const inline: fc.Arbitrary<Piece> = fc.oneof(
  phrasing,
  fc.array(phrasing, { minLength: 1, maxLength: 2 }).map((kids) => ({
    html: `<a href="https://example.org/p?q=1">${kids.map((k) => k.html).join('')}</a>`,
    text: kids.map((k) => k.text).join(''),
  })),
  fc.tuple(fc.constantFrom('b', 'i', 'del'), phrasing, fc.array(phrasing, { minLength: 1, maxLength: 2 })).map(([tag, before, kids]) => ({
    html: `<${tag}>${before.html}<a href="https://example.org/q">${kids.map((k) => k.html).join('')}</a></${tag}>`,
    text: before.text + kids.map((k) => k.text).join(''),
  })),
);

const block: fc.Arbitrary<Piece> = fc.oneof(
  fc.tuple(fc.constantFrom('p', 'h2', 'blockquote', 'li'), fc.array(inline, { minLength: 1, maxLength: 4 })).map(([tag, kids]) => {
    const inner = kids.map((k) => k.html).join('');
    const html = tag === 'li' ? `<ul><li>${inner}</li></ul>` : `<${tag}>${inner}</${tag}>`;
    return { html, text: kids.map((k) => k.text).join('') };
  }),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ({ html: `<pre><code>${escapeHtml(ws.join('\n'))}</code></pre>`, text: ws.join(' ') })),
);

/** Compared without white space: spacing differs legitimately (block breaks, collapsed runs). */
const visible = (s: string): string => s.replace(/\s+/g, '');

describe.each(DOM_NAMES)('rendered Markdown under %s', (dom) => {
  it('shows exactly the characters of the article, none escaped, lost or added', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const markdown = md(dom, blocks.map((b) => b.html).join(''));
        expect(visible(markdownToText(markdown))).toBe(visible(blocks.map((b) => b.text).join(' ')));
      }),
      { numRuns: 400, seed: 31337 },
    );
  });
});
