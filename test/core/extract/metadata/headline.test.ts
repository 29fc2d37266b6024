// The headline readers see (the article's <h1>) wins over an SEO wording of the same headline, and only then.
import { describe, expect, it } from 'vitest';
import { visibleHeadline } from '../../../../src/core/extract/metadata/headline';
import { DOMS, htmlDoc } from '../helpers';

describe.each(DOMS)('visibleHeadline (%s)', (dom) => {
  const doc = (body: string) => htmlDoc(`<!doctype html><html><head></head><body>${body}</body></html>`, 'https://example.com/', dom);

  it('prefers an <h1> that words the same story differently', () => {
    const d = doc('<article><h1>Julian Assange: Sweden drops rape investigation</h1><p>Text</p></article>');
    expect(visibleHeadline(d, 'Sweden drops Assange rape investigation')).toBe('Julian Assange: Sweden drops rape investigation');
  });

  it('prefers the full <h1> over a truncated title', () => {
    const d = doc('<h1>Hunter diagnosed with plague after eating a rabbit, making him the third local to contract the disease</h1>');
    expect(visibleHeadline(d, 'Hunter diagnosed with plague after eating a rabbit, making him the third local to')).toBe(
      'Hunter diagnosed with plague after eating a rabbit, making him the third local to contract the disease',
    );
  });

  it('keeps the title when the <h1> is a logo, a section name, a pull quote or the same text', () => {
    expect(visibleHeadline(doc('<a rel="home" href="/"><h1>Daily Example News</h1></a>'), 'Budget talks stall in the city council')).toBeUndefined();
    expect(visibleHeadline(doc('<h1>World</h1>'), 'Budget talks stall in the city council')).toBeUndefined();
    expect(visibleHeadline(doc('<h1>“Why don’t you go fight for the reindeer?”</h1>'), 'Early reviews of the new console are in')).toBeUndefined();
    expect(visibleHeadline(doc('<h1>Budget talks stall</h1>'), 'Budget talks stall')).toBeUndefined();
    expect(visibleHeadline(doc('<aside class="related"><h1>Budget talks stall again in the council</h1></aside>'), 'Budget talks stall in the council')).toBeUndefined();
  });

  it('takes the <h1> when there is no title at all', () => {
    expect(visibleHeadline(doc('<h1>A headline with words</h1>'), '')).toBe('A headline with words');
  });
});

describe.each(DOMS)('visibleHeadline with microdata (%s)', (dom) => {
  it('takes the heading marked itemprop=headline even when it shares no words with the SEO title', () => {
    const d = htmlDoc(
      '<!doctype html><html><head></head><body><article><h1 itemprop="headline">The Disappearance of John M. Ford</h1></article></body></html>',
      'https://example.com/',
      dom,
    );
    expect(visibleHeadline(d, 'The Resurrection of the Greatest Sci-Fi Writer You’ve Never Read')).toBe('The Disappearance of John M. Ford');
  });
});
