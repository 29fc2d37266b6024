// CJK text: source line breaks between CJK characters vanish, no space is invented, emphasis survives CJK punctuation.
import { describe, expect, it } from 'vitest';
import { DOM_NAMES, md } from './support/doms';
import { isCjkWide } from '../../../src/core/markdown/cjk';

describe('isCjkWide', () => {
  it('covers Han, kana, full-width punctuation and astral ideographs, not Hangul or Latin', () => {
    for (const ch of ['中', '。', '「', 'ア', 'あ', '，', '𠀋']) expect(isCjkWide(ch)).toBe(true);
    for (const ch of ['한', 'a', '1', ' ', '.', undefined]) expect(isCjkWide(ch)).toBe(false);
  });
});

describe.each(DOM_NAMES)('CJK text under %s', (dom) => {
  it('joins lines of a Chinese paragraph without a space', () => {
    expect(md(dom, '<p>这是第一行\n    这是第二行，\n继续。</p>')).toBe('这是第一行这是第二行，继续。');
  });

  it('joins across inline elements and white-space-only nodes', () => {
    expect(md(dom, '<p><span>中文</span>\n<span>文本</span>\n<a href="https://a.example/">链接</a>\n结束</p>')).toBe(
      '中文文本[链接](https://a.example/)结束',
    );
    expect(md(dom, '<p>前文\n<b>加粗</b>\n后文</p>')).toBe('前文**加粗**后文');
  });

  it('keeps a space the author typed, and the space a line break makes next to Latin text or Hangul', () => {
    expect(md(dom, '<p>记者 张三 报道</p>')).toBe('记者 张三 报道');
    expect(md(dom, '<p>使用\nGitHub\n托管</p>')).toBe('使用 GitHub 托管');
    expect(md(dom, '<p>한국어\n문장</p>')).toBe('한국어 문장');
  });

  it('leaves line breaks inside code alone', () => {
    expect(md(dom, '<pre><code>中文\n中文</code></pre>')).toBe('```\n中文\n中文\n```');
  });

  it('writes emphasis next to CJK punctuation as HTML, where stars would show literally', () => {
    expect(md(dom, '<p>这是<strong>「重点」</strong>内容</p>')).toBe('这是<strong>「重点」</strong>内容');
    expect(md(dom, '<p>这是<strong>重点</strong>内容</p>')).toBe('这是**重点**内容');
    expect(md(dom, '<p>他说<em>“好”</em>。</p>')).toBe('他说<em>“好”</em>。');
  });

  it('uses star emphasis, which works inside words (underscores would not)', () => {
    expect(md(dom, '<p>日本語の<em>強調</em>です</p>')).toBe('日本語の*強調*です');
  });
});
