// Block-aware text of an element, as the evaluation reads a cleaned article.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementText } from '../../src/eval/element-text';

describe('elementText', () => {
  it('puts block elements on their own lines so words of adjacent paragraphs do not merge', () => {
    const { document } = parseHTML('<div id="a"><p>one <b>two</b></p><p>three</p><ul><li>x</li><li>y</li></ul><script>no()</script></div>');
    expect(elementText(document.getElementById('a') as unknown as Element)).toBe('one two\nthree\nx\ny');
  });
});
