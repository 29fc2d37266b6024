// Keeps Jekyll's Liquid from running article text: `{{ … }}` or `{% … %}` in a post would be evaluated
// (silently emptied, or failing the whole site build), so such bodies are wrapped in `{% raw %}`.

const LIQUID_MARKUP = /\{[{%]/;
const RAW_OPEN = '{% raw %}';
const RAW_CLOSE = '{% endraw %}';
/** Liquid ends a raw block at the first endraw tag, whitespace-control dashes and spacing included. */
const ENDRAW = /\{%(-?\s*endraw\s*-?%\})/g;
/** A literal endraw tag is written outside the raw block, its `{%` printed by an output tag. */
const ENDRAW_ESCAPED = /\{% endraw %\}\{\{ "\{%" \}\}(-?\s*endraw\s*-?%\})\{% raw %\}/g;

/** The body as Jekyll must see it: unchanged unless it holds Liquid markup, else inside `{% raw %}`. */
export function protectFromLiquid(body: string): string {
  if (!LIQUID_MARKUP.test(body)) return body;
  const inner = body.replace(ENDRAW, `${RAW_CLOSE}{{ "{%" }}$1${RAW_OPEN}`);
  return `${RAW_OPEN}\n${inner}\n${RAW_CLOSE}`;
}

/** Undoes protectFromLiquid. */
export function unprotectFromLiquid(body: string): string {
  const open = `${RAW_OPEN}\n`;
  const close = `\n${RAW_CLOSE}`;
  if (!body.startsWith(open) || !body.endsWith(close) || body.length < open.length + close.length) return body;
  return body.slice(open.length, -close.length).replace(ENDRAW_ESCAPED, '{%$1');
}

/** One line of Markdown text that Liquid leaves alone: a `{` that would open Liquid markup becomes `&#123;`. */
export function escapeLiquidInline(text: string): string {
  return text.replace(/\{(?=[{%])/g, '&#123;');
}
