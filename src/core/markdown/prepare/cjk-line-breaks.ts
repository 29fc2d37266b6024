// Removes source line breaks between two CJK characters, which a reader of Chinese or Japanese never sees as spaces.
//
// turndown turns every run of white space into one space, so "中文\n中文" in the HTML source would become "中文 中文".
// CSS Text 3 drops such a segment break between two wide East Asian characters; this does the same, also when the
// break sits between inline elements ("<b>中文</b>\n中文"). White space without a line break is the author's and stays.
import { isCjkWide } from '../cjk';
import { isBlockElement, isElement, isText } from '../dom';

/** Elements whose text is not prose: left exactly as they are, and they end the run of text around them. */
const OPAQUE = new Set(['PRE', 'CODE', 'TEXTAREA', 'SCRIPT', 'STYLE', 'KBD', 'SAMP']);

const ANY_WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFE6]/;

export function joinCjkLineBreaks(root: ParentNode): void {
  const text = (root as unknown as Node).textContent ?? '';
  // Cheap exit for pages without CJK text next to a line break.
  if (!text.includes('\n') || !ANY_WIDE.test(text)) return;
  let run: Text[] = [];
  const flush = (): void => {
    if (run.length) processRun(run);
    run = [];
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isText(child)) {
        run.push(child);
      } else if (isElement(child)) {
        const tag = child.nodeName.toUpperCase();
        if (OPAQUE.has(tag) || tag === 'BR' || tag === 'IMG' || isBlockElement(child)) {
          flush();
          if (!OPAQUE.has(tag)) walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
}

/** Deletes, across the text nodes of one inline run, each white-space run that holds a newline between two CJK characters. */
function processRun(nodes: Text[]): void {
  const joined = nodes.map((n) => n.data).join('');
  if (!joined.includes('\n')) return;
  const cuts: Array<[number, number]> = [];
  const ws = /[ \t\r\n\f]+/g;
  for (let m = ws.exec(joined); m; m = ws.exec(joined)) {
    if (!/[\r\n]/.test(m[0])) continue;
    const before = charBefore(joined, m.index);
    const after = charAfter(joined, m.index + m[0].length);
    if (isCjkWide(before) && isCjkWide(after)) cuts.push([m.index, m.index + m[0].length]);
  }
  if (cuts.length === 0) return;
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = offset + node.data.length;
    offset = end;
    let data = node.data;
    // Apply cuts from the right so earlier indexes stay valid.
    for (let i = cuts.length - 1; i >= 0; i--) {
      const [a, b] = cuts[i];
      const from = Math.max(a, start);
      const to = Math.min(b, end);
      if (from < to) data = data.slice(0, from - start) + data.slice(to - start);
    }
    if (data !== node.data) node.data = data;
  }
}

function charBefore(s: string, index: number): string | undefined {
  const cp = s.codePointAt(index - 1);
  if (cp === undefined) return undefined;
  // A low surrogate: read the whole astral character.
  if (cp >= 0xdc00 && cp <= 0xdfff && index >= 2) return String.fromCodePoint(s.codePointAt(index - 2)!);
  return String.fromCodePoint(cp);
}

function charAfter(s: string, index: number): string | undefined {
  const cp = s.codePointAt(index);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}
