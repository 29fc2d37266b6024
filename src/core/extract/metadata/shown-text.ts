// Whether a name is shown anywhere in the page's visible text (scripts, styles and templates excluded).

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text a reader could see in `body`: text nodes outside scripts, styles, noscript and templates, lower-cased. */
export function visibleBodyText(body: Element | undefined): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 || HIDDEN_TAGS.has((node as Element).tagName.toUpperCase())) return;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  if (body) walk(body);
  return parts.join(' ').toLowerCase();
}

/**
 * True when `name` occurs in `text` (already lower-cased): as a whole word for alphabetic scripts ("Josh" is not shown
 * by "Joshua"), anywhere for scripts written without spaces (CJK names sit inside running text: "记者赵四报道").
 */
export function isNameShown(name: string, text: string): boolean {
  const needle = name.toLowerCase().trim();
  if (!needle) return false;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(needle)) return text.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
