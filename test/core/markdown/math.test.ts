// Math back to TeX from KaTeX, MathJax 2/3, MathML, Wikipedia and data attributes.
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';

const katex = (tex: string, rendered: string): string =>
  `<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>x</mi></mrow>` +
  `<annotation encoding="application/x-tex">${tex}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">${rendered}</span></span>`;

describe.each(DOM_NAMES)('math under %s', (dom) => {
  it('writes inline KaTeX as $…$ without the rendered glyphs', () => {
    expect(md(dom, `<p>Energy ${katex('E = mc^2', '<span class="mord">E=mc2</span>')} holds.</p>`)).toBe('Energy $E = mc^2$ holds.');
  });

  it('writes display KaTeX as a $$ block', () => {
    expect(md(dom, `<p>Sum:</p><span class="katex-display">${katex('\\sum_{i=1}^n i', 'Σ')}</span><p>done</p>`)).toBe(
      'Sum:\n\n$$\n\\sum_{i=1}^n i\n$$\n\ndone',
    );
  });

  it('reads MathJax 2 script elements and drops the rendered spans before them', () => {
    const html =
      '<p>Let <span class="MathJax_Preview">a</span><span class="MathJax" id="MathJax-Element-1-Frame">rendered a_i</span>' +
      '<script type="math/tex" id="MathJax-Element-1">a_i</script> be given.</p>' +
      '<div class="MathJax_Display">big</div><script type="math/tex; mode=display">\\int_0^1 f</script>';
    expect(md(dom, html)).toBe('Let $a_i$ be given.\n\n$$\n\\int_0^1 f\n$$');
  });

  it('reads MathML with a TeX annotation or alttext, and Wikipedia math', () => {
    expect(md(dom, '<p><math alttext="x^2"><msup><mi>x</mi><mn>2</mn></msup></math></p>')).toBe('$x^2$');
    const wiki =
      '<p>where <span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;">' +
      '<math alttext="{\\displaystyle \\alpha }"><semantics><mi>α</mi><annotation encoding="application/x-tex">{\\displaystyle \\alpha }</annotation></semantics></math></span>' +
      '<img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/abc" class="mwe-math-fallback-image-inline" alt="{\\displaystyle \\alpha }"></span> is</p>';
    expect(md(dom, wiki)).toBe('where $\\alpha$ is');
  });

  it('reads MathJax 3 containers, data-tex attributes and WordPress LaTeX images', () => {
    const mj3 =
      '<mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math class="MJX-TEX"></mjx-math>' +
      '<mjx-assistive-mml display="block"><math display="block"><semantics><mi>y</mi><annotation encoding="application/x-tex">y = 1</annotation></semantics></math></mjx-assistive-mml></mjx-container>';
    expect(md(dom, mj3)).toBe('$$\ny = 1\n$$');
    expect(md(dom, '<p>so <span class="math" data-tex="\\frac{1}{2}">½</span>.</p>')).toBe('so $\\frac{1}{2}$.');
    expect(md(dom, '<p>so <img class="latex" src="https://s0.wp.com/latex.php?latex=x" alt="x_1 + x_2"> ok</p>')).toBe('so $x_1 + x_2$ ok');
  });
});
