// Finds an author and publication date stated only in the page text (作者：…, 记者 …, 来源：… 时间：…, "By X", "Published March 5, 2019").
import { classAttribute } from '../class-attribute';
import { defaultOffsetForLang, guessCjkLanguage } from './metadata/language';

import { bodyOf, type PageIndex } from './metadata/page-index';
import { parseDateToUtc } from './metadata/parse-date';
import { simplifyLabels } from './boilerplate/zh-labels';
import { trimmedLength } from './tree-walk';

/** How far around the title a byline may sit: bylines are next to the headline or open the first paragraph. */
const LINES_BEFORE_TITLE = 3;
const MAX_LINES_AFTER_TITLE = 25;
/** The zone ends after this many body paragraphs: a date further down belongs to something else. */
const BODY_PARAGRAPHS_IN_ZONE = 2;
const BODY_PARAGRAPH_CHARS = 80;
/** A byline line is short; the lead paragraph is searched only at its start ("新华社北京5月13日电（记者 王晓明）"). */
const BYLINE_LINE_CHARS = 140;
const LEAD_PREFIX_CHARS = 60;

/** Containers whose dates and names belong to comments, related links, navigation or the footer. */
const NOISE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'script', 'style', 'noscript', 'template', 'select', 'button', 'textarea', 'iframe']);
/** Whole words of a class or id value (between white space, "_" and "-") that name furniture. */
const NOISE_WORDS =
  'comments?|commentlist|reply|replies|pinglun|related|relate|recommend(?:ed)?|rec|sidebar|side|footer|foot|nav|navbar|navigation|menu|breadcrumbs?|crumbs?|share|sharing|social|popular|trending|newsletter|subscribe|hotnews|rank|ranking|ads?|advert|advertisement|sponsor|promo|paging|pager|pagination';
/** Parts of a class or id value that name furniture, Chinese labels (pinglun, xiangguan, tuijian) among them. */
const NOISE_SUBSTRINGS = 'comment|related|recommend|sidebar|footer|breadcrumb|newsletter|pinglun|xiangguan|tuijian';
const NOISE_PART = new RegExp(NOISE_SUBSTRINGS, 'i');
const NOISE_WORD = new RegExp(`(?:^|[\\s_-])(?:${NOISE_WORDS})(?![^\\s_-])`, 'i');

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'tr', 'ul',
]);

interface Line {
  text: string;
  /** Text inside links: a date that is all link text is a related-article entry, not this article's date. */
  linkChars: number;
  noise: boolean;
  heading: boolean;
}

/**
 * `text` trimmed, each run of white space (\s: no-break and ideographic spaces too) made one space. Most block
 * boundaries hold only white space, and most lines are already clean: both are told apart without a rewrite.
 */
function collapseSpace(text: string): string {
  const trimmed = text.trim();
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** The text of these elements is never shown, and dates or names inside them are not the article's. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/** An element being read: what its end needs, and the next child to read. */
interface OpenElement {
  block: boolean;
  noise: boolean;
  inLink: boolean;
  next: ChildNode | null;
}

/**
 * The page text as lines (one per block), each marked when it sits in page furniture, read only as far as asked: the
 * byline sits near the headline, so most pages are never read to the end. One walk, paused between lines.
 */
class PageLines {
  private readonly lines: Line[] = [];
  private readonly open: OpenElement[] = [];
  /** Pages repeat their class names: each is judged once. */
  private readonly noiseClasses = new Map<string, boolean>();
  private text = '';
  private linkChars = 0;
  private heading = false;
  private noiseDepth = 0;
  private done = false;

  constructor(body: Element | undefined) {
    if (body) this.enter(body, body.localName, false);
    else this.done = true;
  }

  /** Line `i`, reading on until it exists; undefined past the last line. */
  at(i: number): Line | undefined {
    while (this.lines.length <= i && !this.done) this.step();
    return this.lines[i];
  }

  /** Index of the first line that passes `test`, or -1. */
  findIndex(test: (line: Line) => boolean): number {
    for (let i = 0, line = this.at(i); line; line = this.at(++i)) if (test(line)) return i;
    return -1;
  }

  private flush(): void {
    const clean = collapseSpace(this.text);
    if (clean) this.lines.push({ text: clean, linkChars: this.linkChars, noise: this.noiseDepth > 0, heading: this.heading });
    this.text = '';
    this.linkChars = 0;
    this.heading = false;
  }

  private enter(el: Element, tag: string, inLink: boolean): void {
    const noise = isNoise(el, tag, this.noiseClasses);
    const block = BLOCK_TAGS.has(tag);
    if (block) this.flush();
    // Inline elements are separate fields on screen ("<em>2023</em><span>06/12</span>"): keep them apart.
    else this.text += ' ';
    if (noise) this.noiseDepth++;
    if (tag === 'h1' || tag === 'h2' || tag === 'h3') this.heading = true;
    this.open.push({ block, noise, inLink: inLink || tag === 'a', next: el.firstChild });
  }

  /** Reads one node: a text node, the start of an element, or the end of the innermost open one. */
  private step(): void {
    const top = this.open[this.open.length - 1];
    if (!top) {
      this.flush();
      this.done = true;
      return;
    }
    const node = top.next;
    if (!node) {
      this.open.pop();
      if (top.block || top.noise) this.flush();
      else this.text += ' ';
      if (top.noise) this.noiseDepth--;
      return;
    }
    top.next = node.nextSibling;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      this.text += value;
      if (top.inLink) this.linkChars += trimmedLength(value);
    } else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (!SKIPPED_TAGS.has(tag)) this.enter(node as Element, tag, top.inLink);
    }
  }
}

