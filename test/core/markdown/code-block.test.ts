// Code blocks: fence length, language conventions, and highlighter residue (gutters, buttons, per-line markup).
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';
import { fenceFor } from '../../../src/core/markdown/rules/code-block';

describe('fenceFor', () => {
  it('is three backticks, or one longer than the longest backtick run in the code', () => {
    expect(fenceFor('let a = 1;')).toBe('```');
    expect(fenceFor('x = `a` + ``b``')).toBe('```');
    expect(fenceFor('```js\nnested\n```')).toBe('````');
    expect(fenceFor('a ````` b')).toBe('``````');
  });
});

describe.each(DOM_NAMES)('code blocks under %s', (dom) => {
  it('writes a fenced block that keeps indentation, blank lines and markup characters verbatim', () => {
    const out = md(dom, '<pre><code>def f(x):\n    return x * 2  # _not_ emphasis\n\n\n\nprint(f(1))</code></pre>');
    expect(out).toBe('```\ndef f(x):\n    return x * 2  # _not_ emphasis\n\n\n\nprint(f(1))\n```');
  });

  it('uses a fence longer than the backtick runs inside the code', () => {
    const out = md(dom, '<pre><code class="language-markdown">```js\nconsole.log(1)\n```</code></pre>');
    expect(out).toBe('````markdown\n```js\nconsole.log(1)\n```\n````');
  });

  it.each([
    ['<pre><code class="language-python">x</code></pre>', 'python'],
    ['<pre class="lang-js prettyprint"><code>x</code></pre>', 'js'],
    ['<div class="highlight highlight-source-rust"><pre>x</pre></div>', 'rust'],
    ['<pre class="brush: ruby; gutter: false">x</pre>', 'ruby'],
    ['<pre data-lang="go"><code>x</code></pre>', 'go'],
    ['<pre class="python">x</pre>', 'python'],
    ['<div class="sourceCode"><pre class="sourceCode haskell"><code class="sourceCode haskell">x</code></pre></div>', 'haskell'],
    ['<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>x</code></pre></div></div>', 'ruby'],
    ['<div class="highlight-python notranslate"><div class="highlight"><pre>x</pre></div></div>', 'python'],
    ['<pre><code class="hljs language-typescript">x</code></pre>', 'typescript'],
  ])('finds the language of %s', (html, language) => {
    expect(md(dom, html).split('\n')[0]).toBe('```' + language);
  });

  it.each([
    ['<pre class="highlight"><code>x</code></pre>'],
    ['<pre><code class="language-plaintext">x</code></pre>'],
    ['<pre lang="en"><code>x</code></pre>'],
    ['<div class="highlight-default"><pre>x</pre></div>'],
  ])('writes no language where the classes name none: %s', (html) => {
    expect(md(dom, html).split('\n')[0]).toBe('```');
  });

  it('drops the line-number column of a Pygments table', () => {
    const html =
      '<div class="highlight"><table class="highlighttable"><tbody><tr>' +
      '<td class="linenos"><div class="linenodiv"><pre>1\n2\n3</pre></div></td>' +
      '<td class="code"><div class="highlight"><pre><span class="k">def</span> <span class="nf">f</span>():\n    <span class="k">return</span> 1\n</pre></div></td>' +
      '</tr></tbody></table></div>';
    expect(md(dom, html)).toBe('```\ndef f():\n    return 1\n```');
  });

  it('reads GitHub-style one-row-per-line tables without the line numbers, keeping indentation', () => {
    const html =
      '<table class="highlight tab-size js-file-line-container"><tbody>' +
      '<tr><td id="L1" class="blob-num js-line-number" data-line-number="1"></td><td id="LC1" class="blob-code blob-code-inner js-file-line"><span class="pl-k">if</span> (a) {</td></tr>' +
      '<tr><td id="L2" class="blob-num js-line-number" data-line-number="2"></td><td id="LC2" class="blob-code blob-code-inner js-file-line">    go();</td></tr>' +
      '<tr><td id="L3" class="blob-num js-line-number" data-line-number="3"></td><td id="LC3" class="blob-code blob-code-inner js-file-line">}</td></tr>' +
      '</tbody></table>';
    expect(md(dom, html)).toBe('```\nif (a) {\n    go();\n}\n```');
  });

  it('reads highlight.js line-number tables (hljs-ln)', () => {
    const html =
      '<pre><code class="hljs language-js"><table class="hljs-ln"><tbody>' +
      '<tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="1"><div class="hljs-ln-n" data-line-number="1"></div></td><td class="hljs-ln-line hljs-ln-code"><span class="hljs-keyword">let</span> a = 1;</td></tr>' +
      '<tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="2"><div class="hljs-ln-n" data-line-number="2"></div></td><td class="hljs-ln-line hljs-ln-code">a++;</td></tr>' +
      '</tbody></table></code></pre>';
    expect(md(dom, html)).toBe('```js\nlet a = 1;\na++;\n```');
  });

  it('drops Prism line-number rows, copy buttons and toolbars inside the block', () => {
    const html =
      '<div class="code-toolbar"><pre class="language-css line-numbers"><code class="language-css">a { color: red; }\nb { color: blue; }' +
      '<span aria-hidden="true" class="line-numbers-rows"><span></span><span></span></span></code></pre>' +
      '<div class="toolbar"><div class="toolbar-item"><button class="copy-to-clipboard-button">Copy</button></div></div></div>';
    expect(md(dom, html)).toBe('```css\na { color: red; }\nb { color: blue; }\n```');
  });

  it('turns per-line elements and <br> into newlines', () => {
    const perLine = '<pre class="language-sh"><code><span class="line">echo one</span><span class="line">echo two</span></code></pre>';
    expect(md(dom, perLine)).toBe('```sh\necho one\necho two\n```');
    const withBr = '<pre><code>first<br>second<br/>third</code></pre>';
    expect(md(dom, withBr)).toBe('```\nfirst\nsecond\nthird\n```');
    const divs = '<div class="syntaxhighlighter js"><table><tbody><tr><td class="gutter"><div class="line number1">1</div><div class="line number2">2</div></td>' +
      '<td class="code"><div class="container"><div class="line number1"><code class="js keyword">var</code> <code class="js plain">a;</code></div>' +
      '<div class="line number2"><code class="js spaces">&nbsp;&nbsp;</code><code class="js plain">b();</code></div></div></td></tr></tbody></table></div>';
    expect(md(dom, divs)).toBe('```js\nvar a;\n  b();\n```');
  });

  it('keeps inline code as a code span with a delimiter longer than the backticks inside', () => {
    expect(md(dom, '<p>Run <code>npm i</code> and <code>a `b` c</code> or <code>`x</code>.</p>')).toBe(
      'Run `npm i` and ``a `b` c`` or `` `x ``.',
    );
  });
});
