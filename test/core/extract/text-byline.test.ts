// readTextByline: author and date stated only in the page text, never taken from comments, related links or footers.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readTextByline } from '../../../src/core/extract/text-byline';
import { dayIn } from '../../../src/eval/metadata-match';

/** Both halves of the reader at once: `published` only when a date was found. */
function findTextByline(doc: Document, opts: { title?: string; lang?: string }): { authors: string[]; published?: string } {
  const reader = readTextByline(doc, opts);
  const published = reader.published();
  return published ? { authors: reader.authors(), published } : { authors: reader.authors() };
}

const page = (body: string, title = ''): Document =>
  parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document;

const LONG_ZH = '这是正文的第一段，讲述了事情的来龙去脉，内容足够长，足以被当作正文段落来对待，而不是署名行或者日期行，因此署名区到这里就应该结束了。';
const LONG_EN =
  'This is the first paragraph of the article body, long enough to be read as prose rather than as a byline, so that the byline zone ends here.';

describe('findTextByline: Chinese bylines', () => {
  it('reads 作者： and 来源：… 时间： lines under the headline, in China time', () => {
    const doc = page(`<h1>改革启动</h1><p>作者：刘建国</p><p>来源：人民日报　时间：2005年3月5日 10:00</p><p>${LONG_ZH}</p><p>${LONG_ZH}</p>`);
    expect(findTextByline(doc, { title: '改革启动', lang: 'zh-CN' })).toEqual({
      authors: ['刘建国'],
      published: '2005-03-05T02:00:00.000Z',
    });
  });

  it('takes every reporter of "（记者 周勇 刘海）" opening the lead, and skips co-reporter roles', () => {
    const lead = page(`<h1>救援</h1><p>新华网成都5月13日电（记者 周勇 刘海）${LONG_ZH}</p>`);
    expect(findTextByline(lead, { title: '救援', lang: 'zh' }).authors).toEqual(['周勇', '刘海']);
    const roles = page(`<h1>托管班</h1><p>澎湃新闻记者 李明 实习生 王悦</p><p>${LONG_ZH}</p>`);
    expect(findTextByline(roles, { title: '托管班', lang: 'zh' }).authors).toEqual(['李明', '王悦']);
  });

  it('stops the name list at the next field and does not read "正文字体" as a 文字 label', () => {
    const doc = page(`<h1>标题文字</h1><div><span>正文</span><span>字体大小：大 中 小</span></div><p>作者：张三　来源：新华网</p><p>${LONG_ZH}</p>`);
    expect(findTextByline(doc, { title: '标题文字', lang: 'zh' }).authors).toEqual(['张三']);
  });

  it('never takes a date from comments, related links or the footer', () => {
    const doc = page(
      `<h1>一篇没有日期的文章</h1><p>${LONG_ZH}</p><p>${LONG_ZH}</p>
       <div class="related"><h3>相关新闻</h3><ul><li><a href="/a">另一篇文章</a> 2019-02-26</li></ul></div>
       <ul><li><a href="/b">相关链接的标题 2019-01-18</a></li></ul>
       <div id="comments"><p>网友甲 发表于 2019-03-06 10:00</p></div>
       <footer>发布时间：2019-03-07 Copyright 2019</footer>`,
    );
    expect(findTextByline(doc, { title: '一篇没有日期的文章', lang: 'zh' })).toEqual({ authors: [] });
  });

  it('prefers the labelled publication date to a clock shown above the headline', () => {
    const doc = page(`<div>2023年6月14日 星期三</div><h1>用电负荷创新高</h1><div><em>2023</em><em>06</em>/<em>12</em> <span>08:30:15</span> 来源：新华网</div><p>${LONG_ZH}</p>`);
    expect(dayIn(findTextByline(doc, { title: '用电负荷创新高', lang: 'zh' }).published ?? '', '+08:00')).toBe('2023-06-12');
  });

  it('names a blog owner from the "某某的博客" page title when the text names nobody', () => {
    const doc = page(`<h2>外婆的菜园</h2><span>(2007-06-18 21:45:12)</span><p>${LONG_ZH}</p>`, '外婆的菜园_闲云的博客_新浪BLOG');
    expect(findTextByline(doc, { title: '外婆的菜园' })).toEqual({ authors: ['闲云'], published: '2007-06-18T13:45:12.000Z' });
  });
});

