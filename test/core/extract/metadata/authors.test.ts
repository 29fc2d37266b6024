// Author statements become clean names: prefixes stripped, lists split, junk (URLs, dates, site, sections) dropped.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../../src/core/extract/metadata/authors';

const ctx = { siteNames: ['The Daily Example', 'dailyexample'], sections: ['World', 'Politics', 'Opinion'] };

describe('cleanAuthors', () => {
  it.each([
    ['Charles Mok', ['Charles Mok']],
    ['By Charles Mok', ['Charles Mok']],
    ['BY JANE DOE', ['JANE DOE']],
    ['Written by Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Ann Lee, Bo Chen & Cy Diaz', ['Ann Lee', 'Bo Chen', 'Cy Diaz']],
    ['Ann Lee, Bo Chen, and Cy Diaz', ['Ann Lee', 'Bo Chen', 'Cy Diaz']],
    ['Ludwig van Beethoven', ['Ludwig van Beethoven']],
    ["Jane O'Neil", ["Jane O'Neil"]],
    ['作者：王晓明', ['王晓明']],
    ['记者 张三 李四', ['张三 李四']],
    ['张三、李四', ['张三', '李四']],
    ['文｜林小满', ['林小满']],
    ['Jane Doe | Staff Writer', ['Jane Doe']],
    ['Jane Doe, Jane Doe', ['Jane Doe']],
  ])('%j → %j', (raw, names) => {
    expect(cleanAuthors(raw, ctx)).toEqual(names);
  });

  it.each([
    'https://www.facebook.com/dailyexample',
    'www.example.com/authors/jane',
    'jane@example.com',
    '2021-07-10',
    'July 10, 2021',
    'The Daily Example',
    'World, Politics',
    'admin',
    'read more',
    'By',
    'Jane Doe is a reporter who has covered city hall, schools and the courts for more than a decade.',
  ])('rejects %j', (raw) => {
    expect(cleanAuthors(raw, ctx)).toEqual([]);
  });
});

describe('cleanAuthors with dates in the byline', () => {
  it('drops the date and keeps the names', () => {
    expect(cleanAuthors('By Priya Raman · Apr 18, 2023', ctx)).toEqual(['Priya Raman']);
    expect(cleanAuthors("By Jane O'Neil and Ahmed Ali · February 30, 2020", ctx)).toEqual(["Jane O'Neil", 'Ahmed Ali']);
    expect(cleanAuthors('作者：王晓明 2019-03-05 10:30', ctx)).toEqual(['王晓明']);
  });
});

describe('cleanAuthors on bylines seen on real pages', () => {
  it.each([
    ['TOM KRISHER, AP Auto Writer', ['TOM KRISHER']],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza']],
    ['Mike Wuerthele and Malcolm Owen | Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', ['Mike Wuerthele', 'Malcolm Owen']],
    ['Bruce Y. Lee', ['Bruce Y. Lee']],
    ['Ilana Muhlstein, MS, RDN', ['Ilana Muhlstein']],
    ['Rachael Link, RD on November 14, 2019', ['Rachael Link']],
    ['Текст: Лида Буслаева', ['Лида Буслаева']],
    ['张和平', ['张和平']],
    ['Jeff Foust Monday, November 18, 2019', ['Jeff Foust']],
  ])('%j → %j', (raw, names) => {
    expect(cleanAuthors(raw, ctx)).toEqual(names);
  });
});

describe('cleanAuthors with a wire service dateline', () => {
  it('drops the agency and the place', () => {
    expect(cleanAuthors('PTI, Washington, Nov 20 2019, 10:18am ist updated: Nov 20 2019, 13:42pm ist', ctx)).toEqual([]);
    expect(cleanAuthors('By Ann Lee, Associated Press', ctx)).toEqual(['Ann Lee']);
  });
});

describe('cleanAuthors with contact details', () => {
  it('drops e-mail addresses and handles beside the name', () => {
    expect(cleanAuthors('Patrick Shanley patrick.shanley@THR.com @pshanley88', ctx)).toEqual(['Patrick Shanley']);
  });
});

describe('cleanAuthors and Chinese site names', () => {
  it('rejects the site’s short name', () => {
    expect(cleanAuthors('网易', { siteNames: ['网易新闻'], sections: [] })).toEqual([]);
    expect(cleanAuthors('赵四', { siteNames: ['网易新闻'], sections: [] })).toEqual(['赵四']);
  });
});

describe('cleanAuthors and the site’s own account', () => {
  const site = { siteNames: ['Northwind Games Studio', 'northwindgames'], sections: [] };

  it('rejects a one-word name that is a word of the site name or the start of its host key', () => {
    expect(cleanAuthors('Posted by Northwind', site)).toEqual([]);
    expect(cleanAuthors('Studio', site)).toEqual([]);
    // Only the host key names the site: its start is the account, a short start is not.
    const hostOnly = { siteNames: ['northwindgames'], sections: [] };
    expect(cleanAuthors('Northwind', hostOnly)).toEqual([]);
    expect(cleanAuthors('Nor', hostOnly)).toEqual(['Nor']);
  });

  it('keeps full names that share a word with the site, and short one-word prefixes', () => {
    expect(cleanAuthors('Ann Northwind', site)).toEqual(['Ann Northwind']);
    expect(cleanAuthors('Nor', site)).toEqual(['Nor']);
    expect(cleanAuthors('Josh', site)).toEqual(['Josh']);
  });
});
