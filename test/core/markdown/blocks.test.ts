// Block structure: headings, lists, task lists, quotes, rules, strikethrough, line breaks, blank lines, page machinery.
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';

describe.each(DOM_NAMES)('blocks under %s', (dom) => {
  it('writes ATX headings on one line and drops empty ones', () => {
    expect(md(dom, '<h1>Top</h1><h3>Two<br>lines</h3><h2> </h2><h4>Ends with #</h4><p>x</p>')).toBe(
      '# Top\n\n### Two lines\n\n#### Ends with \\#\n\nx',
    );
  });

  it('writes heading text without block-marker escapes, which cannot apply after the # run', () => {
    expect(md(dom, '<h2>1. Ditch the diet</h2><h2>- dash</h2><h2>#</h2>')).toBe('## 1. Ditch the diet\n\n## - dash\n\n## \\#');
  });

  it('drops bold around a whole heading, and heading permalinks', () => {
    expect(md(dom, '<h3><strong>改造不是推倒重来</strong></h3><h2><b>Part</b> one</h2><h2 id="x">Setup<a class="headerlink" href="#x">¶</a></h2>')).toBe(
      '### 改造不是推倒重来\n\n## **Part** one\n\n## Setup',
    );
  });

  it('does not escape a closing bracket at the end of a line', () => {
    expect(md(dom, '<p>[Photo: AP]</p><p>[a](b) [c]</p><p><i>Moon [Nasa]</i></p><p>a\\]</p>')).toBe(
      '[Photo: AP]\n\n[a\\](b) [c]\n\n*Moon [Nasa]*\n\na\\\\]',
    );
  });

  it('writes - bullets and numbered items with continuation indentation, honouring start', () => {
    const html = '<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><ol start="9"><li>nine</li><li><p>ten</p><p>more</p></li></ol>';
    expect(md(dom, html)).toBe('- one\n- two\n  - nested\n\n9. nine\n10. ten\n    \n    more'.replace('\n    \n', '\n\n'));
  });

  it('writes task lists from checkboxes', () => {
    const html = '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled checked> done</li><li><input type="checkbox" disabled>todo</li><li><label><input type="checkbox"> labelled</label></li></ul>';
    expect(md(dom, html)).toBe('- [x] done\n- [ ] todo\n- [ ] labelled');
  });

  it('writes strikethrough, quotes, rules and hard line breaks', () => {
    const html = '<p><del>old</del> <s>older</s> new</p><blockquote><p>quoted</p><p>twice</p></blockquote><hr><p>line one<br>line two</p>';
    expect(md(dom, html)).toBe('~~old~~ ~~older~~ new\n\n> quoted\n> \n> twice\n\n---\n\nline one  \nline two'.replace('> \n', '>\n'));
  });

  it('never leaves more than one blank line, trailing spaces, or a hard break at a paragraph end', () => {
    const html = '<p>a<br></p><div><br><br><br></div><p>b&nbsp;</p><div><p></p><p>   </p></div><p>c<br><br>d</p>';
    expect(md(dom, html)).toBe('a\n\nb\n\nc\n\nd');
  });

  it('keeps superscripts and subscripts as inline HTML and <q> as quotation marks', () => {
    expect(md(dom, '<p>H<sub>2</sub>O, x<sup>n</sup>, <q>quoted</q></p>')).toBe('H<sub>2</sub>O, x<sup>n</sup>, “quoted”');
  });

  it('drops scripts, styles, forms controls, buttons and drawings', () => {
    const html = '<p>keep</p><script>alert(1)</script><style>p{}</style><button>Share</button><form><input type="text" value="v"><select><option>o</option></select><textarea>t</textarea></form><svg><title>icon</title></svg><p>this</p>';
    expect(md(dom, html)).toBe('keep\n\nthis');
  });
});