/** True when `el` is page furniture by tag, role, class or id; `classes` remembers the verdict on each class value. */
function isNoise(el: Element, tag: string, classes: Map<string, boolean>): boolean {
  if (NOISE_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'contentinfo' || role === 'complementary') return true;
  const cls = classAttribute(el);
  if (cls) {
    let noise = classes.get(cls);
    if (noise === undefined) classes.set(cls, (noise = isNoiseName(cls)));
    if (noise) return true;
  }
  const id = el.getAttribute('id');
  return id !== null && isNoiseName(id);
}

/** True when a class or id value names furniture, as a part of a word or as one whole word ("nav", "side-bar"). */
function isNoiseName(names: string): boolean {
  return NOISE_PART.test(names) || NOISE_WORD.test(names);
}

const normalize = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Characters NFKC leaves alone, alone or side by side (printable ASCII, Latin-1 letters, curly quotes, en and em
 * dashes): a line of only these normalises to itself lower-cased, so its length alone can rule it out.
 */
const NFKC_STABLE = /^[\x20-\x7e\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/** Index of the line holding the headline: the title text itself, else the first heading; -1 when neither is found. */
function findTitleLine(lines: PageLines, title: string | undefined): number {
  const want = title ? normalize(title) : '';
  if (want.length >= 4) {
    // Lines are already trimmed with single spaces: one of stable characters normalises to the same length.
    const exact = lines.findIndex(
      (l) => !l.noise && !(l.text.length !== want.length && NFKC_STABLE.test(l.text)) && normalize(l.text) === want,
    );
    if (exact >= 0) return exact;
    const within = lines.findIndex((l) => !l.noise && l.text.length < want.length * 2 + 20 && normalize(l.text).includes(want));
    if (within >= 0) return within;
  }
  return lines.findIndex((l) => !l.noise && l.heading);
}

interface ZoneLine {
  line: Line;
  beforeTitle: boolean;
}

/** The lines where a byline can be: a few before the headline, then down to the first body paragraphs. */
function bylineZone(lines: PageLines, title: string | undefined): { zone: ZoneLine[]; end: number } {
  const at = findTitleLine(lines, title);
  const start = at >= 0 ? Math.max(0, at - LINES_BEFORE_TITLE) : 0;
  const zone: ZoneLine[] = [];
  let paragraphs = 0;
  let i = start;
  for (let line = lines.at(i); line && i <= Math.max(at, 0) + MAX_LINES_AFTER_TITLE; line = lines.at(++i)) {
    if (line.noise) continue;
    zone.push({ line, beforeTitle: i < at });
    if (i > at && line.text.length >= BODY_PARAGRAPH_CHARS && ++paragraphs >= BODY_PARAGRAPHS_IN_ZONE) break;
  }
  return { zone, end: i };
}

// --- Authors -------------------------------------------------------------------------------------------------

const ZH_NAME = '[\\u4e00-\\u9fa5]{2,4}(?:[·•][\\u4e00-\\u9fa5]{1,6})?';
const ZH_SEP = '(?:[\\s、，,/／]+|\\s*[和与與及]\\s*)';
/** A label, then one or more names. "文" alone must be followed by a separator mark, or "文章" would count. */
// The label must start a field (line start, space, bracket, mark): "正文字体" holds 文字 but labels nothing.
const ZH_AUTHOR_LABELED = new RegExp(
  `(?<![\\u4e00-\\u9fa5])(?:作者|撰文|撰稿|文图|图文|口述|主笔|特约撰稿人?|文\\s*(?=[：:|｜丨/／]))\\s*[：:|｜丨/／]?\\s*(${ZH_NAME}(?:${ZH_SEP}${ZH_NAME})*)`,
);
const ZH_REPORTER = new RegExp(`(?:记者|特派记者|特约记者|实习记者|见习记者)\\s*[：:]?\\s*(${ZH_NAME}(?:${ZH_SEP}${ZH_NAME})*)`);
/** WeChat's header: "原创 张三 公众号名". */
const ZH_ORIGINAL = new RegExp(`^原创[：:]?\\s+(${ZH_NAME})(?:\\s|$)`);
/** Words that start the next field of a byline line, not a name: the name list ends there. */
/** Co-reporters' roles inside one byline ("记者 李明 实习生 王悦"): skipped, and the names after them kept. */
const ZH_CO_ROLE = /^(?:实习生|通讯员|见习记者|实习记者|特约记者)$/;
const ZH_FIELD_WORD =
  /^(?:来源|来自|出处|发布|发表|时间|日期|编辑|责编|责任|校对|审核|字号|浏览|阅读|点击|分享|评论|收藏|打印|关闭|报道|摄影|记者|本报|新华社|中新社|更新|原标题|图片|视频|转载)/;
/** Endings glued to a name in running text: "记者王晓明报道", "记者李华摄". */
const ZH_NAME_TAIL = /(?:报道|报导|摄影|摄|讯|电|文|发自.*)$/;

/** Places that close a byline ("／台南报导", "北京电"): a later segment ending so is a dateline, not a name. */
const ZH_PLACE_TAIL = /(?:报道|报导|电|讯)$/;

/** Names in a byline list, in the page's own script (labels are matched on their simplified form). */
function zhNames(list: string): string[] {
  const names: string[] = [];
  const segments = list.split(new RegExp(ZH_SEP));
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i];
    const simple = simplifyLabels(raw);
    if (!raw || ZH_CO_ROLE.test(simple)) continue;
    if (ZH_FIELD_WORD.test(simple) || (i > 0 && ZH_PLACE_TAIL.test(simple))) break;
    // "张三来源" (fields glued without a space): keep the part before the next field word.
    const glued = /^(.{2,4}?)(?:来源|发布|时间|编辑|责任|日期)/.exec(simple);
    const kept = glued ? glued[1].length : raw.length;
    const tail = ZH_NAME_TAIL.exec(simple.slice(0, kept));
    const name = raw.slice(0, tail ? tail.index : kept);
    if (name.length >= 2) names.push(name);
  }
  return names;
}

