// Page bytes decode with the charset the page declares (header, BOM or <meta>), including GBK, Big5 and Shift_JIS.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode-html';

/** Bytes of `text` in a legacy encoding, built from known code points (Node's TextEncoder only writes UTF-8). */
const BYTES = {
  // "中文" in GBK, "中文" in Big5, "日本" in Shift_JIS, "©" in GB18030 (a four-byte sequence GBK pages still use).
  gbk: [0xd6, 0xd0, 0xce, 0xc4],
  big5: [0xa4, 0xa4, 0xa4, 0xe5],
  sjis: [0x93, 0xfa, 0x96, 0x7b],
  gb18030Copyright: [0x81, 0x30, 0x84, 0x38],
};

function page(meta: string, body: number[]): Uint8Array {
  const head = Buffer.from(`<html><head>${meta}</head><body><p>`, 'latin1');
  const tail = Buffer.from('</p></body></html>', 'latin1');
  return new Uint8Array(Buffer.concat([head, Buffer.from(body), tail]));
}

describe('decodeHtml', () => {
  it('reads <meta charset> and <meta http-equiv> declarations', () => {
    expect(decodeHtml(page('<meta charset="gbk">', BYTES.gbk)).text).toContain('<p>中文</p>');
    expect(decodeHtml(page('<meta http-equiv="Content-Type" content="text/html; charset=big5">', BYTES.big5)).text).toContain('<p>中文</p>');
    expect(decodeHtml(page('<meta charset="Shift_JIS">', BYTES.sjis)).text).toContain('<p>日本</p>');
  });

  it('decodes GB2312/GBK pages as GB18030, so four-byte characters survive', () => {
    const { text, charset } = decodeHtml(page('<meta charset="gb2312">', [...BYTES.gbk, ...BYTES.gb18030Copyright]));
    expect(text).toContain('<p>中文©</p>');
    expect(charset).toBe('gb18030');
  });

  it('lets the Content-Type header win over <meta>, and a BOM over both', () => {
    expect(decodeHtml(page('<meta charset="utf-8">', BYTES.big5), 'text/html; charset=Big5').text).toContain('中文');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<p>é</p>', 'utf8')]);
    expect(decodeHtml(bom, 'text/html; charset=iso-8859-1').text).toContain('<p>é</p>');
  });

  it('trusts valid UTF-8 over a stale legacy declaration, and defaults to UTF-8', () => {
    const utf8 = new Uint8Array(Buffer.from('<html><head><meta charset="gbk"></head><body><p>中文</p></body></html>', 'utf8'));
    expect(decodeHtml(utf8).text).toContain('<p>中文</p>');
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>naïve</p>', 'utf8'))).text).toBe('<p>naïve</p>');
  });

  it('ignores an unknown charset label', () => {
    expect(decodeHtml(new Uint8Array(Buffer.from('<meta charset="x-nonsense"><p>ok</p>', 'utf8'))).charset).toBe('utf-8');
  });
});
