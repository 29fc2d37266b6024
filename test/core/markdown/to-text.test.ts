// markdownToText: the text a reader of the rendered Markdown sees.
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, markdownToText } from '../../../src/core/markdown/to-text';

describe('markdownToText', () => {
  it('keeps the text of every block, one blank line between blocks', () => {
    const markdown = '# Title\n\nA **bold** and *em* [link](https://x.example/) `code`.\n\n> quoted\n\n- one\n- two\n  - nested\n\n1. first\n2. second';
    expect(markdownToText(markdown)).toBe('Title\n\nA bold and em link code.\n\nquoted\n\none\ntwo\nnested\n\nfirst\nsecond');
  });

  it('shows no URLs, no image alt text and no markup', () => {
    expect(markdownToText('See <https://x.example/a> and ![a picture](https://x.example/p.png) ~~gone~~ H<sub>2</sub>O')).toBe(
      'See https://x.example/a and gone H2O',
    );
  });

  it('keeps code blocks verbatim and table cells separated by tabs', () => {
    expect(markdownToText('```js\nif (a) {\n    b();\n}\n```')).toBe('if (a) {\n    b();\n}');
    expect(markdownToText('| a | b |\n| --- | --- |\n| 1 \\| 2 | **3** |')).toBe('a\tb\n1 | 2\t3');
  });

  it('reads HTML blocks and inline HTML as text', () => {
    expect(markdownToText('<table>\n<tr><th>k</th><td>v &amp; w<br>x</td></tr>\n</table>')).toBe('k\tv & w\nx');
    expect(markdownToText('<img src="https://x.example/a.png" alt="alt" referrerpolicy="no-referrer">\n\ntext')).toBe('text');
  });

  it('undoes escapes and character references, and shows hard breaks as line breaks', () => {
    expect(markdownToText('\\*not em\\* 1\\. x &amp; &#x4E2D; &copy;')).toBe('*not em* 1. x & 中 ©');
    expect(markdownToText('line one  \nline two\nsoft')).toBe('line one\nline two soft');
  });

  it('shows footnote references as their label and notes as label: text', () => {
    expect(markdownToText('Claim[^1].\n\n[^1]: The source.')).toBe('Claim1.\n\n1: The source.');
  });

  it('shows task list items without their checkbox', () => {
    expect(markdownToText('- [x] done\n- [ ] todo')).toBe('done\ntodo');
  });
});

describe('decodeEntities and htmlToText', () => {
  it('decodes numeric and common named references, leaving unknown ones', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&#39;&#x1F600;&nbsp;&bogus;')).toBe('<>&"\'😀\u00a0&bogus;');
  });

  it('drops comments, scripts and tags, keeping line structure', () => {
    expect(htmlToText('<p>a<!-- c --><script>x()</script></p><p>b</p>')).toBe('a\n\nb');
  });
});
