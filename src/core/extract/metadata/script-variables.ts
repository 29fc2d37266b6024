// Reads values assigned to named JavaScript variables in the page's inline scripts (WeChat keeps its publish time and account name there).

function decodeJsString(raw: string): string {
  return raw
    .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(["'\\/])/g, '$1');
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return named[ent.toLowerCase()] ?? whole;
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The first value assigned to `name` in an inline script: `var name = "…"`, `name = '…'`, `window.name = 123`,
 * or `name: "…"`, with `htmlDecode("…")` wrappers and JS/HTML escapes undone.
 */
export function readScriptVariable(doc: Document, name: string): string | undefined {
  const id = escapeRegExp(name);
  const pattern = new RegExp(
    `(?:^|[\\s;,{(])(?:var\\s+|let\\s+|const\\s+|window\\.)?${id}\\s*[:=]\\s*(?:htmlDecode\\(\\s*|decodeURIComponent\\(\\s*)?(?:"((?:[^"\\\\\\n]|\\\\.)*)"|'((?:[^'\\\\\\n]|\\\\.)*)'|(\\d{6,13}))`,
  );
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const code = script.textContent ?? '';
    if (!code.includes(name)) continue;
    const m = pattern.exec(code);
    if (!m) continue;
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    const decoded = decodeEntities(decodeJsString(value)).trim();
    if (decoded) return decoded;
  }
  return undefined;
}
