// Tables: GFM pipe tables where Markdown can express them, clean HTML where it cannot, layout tables flattened.
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';

describe.each(DOM_NAMES)('tables under %s', (dom) => {
  it('writes a simple table with a header row as a GFM table, with alignment and escaped pipes', () => {
    const html =
      '<table><thead><tr><th>Name</th><th align="right">Price</th><th style="text-align: center">Note</th></tr></thead>' +
      '<tbody><tr><td><b>Tea</b></td><td>3</td><td>a | b</td></tr><tr><td>Coffee</td><td>4</td><td><a href="/c">link</a></td></tr></tbody></table>';
    expect(md(dom, html)).toBe(
      '| Name | Price | Note |\n| --- | ---: | :---: |\n| **Tea** | 3 | a \\| b |\n| Coffee | 4 | [link](https://example.com/c) |',
    );
  });

  it('treats a first row of <th> cells as the header even without <thead>', () => {
    const html = '<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>';
    expect(md(dom, html)).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('gives a table without a header an empty one, so every data row stays data', () => {
    const html = '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>';
    expect(md(dom, html)).toBe('|  |  |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |');
  });

  it('pads short rows and joins the lines of a cell with <br>', () => {
    const html = '<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>one<br>two</td></tr></table>';
    expect(md(dom, html)).toBe('| a | b | c |\n| --- | --- | --- |\n| one<br>two |  |  |');
  });

  it('writes the caption above the table', () => {
    const html = '<table><caption>Table 1: Prices</caption><tr><th>a</th></tr><tr><td>1</td></tr></table>';
    expect(md(dom, html)).toBe('Table 1: Prices\n\n| a |\n| --- |\n| 1 |');
  });

  it('keeps a table with rowspan or colspan as clean HTML, attributes stripped but the spans, links and images', () => {
    const html =
      '<table class="data" style="width:100%" border="1"><tbody><tr><td rowspan="2" class="x" style="color:red" onclick="evil()">A</td>' +
      '<td><a href="/p" target="_blank" rel="nofollow">p</a></td></tr><tr><td><img src="i.png" alt="say &quot;hi&quot;" width="10"></td></tr>' +
      '<tr><td colspan="2">  wide   cell  </td></tr></tbody></table>';
    expect(md(dom, html)).toBe(
      '<table>\n<tr><td rowspan="2">A</td><td><a href="https://example.com/p">p</a></td></tr>\n' +
        '<tr><td><img src="https://example.com/blog/i.png" alt="say &quot;hi&quot;"></td></tr>\n' +
        '<tr><td colspan="2">wide cell</td></tr>\n</table>',
    );
  });

  it('marks images in HTML tables no-referrer when that image style is chosen', () => {
    const html = '<table><tr><td rowspan="2"><img src="https://img.example/a.jpg" alt="a"></td><td>x</td></tr><tr><td>y</td></tr></table>';
    expect(md(dom, html, 'html-no-referrer')).toContain('<img src="https://img.example/a.jpg" alt="a" referrerpolicy="no-referrer">');
  });

  it('keeps a table with block content in cells, or a nested table, as HTML with no blank line inside', () => {
    const lists = '<table><tr><th>k</th><th>v</th></tr><tr><td>x</td><td><ul><li>one</li><li>two</li></ul></td></tr></table>';
    expect(md(dom, lists)).toBe(
      '<table>\n<tr><th>k</th><th>v</th></tr>\n<tr><td>x</td><td><ul><li>one</li><li>two</li></ul></td></tr>\n</table>',
    );
    const nested = '<table><tr><td>a</td><td><table><tr><td>1</td><td>2</td></tr></table></td></tr><tr><td>b</td><td>c</td></tr></table>';
    const out = md(dom, nested);
    expect(out).toBe(
      '<table>\n<tr><td>a</td><td><table>\n<tr><td>1</td><td>2</td></tr>\n</table>\n</td></tr>\n<tr><td>b</td><td>c</td></tr>\n</table>',
    );
    const code = '<table><tr><td>a</td><td><pre>line 1\n\nline 3</pre></td></tr><tr><td>b</td><td>c</td></tr></table>';
    const withPre = md(dom, code);
    expect(withPre).not.toMatch(/\n\s*\n/);
    expect(withPre).toContain('<pre><code>line 1&#10;\nline 3</code></pre>');
  });

  it('flattens a one-cell layout table into its content', () => {
    const html = '<table><tr><td><p>First paragraph.</p><p>Second <b>one</b>.</p></td></tr></table>';
    expect(md(dom, html)).toBe('First paragraph.\n\nSecond **one**.');
  });

  it('flattens a one-column table of prose blocks', () => {
    const html = '<table><tr><td><p>Intro.</p></td></tr><tr><td><h2>Part</h2><p>Body.</p></td></tr></table>';
    expect(md(dom, html)).toBe('Intro.\n\n## Part\n\nBody.');
  });
});
