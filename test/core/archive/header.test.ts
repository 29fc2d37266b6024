// The `[title](from)` header line: Markdown renderers must show the exact title and link the exact URL.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { headerLines, linkDestination, linkText } from '../../../src/core/archive/header';

/** Renders the header line with marked (CommonMark-like) and returns the link's text and decoded href. */
function render(title: string, url: string): { text: string; href: string } {
  const [, link] = headerLines(title, url, 0);
  const html = marked.parse(link, { async: false });
  const m = /^<p><a href="([^"]*)">(.*)<\/a><\/p>\n?$/s.exec(html);
  if (!m) throw new Error(`not a single link: ${html}`);
  const unescape = (s: string): string =>
    s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { text: unescape(m[2]), href: decodeURI(unescape(m[1])) };
}

describe('header', () => {
  it('writes the date comment, the link and the setext underline', () => {
    expect(headerLines('T', 'https://e.com/', 1625905320000)).toEqual(['<!--1625905320000-->', '[T](https://e.com/)', '------']);
  });

  it('escapes [ ] and \\ in the title', () => {
    expect(linkText('a [b] \\ c')).toBe('a \\[b\\] \\\\ c');
  });

  it.each([
    'Plain title',
    'Brackets [1] and ]odd[ ones',
    'Back\\slash \\[ tricky',
    'Stars *not* emphasis, _nor_ this, `nor code`',
    'Tags <b>stay</b> text',
    'Entities &amp; &copy; stay text',
    '中文标题：「引号」',
    'Pipes | and $$ math $$ stay text',
    'on\\"]:a definition? [x]: no',
    '^not a footnote',
    'Not an {: .attribute-list} nor {::comment}',
  ])('renders the title %j exactly', (title) => {
    expect(render(title, 'https://example.com/a').text).toBe(title);
  });

  it('puts a title with line breaks on one line', () => {
    expect(linkText('one\ntwo\r\nthree\u2028four')).toBe('one two  three four');
  });

  it.each([
    'https://example.com/a b',
    'https://en.wikipedia.org/wiki/Foo_(bar)',
    'https://example.com/unbalanced)(paren',
    'https://example.com/<angle>',
    'https://example.com/back\\slash',
    'https://example.com/?q=a&b=c',
  ])('keeps the URL %j whole', (url) => {
    expect(render('T', url).href).toBe(url);
    expect(decodeURI(linkDestination(url))).toBe(url);
  });
});
