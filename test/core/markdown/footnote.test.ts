// Footnotes from the common generators become [^label] references and [^label]: notes.
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';

describe.each(DOM_NAMES)('footnotes under %s', (dom) => {
  it('converts Pandoc/kramdown footnotes, dropping the back links', () => {
    const html =
      '<p>Claim<sup id="fnref:1"><a href="#fn:1" class="footnote" rel="footnote" role="doc-noteref">1</a></sup> and another<sup id="fnref:2"><a href="#fn:2" class="footnote">2</a></sup>.</p>' +
      '<div class="footnotes" role="doc-endnotes"><ol>' +
      '<li id="fn:1"><p>First source. <a href="#fnref:1" class="reversefootnote" role="doc-backlink">↩</a></p></li>' +
      '<li id="fn:2"><p>Second, with <a href="https://src.example/">a link</a>. <a href="#fnref:2" class="reversefootnote">↩︎</a></p></li>' +
      '</ol></div>';
    expect(md(dom, html)).toBe('Claim[^1] and another[^2].\n\n[^1]: First source.\n\n[^2]: Second, with [a link](https://src.example/).');
  });

  it('converts Wikipedia references, one note cited twice', () => {
    const html =
      '<p>Fact.<sup id="cite_ref-a_1-0" class="reference"><a href="#cite_note-a-1">[1]</a></sup> Again.<sup id="cite_ref-a_1-1" class="reference"><a href="#cite_note-a-1">[1]</a></sup></p>' +
      '<ol class="references"><li id="cite_note-a-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-a_1-0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-a_1-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text">Smith 2001.</span></li></ol>';
    expect(md(dom, html)).toBe('Fact.[^1] Again.[^1]\n\n[^1]: Smith 2001.');
  });

  it('converts Word-style notes (name anchors, paragraphs at the end)', () => {
    const html =
      '<p>Text<a href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span></a> more.</p>' +
      '<div><p><a href="#_ftnref1" name="_ftn1">[1]</a> The note text.</p></div>';
    expect(md(dom, html)).toBe('Text[^1] more.\n\n[^1]: The note text.');
  });

  it('indents later paragraphs of a note so they stay in it', () => {
    const html = '<p>x<sup><a href="#n1">1</a></sup></p><ol><li id="n1"><p>One.</p><p>Two.</p></li></ol>';
    expect(md(dom, html)).toBe('x[^1]\n\n[^1]: One.\n    \n    Two.'.replace('\n    \n', '\n\n'));
  });

  it('leaves other in-page links and superscripts alone', () => {
    const html = '<p><a href="#part-2">2</a> and x<sup>2</sup> and <sup><a href="#missing">3</a></sup></p><h2 id="part-2">Part</h2>';
    expect(md(dom, html)).toBe('2 and x<sup>2</sup> and <sup>3</sup>\n\n## Part');
  });
});