const EN_NAME = "[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al)){0,4}";
const EN_BY = new RegExp(
  `^(?:by|written by|words by|story by|text by)\\s*:?\\s+(${EN_NAME}(?:\\s*(?:,|\\band\\b|&)\\s*${EN_NAME})*)`,
  'iu',
);
/** Job titles and outlets that follow a name in an English byline ("By Ann Lee, Staff Writer"). */
const EN_NOT_NAME = /^(?:staff|senior|special|contributing|associated|the|reuters|ap|afp|bloomberg|updated|published|posted|correspondent|reporter|editor|writer|news|and)\b/i;

function enNames(list: string): string[] {
  const names: string[] = [];
  for (const raw of list.split(/\s*(?:,|\band\b|&)\s*/)) {
    const name = raw.trim();
    if (!name) continue;
    if (EN_NOT_NAME.test(name)) break;
    // A name has two to five words; "Staff" or one word is a role or a handle.
    if (name.split(/\s+/).length < 2) continue;
    names.push(name);
  }
  return names;
}

/**
 * Korean bylines: "홍길동 기자" (name, then a role word) and the column tag "[엔터미디어=정덕현의 이슈공감]" (outlet = name's
 * column). Hangul names are two to four syllables; the role word must stand alone so "기자회견" (press conference) is no byline.
 */
