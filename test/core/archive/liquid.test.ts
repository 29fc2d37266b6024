// Liquid protection: article text with `{{`/`{%` must reach the reader as written, not be run by Jekyll.
import { describe, expect, it } from 'vitest';
import { escapeLiquidInline, protectFromLiquid, unprotectFromLiquid } from '../../../src/core/archive/liquid';
import { formatArchiveFile, parseArchiveFile } from '../../../src/core/archive/index';
import { linkDestination } from '../../../src/core/archive/header';

describe('protectFromLiquid', () => {
  it('leaves a body without Liquid markup alone', () => {
    expect(protectFromLiquid('Sets {a, b} and 50% off')).toBe('Sets {a, b} and 50% off');
  });

  it('wraps a body with {{ or {% in a raw block', () => {
    expect(protectFromLiquid('Use `{{ user.name }}` here')).toBe('{% raw %}\nUse `{{ user.name }}` here\n{% endraw %}');
    expect(protectFromLiquid('{% for x in y %}')).toBe('{% raw %}\n{% for x in y %}\n{% endraw %}');
  });

  it('writes a literal endraw tag so that it does not end the raw block', () => {
    const body = 'Close with {% endraw %} or {%- endraw -%}.';
    const wrapped = protectFromLiquid(body);
    // Only the final tag may end a raw block in what Liquid reads: every other endraw is preceded by an output tag.
    const inner = wrapped.slice('{% raw %}\n'.length, -'\n{% endraw %}'.length);
    expect(inner.match(/\{%-?\s*endraw\s*-?%\}\{\{ "\{%" \}\}/g)).toHaveLength(2);
    expect(unprotectFromLiquid(wrapped)).toBe(body);
  });

  it.each([
    'a {{ b }} c',
    '{% raw %}\nalready wrapped\n{% endraw %}',
    '{% endraw %}{{ "{%" }} endraw %}{% raw %}',
    '{%endraw%}\n{{',
  ])('round-trips %j', (body) => {
    expect(unprotectFromLiquid(protectFromLiquid(body))).toBe(body);
  });
});

describe('Liquid in the header line', () => {
  it('turns a { that opens Liquid markup into an entity', () => {
    expect(escapeLiquidInline('Vue {{ x }} and {% if %} and {a}')).toBe('Vue &#123;{ x }} and &#123;% if %} and {a}');
  });

  it('percent-encodes braces in the link URL', () => {
    expect(linkDestination('https://e.com/?q={{x}}')).toBe('https://e.com/?q=%7B%7Bx%7D%7D');
  });

  it('keeps Liquid out of the whole file outside the raw block, and reads back', () => {
    const post = {
      layout: 'post', title: 'Templates: {{ page.title }} and {% include x %}', date: '2021-07-10T08:22:00.000Z', author: '',
      from: 'https://e.com/?q={{x}}', tags: [], categories: [], body: 'Write {{ name }}.',
    };
    const text = formatArchiveFile(post);
    const afterFrontMatter = text.slice(text.indexOf('\n---\n') + 5);
    const outsideRaw = afterFrontMatter.replace(/\{% raw %\}[\s\S]*?\{% endraw %\}/g, '');
    expect(outsideRaw).not.toMatch(/\{[{%]/);
    expect(parseArchiveFile(text)).toEqual(post);
  });
});
