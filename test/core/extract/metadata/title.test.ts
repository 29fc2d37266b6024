// Titles lose the site's name, invisible characters and layout white space, and nothing else.
import { describe, expect, it } from 'vitest';
import { siteNameFromTitle, stripSiteName, tidyTitle } from '../../../../src/core/extract/metadata/title';

describe('stripSiteName', () => {
  it.each([
    ['Why China Is Going After Its Tech Giants | ChinaFile', ['ChinaFile'], 'Why China Is Going After Its Tech Giants'],
    ['Budget talks stall - The Daily Example', ['The Daily Example'], 'Budget talks stall'],
    ['The Daily Example: Budget talks stall', ['The Daily Example'], 'The Daily Example: Budget talks stall'],
    ['The Daily Example | Budget talks stall', ['The Daily Example'], 'Budget talks stall'],
    ['Budget talks stall — Politics — The Daily Example', ['The Daily Example'], 'Budget talks stall — Politics'],
    ['深海科考站建成投用_滚动新闻_华夏日报网', ['华夏日报网'], '深海科考站建成投用'],
    ['Rock-paper-scissors strategy', ['example'], 'Rock-paper-scissors strategy'],
    ['Q&A: What comes next | example', ['example'], 'Q&A: What comes next'],
  ])('%j', (title, sites, expected) => {
    expect(stripSiteName(title, sites)).toBe(expected);
  });

  it('cuts at the separator where another source’s title ends', () => {
    expect(stripSiteName('深海科考站建成投用_滚动新闻_华夏日报网', [], ['深海科考站建成投用'])).toBe('深海科考站建成投用');
  });

  it('keeps quotes, colons, hashes, dashes, emoji and RTL text', () => {
    const title = '"Yes": the #1 --- answer? [draft] 🎉 שלום';
    expect(stripSiteName(`${title} | The Gazette`, ['The Gazette'])).toBe(title);
  });
});

describe('tidyTitle and siteNameFromTitle', () => {
  it('drops BOMs and zero-width characters and collapses white space', () => {
    expect(tidyTitle('\ufeff  A\u200b title\n  over\ttwo lines ')).toBe('A title over two lines');
  });

  it('reads the site name off the end of a document title that starts with the article title', () => {
    expect(siteNameFromTitle('深海科考站建成投用_滚动新闻_华夏日报网', ['深海科考站建成投用'])).toBe('华夏日报网');
    expect(siteNameFromTitle('Something else entirely | Site', ['Headline'])).toBeUndefined();
  });
});

describe('Chinese site names in titles', () => {
  it('recognises 人民网--, _新浪BLOG and _网易新闻 as the site', () => {
    expect(stripSiteName('人民网--农村义务教育经费保障机制改革启动', [])).toBe('农村义务教育经费保障机制改革启动');
    expect(stripSiteName('外婆的菜园_闲云的博客_新浪BLOG', [], ['外婆的菜园'])).toBe('外婆的菜园');
    expect(stripSiteName('外卖骑手的一天|骑手|外卖_网易新闻', [], ['外卖骑手的一天'])).toBe('外卖骑手的一天');
  });
});