const KO_ROLE = '(?:기자|객원기자|선임기자|수석기자|특파원|칼럼니스트|논설위원|편집위원)';
const KO_BYLINE = new RegExp(
  `\\[[^\\]=]{1,20}=\\s*([가-힣]{2,4})(?:의|\\s*${KO_ROLE}(?![가-힣]))|(?<![가-힣])([가-힣]{2,4})\\s+${KO_ROLE}(?![가-힣])`,
  'u',
);
/** Words that stand before 기자 in prose rather than a name ("여성 기자", "취재 기자", "외신 기자"). */
const KO_NOT_NAME = /^(?:사진|영상|취재|담당|현직|전직|해당|외신|여성|남성|많은|다른|모든|일부|국내|해외|방송|신문|기자)$/;

function authorsIn(line: string, lead: boolean): string[] {
  const text = lead ? line.slice(0, LEAD_PREFIX_CHARS) : line;
  // Labels are matched on simplified characters (記者 → 记者); names are cut from the original text at the same place.
  const simple = simplifyLabels(text);
  const zh = ZH_AUTHOR_LABELED.exec(simple) ?? ZH_REPORTER.exec(simple) ?? (lead ? null : ZH_ORIGINAL.exec(simple));
  if (zh) {
    const start = (zh.index ?? 0) + zh[0].lastIndexOf(zh[1]);
    return zhNames(text.slice(start, start + zh[1].length));
  }
  const ko = KO_BYLINE.exec(text);
  if (ko && !KO_NOT_NAME.test(ko[1] ?? ko[2])) return [ko[1] ?? ko[2]];
  if (!lead) {
    const en = EN_BY.exec(text);
    if (en) return enNames(en[1]);
  }
  return [];
}

// --- Dates ---------------------------------------------------------------------------------------------------

const DATE_SHAPE =
  /(\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T\s]+\d{1,2}:\d{2}(?::\d{2})?)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:,?\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?)?|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})/gi;
const PUBLISHED_LABEL = /(?:发布|发表|刊发|出版|首发|时间|日期|published|posted|first published|date)\s*(?:时间|日期|于|on)?\s*[：:]?\s*$/i;
const UPDATED_LABEL = /(?:更新|修改|编辑于|updated|modified|last\s+updated|edited)\s*(?:时间|日期|于|on|at)?\s*[：:]?\s*$/i;

interface DateHit {
  iso: string;
  /** Lower is better: a labelled publication date, then a bare date, then an update date; before the headline is worse. */
  rank: number;
}

/** Reorders what the date parser cannot read as written: "2023 06/12 08:30" (a portal's split spans) → "2023-06-12 08:30". */
function tidyDate(raw: string): string {
  // "7:07 PM EST Nov 19, 2019" → "Nov 19, 2019 7:07 PM EST": the parser reads the time after the date.
  const timeFirst = /^(\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?)\s+(.+)$/i.exec(raw);
  if (timeFirst) return `${timeFirst[2]} ${timeFirst[1]}`;
  const split = /^(\d{4})\s+(\d{1,2})\s*\/\s*(\d{1,2})(.*)$/.exec(raw);
  return split ? `${split[1]}-${split[2]}-${split[3]}${split[4]}` : raw;
}

/** The dates of `line`, ranked; with `labelledOnly`, only those labelled as the publication date (rank 0 or 1). */
function datesIn(line: Line, offsetMinutes: number, beforeTitle: boolean, labelledOnly = false): DateHit[] {
  // A date that is mostly link text is a related-article entry; every date shape holds a digit.
  if (line.linkChars > line.text.length / 2 || !/\d/.test(line.text)) return [];
  const hits: DateHit[] = [];
  for (const m of line.text.matchAll(DATE_SHAPE)) {
    const before = simplifyLabels(line.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0));
    const label = PUBLISHED_LABEL.test(before) ? 0 : UPDATED_LABEL.test(before) ? 4 : 2;
    if (labelledOnly && label !== 0) continue;
    const iso = parseDateToUtc(tidyDate(m[1]), { defaultOffsetMinutes: offsetMinutes, cstIsChina: offsetMinutes === 480 });
    if (!iso) continue;
    hits.push({ iso, rank: label + (beforeTitle ? 1 : 0) });
  }
  return hits;
}

