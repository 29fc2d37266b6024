// Finds the programming language of a code block from the class and data conventions highlighters use.
import { classAttribute } from '../class-attribute';
import { isElement } from './dom';

/** Languages recognised as a bare class name (`<pre class="python">`), where no prefix says "this is a language". */
const KNOWN_LANGUAGES = new Set([
  'bash', 'c', 'clojure', 'cmake', 'coffeescript', 'cpp', 'cs', 'csharp', 'css', 'dart', 'diff', 'dockerfile', 'elixir',
  'elm', 'erlang', 'fsharp', 'go', 'golang', 'graphql', 'groovy', 'haskell', 'html', 'ini', 'java', 'javascript', 'js',
  'json', 'jsx', 'julia', 'kotlin', 'latex', 'less', 'lisp', 'lua', 'makefile', 'markdown', 'matlab', 'nginx', 'objc',
  'objectivec', 'ocaml', 'perl', 'php', 'powershell', 'prolog', 'protobuf', 'python', 'py', 'r', 'ruby', 'rb', 'rust',
  'scala', 'scheme', 'scss', 'sh', 'shell', 'sql', 'swift', 'tex', 'toml', 'ts', 'tsx', 'typescript', 'vb', 'vbnet',
  'vim', 'xml', 'yaml', 'yml', 'zsh', 'console', 'shell-session', 'asm', 'nasm', 'verilog', 'vhdl', 'solidity', 'zig',
]);

/** Names that mean "no language". */
const NO_LANGUAGE = new Set(['none', 'nohighlight', 'no-highlight', 'plain', 'plaintext', 'text', 'txt', 'nocode', 'raw', 'default']);

/** Prefixes that always name a language (Prism, highlight.js, Rouge, GitHub, Google prettify). */
const PREFIXED = /(?:^|\s)(?:language|lang|highlight-source|highlight-text)-([\w+#.-]+)/i;
/** Prefixes also used for non-language modifiers (Sphinx `highlight-python` but also `highlight-default`). */
const WEAK_PREFIXED = /(?:^|\s)(?:highlight|syntax|code)-([\w+#.-]+)/i;
const BRUSH = /brush\s*:\s*([\w+#.-]+)/i;

function normalise(raw: string): string {
  const lang = raw.toLowerCase().replace(/[^\w+#.-]/g, '');
  if (!lang || NO_LANGUAGE.has(lang)) return '';
  if (lang === 'c++') return 'cpp';
  return lang;
}

function languageOfElement(el: Element): string | undefined {
  for (const attr of ['data-lang', 'data-language', 'lang']) {
    const value = el.getAttribute(attr);
    // `lang` is also the natural-language attribute: accept it only when it names a known programming language.
    if (value && (attr !== 'lang' || KNOWN_LANGUAGES.has(value.toLowerCase()))) return normalise(value);
  }
  const cls = classAttribute(el);
  if (!cls) return undefined;
  const prefixed = PREFIXED.exec(cls);
  if (prefixed) return normalise(prefixed[1]);
  const weak = WEAK_PREFIXED.exec(cls);
  if (weak && (KNOWN_LANGUAGES.has(weak[1].toLowerCase()) || NO_LANGUAGE.has(weak[1].toLowerCase()))) return normalise(weak[1]);
  const brush = BRUSH.exec(cls);
  if (brush) return normalise(brush[1]);
  for (const token of cls.split(/\s+/)) {
    const lower = token.toLowerCase();
    if (KNOWN_LANGUAGES.has(lower)) return normalise(lower);
  }
  return undefined;
}

/**
 * The language of the code in `container`: its own attributes first, then its code descendants (`pre > code`),
 * then up to three ancestors (`div.highlight-source-js > pre`), stopping at `stop`.
 */
export function detectCodeLanguage(container: Element, stop?: Node | null): string {
  const own = languageOfElement(container);
  if (own !== undefined) return own;
  for (const code of Array.from(container.querySelectorAll('code, [class*="lang"], [data-lang]')).slice(0, 3)) {
    const found = languageOfElement(code);
    if (found !== undefined) return found;
  }
  let cur: Node | null = container.parentNode;
  for (let depth = 0; depth < 3 && cur && cur !== stop && isElement(cur); depth++, cur = cur.parentNode) {
    const found = languageOfElement(cur);
    if (found !== undefined) return found;
  }
  return '';
}