describe('findTextByline: English bylines', () => {
  it('reads "By A and B" and a labelled date, stopping at a job title', () => {
    const doc = page(`<h1>Moon landers picked</h1><p>By Ann Lee and Bo Chen, Staff Writers</p><p>Published March 5, 2019</p><p>${LONG_EN}</p>`);
    expect(findTextByline(doc, { title: 'Moon landers picked', lang: 'en' })).toEqual({
      authors: ['Ann Lee', 'Bo Chen'],
      published: '2019-03-05T00:00:00.000Z',
    });
  });

  it('reads a time written before the date, in the zone it names', () => {
    const doc = page(`<h1>Officers charged</h1><p>Kevin Johnson and Kevin McCoy USA TODAY</p><p>Published 7:07 PM EST Nov 19, 2019</p><p>${LONG_EN}</p>`);
    expect(findTextByline(doc, { title: 'Officers charged', lang: 'en' }).published).toBe('2019-11-20T00:07:00.000Z');
  });

  it('reads a labelled date after the article, but not one inside the comments', () => {
    const doc = page(`<h1>Title here</h1><p>${LONG_EN}</p><p>${LONG_EN}</p><p>${LONG_EN}</p><section class="comments"><p>Posted on May 1, 2020</p></section><p>Published on April 2, 2020</p>`);
    expect(findTextByline(doc, { title: 'Title here', lang: 'en' }).published).toBe('2020-04-02T00:00:00.000Z');
  });
});

describe('findTextByline: Korean bylines', () => {
  const LONG_KO =
    '이 문단은 기사 본문의 첫 문단으로, 서명 줄이나 날짜 줄이 아니라 본문으로 읽힐 만큼 충분히 길게 쓰였기 때문에 서명을 찾는 구역은 여기에서 끝나야 합니다. 내용은 중요하지 않습니다.';

  it('reads "이름 기자" under the headline', () => {
    const doc = page(`<h1>금리 동결</h1><p>홍길동 기자</p><p>${LONG_KO}</p><p>${LONG_KO}</p>`);
    expect(findTextByline(doc, { title: '금리 동결', lang: 'ko' }).authors).toEqual(['홍길동']);
  });

  it('reads the column tag "[매체=이름의 칼럼]" opening the lead', () => {
    const doc = page(`<h1>진흙탕 싸움</h1><p>[엔터미디어=정덕현의 이슈공감] ${LONG_KO}</p>`);
    expect(findTextByline(doc, { title: '진흙탕 싸움', lang: 'ko' }).authors).toEqual(['정덕현']);
  });

  it('does not read prose such as "여성 기자" or a word like "기자회견" as a byline', () => {
    const prose = page(`<h1>금리 동결</h1><p>여성 기자</p><p>한국은행 기자회견</p><p>${LONG_KO}</p>`);
    expect(findTextByline(prose, { title: '금리 동결', lang: 'ko' }).authors).toEqual([]);
  });
});

describe('findTextByline on the Chinese fixture pages', () => {
  const dir = resolve(__dirname, '../../fixtures/zh');
  for (const name of readdirSync(dir)) {
    const truth = JSON.parse(readFileSync(resolve(dir, name, 'truth.json'), 'utf8')) as { title: string; author: string; published: string; timeZone?: string };
    const doc = parseHTML(readFileSync(resolve(dir, name, 'source.html'), 'utf8')).document;
    const found = findTextByline(doc, { title: truth.title });
    it(`${name}: the day as stated in the text`, () => {
      expect(dayIn(found.published ?? '', truth.timeZone)).toBe(truth.published);
    });
    // Zhihu names its author only in markup (itemprop), which the metadata step reads; the text has no byline.
    if (name.startsWith('zhihu')) continue;
    it(`${name}: the author as stated in the text`, () => {
      expect(found.authors.join(', ')).toBe(truth.author);
    });
  }
});