/** A blog's owner, from the Chinese blog-title convention "标题_某某的博客_新浪BLOG". */
function blogOwner(documentTitle: string): string | undefined {
  const m = /(?:^|[_\-|｜—\s])([^_\-|｜—\s]{1,12})的(?:博客|BLOG|blog|个人空间|专栏)(?:$|[_\-|｜—\s])/.exec(documentTitle);
  return m ? m[1] : undefined;
}

/** The page text's byline, each half read on first use: the date may need the page read to its end, the author never. */
export interface TextBylineReader {
  authors(): string[];
  /** Publication time as UTC ISO, or undefined; a time without a zone is read in the page language's usual zone (zh: UTC+8). */
  published(): string | undefined;
}

/**
 * Reads author names and the publication date from byline-like lines near the headline. Lines inside comments,
 * related-link lists, navigation, sidebars and footers are never read; near the headline any date counts, further
 * down only one labelled as the publication date ("发布于 …", "Published …"), so a comment's or a related
 * link's date cannot be taken. Pass `page` (the page's body and titles) when the document is already indexed; the
 * document is only read, and only as far as the half asked for needs.
 */
export function readTextByline(
  doc: Document,
  opts: { title?: string; lang?: string },
  page: Pick<PageIndex, 'body' | 'titles'> = { body: bodyOf(doc), titles: Array.from(doc.getElementsByTagName('title')) },
): TextBylineReader {
  const lines = new PageLines(page.body);
  let zoneRead: ReturnType<typeof bylineZone> | undefined;
  const byline = (): ReturnType<typeof bylineZone> => (zoneRead ??= bylineZone(lines, opts.title));
  let authors: string[] | undefined;
  let published: { iso?: string } | undefined;
  return {
    authors: () => (authors ??= zoneAuthors(byline().zone, page)),
    published: () => (published ??= { iso: publishedDate(lines, byline(), opts) }).iso,
  };
}

/** The first names a byline line of the zone states, else the blog owner the document's title names. */
function zoneAuthors(zone: ZoneLine[], page: Pick<PageIndex, 'titles'>): string[] {
  for (const { line } of zone) {
    if (line.heading) continue;
    const names = authorsIn(line.text, line.text.length > BYLINE_LINE_CHARS);
    if (names.length) return names;
  }
  // The document's title as `document.title` reads it (the first <title>), without that getter: some DOMs create a
  // missing <head> in it, and the page must not change.
  const owner = blogOwner(page.titles[0]?.textContent ?? '');
  return owner ? [owner] : [];
}

/** The best-ranked date of the zone's short lines, else the first labelled publication date below the zone. */
function publishedDate(lines: PageLines, { zone, end }: ReturnType<typeof bylineZone>, opts: { title?: string; lang?: string }): string | undefined {
  const sample = (): string => {
    const texts: string[] = [];
    for (let i = 0, line = lines.at(0); line && i < 200; line = lines.at(++i)) texts.push(line.text);
    return `${opts.title ?? ''} ${texts.join(' ').slice(0, 3000)}`;
  };
  const offsetMinutes = defaultOffsetForLang(opts.lang ?? guessCjkLanguage(sample()));
  let best: DateHit | undefined;
  for (const { line, beforeTitle } of zone) {
    if (line.text.length > BYLINE_LINE_CHARS) continue;
    for (const hit of datesIn(line, offsetMinutes, beforeTitle)) if (!best || hit.rank < best.rank) best = hit;
  }
  if (!best || best.rank > 0) {
    // Some layouts (Zhihu, many blogs) state "发布于 2018-11-02" after the article: a labelled date, outside furniture.
    for (let i = end + 1, line = lines.at(i); line; line = lines.at(++i)) {
      if (line.noise || line.text.length > BYLINE_LINE_CHARS) continue;
      const labelled = datesIn(line, offsetMinutes, false, true)[0];
      if (labelled) {
        if (!best) best = labelled;
        break;
      }
    }
  }
  return best?.iso;
}
