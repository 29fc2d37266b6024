// preClean / postClean: each boilerplate rule removes what it names and keeps the article prose around it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { postClean, preClean } from '../../../src/core/extract/boilerplate';
import type { PageMetadata } from '../../../src/core/types';
import { elementText } from '../../../src/eval/element-text';

const PROSE =
  'The council voted on Tuesday to keep the old market hall open for another ten years, after a long debate in which traders, residents and the city architect all spoke.';

function clean(html: string, metadata: Partial<PageMetadata> = {}): string {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root') as unknown as Element;
  postClean(root, { title: '', authors: [], ...metadata });
  return elementText(root).replace(/\s+/g, ' ').trim();
}

describe('postClean', () => {
  it('removes the repeated headline, the byline and the dateline above the first paragraph', () => {
    const text = clean(
      `<h1>Market hall stays open</h1><p>By Ann Lee and Bo Chen</p><p><time datetime="2019-11-19">Nov. 19, 2019 5:52 AM EST</time></p><p>${PROSE}</p>`,
      { title: 'Market hall stays open', authors: ['Ann Lee', 'Bo Chen'] },
    );
    expect(text).toBe(PROSE);
  });

  it('keeps sentences that merely start with "By" or "Related"', () => {
    const opening = 'By the time the council voted, the hall had already closed.';
    expect(clean(`<p>${opening}</p><p>${PROSE}</p>`)).toBe(`${opening} ${PROSE}`);
    const related = 'Related to the vote, the council also agreed to repaint the roof.';
    expect(clean(`<p>${PROSE}</p><p>${related}</p>`)).toBe(`${PROSE} ${related}`);
  });

  it('removes image credits and captions, but keeps them when the article is mostly pictures', () => {
    expect(clean(`<p>${PROSE}</p><p class="photo-credit">Photo: Jane Doe/Getty Images</p><p><span class="caption">The hall in 1920 (Image: GETTY )</span></p><p>${PROSE}</p>`)).toBe(`${PROSE} ${PROSE}`);
    const essay = '<figure><img src="a.jpg"><figcaption>Traders at dawn, unloading crates of pears at the north gate of the hall.</figcaption></figure>';
    expect(clean(`${essay}${essay}<p>Short intro.</p>`)).toContain('Traders at dawn');
  });

  it('never removes a picture with its caption: a caption block wrapping its image loses only the text', () => {
    const { document } = parseHTML(`<div id="root"><p>${PROSE}</p><p class="caption"><img src="https://img.example/hall.jpg">The hall in 1920. Photo: Jane Doe</p><p>${PROSE}</p></div>`);
    const root = document.getElementById('root') as unknown as Element;
    postClean(root, { title: '', authors: [] });
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://img.example/hall.jpg');
    expect(elementText(root)).not.toContain('The hall in 1920');
  });

  it('removes a promo label with the links under it, and calls to subscribe', () => {
    const text = clean(
      `<p>${PROSE}</p><p><strong>DON'T MISS</strong></p><p><a href="/a">Other story one</a></p><p><a href="/b">Other story two</a></p><p>Sign up for our free daily newsletter.</p><p>${PROSE}</p>`,
    );
    expect(text).toBe(`${PROSE} ${PROSE}`);
  });

  it('keeps numbers and short labels inside data tables', () => {
    const text = clean(`<p>${PROSE}</p><table><tr><td>Video</td><td>28</td><td>38%</td></tr><tr><td>Print</td><td>6</td><td>8%</td></tr></table>`);
    expect(text).toContain('Video 28 38%');
    expect(text).toContain('Print 6 8%');
  });

  it('keeps a long licence notice and prose that merely mentions a newsletter', () => {
    const notice = '© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.';
    const mention =
      'The paper started a newsletter in 2010, and over the following decade it grew into the main way the town learned about council decisions, market days and the closures of old shops and halls.';
    expect(clean(`<p>${PROSE}</p><p>${mention}</p><p>${notice}</p>`)).toBe(`${PROSE} ${mention} ${notice}`);
  });

  it('removes groups of teaser cards and a closing list of links to the same site', () => {
    const card = (n: number): string => `<div class="card"><a href="https://news.example/s${n}"><img src="${n}.jpg"></a><h3><a href="https://news.example/s${n}">Story ${n}</a></h3></div>`;
    const list = '<ul><li><a href="https://news.example/x">One more</a></li><li><a href="https://news.example/y">Two more</a></li><li>Three <a href="https://news.example/z">more</a></li></ul>';
    expect(clean(`<p>${PROSE}</p><div>${card(1)}${card(2)}${card(3)}</div>${list}`, { canonicalUrl: 'https://news.example/story' })).toBe(PROSE);
  });

  it('removes the author box and a closing bio that starts with the author’s name', () => {
    expect(clean(`<p>${PROSE}</p><p>Regan is a Connecticut native who writes about food.</p>`, { authors: ['Regan'] })).toBe(PROSE);
    expect(clean(`<p>${PROSE}</p><h4>About the Author</h4><p>Zac Hall</p><p>Zac covers Apple news.</p>`, { authors: ['Zac Hall'] })).toBe(PROSE);
  });

  it('removes Chinese bylines and editor credits', () => {
    const zh = '记者从有关部门获悉，今年起我国将逐步把农村义务教育全面纳入公共财政保障范围，建立中央和地方分项目、按比例分担的农村义务教育经费保障机制。';
    expect(clean(`<p>作者：刘建国</p><p>来源：人民日报　时间：2005年3月5日 10:00</p><p>${zh}</p><p>（责任编辑：王平）</p>`)).toBe(zh);
  });
});

