// Replaces lone UTF-16 surrogates with U+FFFD, because a UTF-8 file cannot hold them.

/** `String.prototype.toWellFormed` (ES2024), written out so the code runs where the lib lacks it. */
export function toWellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
