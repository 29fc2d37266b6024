// Decodes page bytes to text: charset from the Content-Type header, a BOM, or <meta charset> (GBK, GB2312, Big5, Shift_JIS…).

/** Bytes of the document scanned for a <meta> charset declaration, as browsers do (the HTML spec says 1024; some pages are later). */
const SNIFF_BYTES = 4096;

function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1];
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function charsetFromMeta(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one character, so ASCII markup reads correctly whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    // The Encoding Standard's GBK decoder is GB18030's (four-byte sequences included); Node's ICU GBK is not, so
    // GB2312/GBK pages with characters such as © would come out garbled.
    return decoder.encoding === 'gbk' ? new TextDecoder('gb18030') : decoder;
  } catch {
    // An unknown label (a typo on the page) falls through to the next source.
    return undefined;
  }
}

/** The page text: BOM first (it wins, as in browsers), then the header's charset, then <meta>, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType?: string): { text: string; charset: string } {
  for (const label of [charsetFromBom(bytes), charsetFromContentType(contentType), charsetFromMeta(bytes)]) {
    const decoder = decoderFor(label);
    // A page saved as UTF-8 often still says charset=gbk in its <meta>; trust valid UTF-8 over a stale declaration.
    if (decoder && decoder.encoding !== 'utf-8' && label === charsetFromMeta(bytes) && isValidUtf8(bytes) && hasNonAscii(bytes)) {
      return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
    }
    if (decoder) return { text: decoder.decode(bytes), charset: decoder.encoding };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