describe('postClean on Chinese pages', () => {
  const zh = '过去十几年里，许多城市的旧城改造走的是拆旧建新的路子，居民整体外迁，原址建起商业综合体，街道面貌焕然一新，但原本的社区关系也随之消失。';
  it('removes photo credits, the END mark, closing staff credits and share prompts', () => {
    const text = clean(
      `<p>澎湃新闻记者 李明 实习生 王悦</p><p>2022-08-19 10:34 来源：澎湃新闻</p><p>${zh}</p><p>6月10日，电力工人在高温下巡检输电线路。新华社记者 陈亮 摄</p><p>${zh}</p><p>—— END ——</p><p>作者：林晓</p><p>排版：小周</p><p>分享、点赞、在看，一键三连</p>`,
    );
    expect(text).toBe(`${zh} ${zh}`);
  });
  it('reads traditional-script labels too', () => {
    const tw = '台南老街上一家經營了四十年的書店，去年底面臨收攤，在地青年接手後把它改造成社區閱讀空間，如今每到週末都擠滿了帶著孩子來看書的家長。';
    expect(clean(`<p>聯合報 / 記者林佳慧／台南報導</p><p>${tw}</p><p>（責任編輯：王小明）</p>`)).toBe(tw);
  });

  it('keeps a sentence that merely mentions a reporter', () => {
    const line = '记者从有关部门获悉，改革方案已经确定。';
    expect(clean(`<p>${zh}</p><p>${line}</p>`)).toBe(`${zh} ${line}`);
  });
});

describe('preClean', () => {
  it('removes furniture named by class (hover cards, share bars) and never content', () => {
    const { document } = parseHTML(
      `<html><body><article><h1>T</h1><p>${PROSE} <span class="rollover-people"><a href="/p">Ilhan Omar</a><span class="rollover-block">Other headlines here</span></span></p><div class="share-bar">Share on Facebook</div><p>${PROSE}</p></article><nav>Menu</nav></body></html>`,
    );
    preClean(document);
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).not.toContain('Other headlines');
    expect(text).not.toContain('Share on Facebook');
    expect(text).not.toContain('Menu');
    expect(text.split(PROSE).length - 1).toBe(2);
  });

  it('removes widget labels beside pictures and the page’s own address, but not the same word inside a sentence', () => {
    const { document } = parseHTML(
      `<html><head><link rel="canonical" href="https://news.example/story"></head><body><article><div class="gallery"><img src="a.jpg"><span>Close</span><span>Image 1 of 23</span></div><div>https://news.example/story</div><p>${PROSE} Watch the <a href="/v">video</a> of the vote.</p><p>© 2019 Example Communications, Inc.</p><p>© Jane Doe</p></article></body></html>`,
    );
    preClean(document);
    const text = elementText(document.body);
    expect(text).not.toMatch(/Close|Image 1 of 23|news\.example|Example Communications/);
    expect(text).toContain('Watch the video of the vote.');
    expect(text).toContain('© Jane Doe');
    expect(document.querySelector('img')).not.toBeNull();
  });
});
