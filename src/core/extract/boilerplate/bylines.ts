// Bylines, datelines and timestamps glued to the article body: the clip's front matter already carries them.
import type { PageMetadata } from '../../types';
import { hasDescendantTag, tagOf } from '../tree-walk';
import { hasClassWord, inDataTable, type TreeFacts } from './blocks';
import { simplifyLabels } from './zh-labels';

const META_WORDS = new Set([
  'byline', 'bylines', 'author', 'authors', 'dateline', 'timestamp', 'date', 'dates', 'published', 'pubdate', 'posted',
  'updated', 'time', 'meta', 'postmeta', 'entrymeta', 'contributor', 'contributors', 'writer',
]);
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Month and weekday names of the other languages of the Latin script, for datelines like "segunda-feira, 22 de janeiro de 2018". */
const OTHER_DATE_WORDS =
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|märz|juni|juli|oktober|dezember|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|del|do|da|um|uhr';
/** A line that is only a date and/or time, with separators and weekday names: "Nov. 20, 2019 5:52 AM EST | Updated …". */
const DATE_ONLY = new RegExp(
  `^[\\s|·•–—-]*(?:(?:published|updated|posted|first published|last updated|modified|on|at|today|yesterday|${MONTH}|${OTHER_DATE_WORDS}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|\\d{1,4}(?:st|nd|rd|th)?|[ap]\\.?m\\.?|gmt|utc|et|est|edt|cst|cdt|pst|pdt|bst|cet|cest|ist|aest|jst|de|às|um|le|el|h)[\\s,.:|/·•–—-]*)+$`,
  'i',
);
/**
 * "By Ann Lee", "Written by: Bo Chen", "Published …", "Updated …": a name after "by" starts with a capital, so a sentence
 * such as "By the time the council voted, …" is not a byline. (No `i` flag: it would make \p{Lu} match any letter.)
 */
const STARTS_LIKE_BYLINE =
  /^(?:(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eporting by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s*:?\s+(?:the\s+|The\s+)?\p{Lu}|(?:[Pp]ublished|PUBLISHED|[Uu]pdated|UPDATED|[Ff]irst published|[Ll]ast updated|[Pp]osted|POSTED)\b)/u;
const ZH_BYLINE = /^(?:[【[（(]?\s*)?(?:作者|文|记者|本报记者|来源|发布时间|发表时间|时间|日期|编辑|责任编辑|责编|校对|审核|原标题|图片来源)\s*[：:|｜丨/]/;
/** Credits that close a wire story: "(Reporting by …; Editing by …)", "Additional reporting by …", "With Post wires". */
const CLOSING_CREDIT = /^[([]?\s*(?:additional reporting|reporting|writing|editing|compiled|translated|edited) by\b|^with [\w\s.]{0,30}\bwires?\.?$|\bcontributed to this (?:report|story|article)\.?$|^(?:reach|follow|contact) (?:the )?(?:reporters?|writers?|authors?) (?:on|at|via)\b|^[([]?\s*(?:this (?:story|article|report) (?:was|has been) (?:updated|corrected))/i;
const ZH_EDITOR_TAIL = /^[【[（(]?\s*(?:责任编辑|编辑|责编|校对|审核|审校|作者|排版|美编|统筹|监制|策划|文字|图片)\s*[：:|｜丨]/;
/** A short Chinese line that states a byline field anywhere in it: "澎湃新闻记者 李明", "2022-08-19 10:34 来源：澎湃新闻". */
const ZH_BYLINE_FIELD = /(?:来源\s*[：:]|记者\s*[\u4e00-\u9fa5]{2,4}(?:[\s/／|｜,，]|$)|作者\s*[：:]|发布时间|发表时间|责任编辑\s*[：:])/;
const MAX_ZH_BYLINE_CHARS = 60;

const MAX_BYLINE_WORDS = 25;
/** Bylines sit above the first real paragraph; a body paragraph has at least this many words. */
const BODY_PARAGRAPH_WORDS = 30;

const normalize = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const TIME_TAGS = new Set(['time']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isBylineLike(block: Element, facts: TreeFacts, authors: readonly string[]): boolean {
  const text = facts.text(block);
  const words = facts.wordCount(block);
  if (!text || words > MAX_BYLINE_WORDS) return false;
  if (tagOf(block) === 'time' || (words <= 12 && hasDescendantTag(block, TIME_TAGS))) return true;
  if (DATE_ONLY.test(text) && /\d/.test(text)) return true;
  if (STARTS_LIKE_BYLINE.test(text)) return true;
  const simple = simplifyLabels(text);
  if (ZH_BYLINE.test(simple) && text.length <= 80) return true;
  if (ZH_BYLINE_FIELD.test(simple) && text.length <= MAX_ZH_BYLINE_CHARS && !/[。！？]$/.test(text)) return true;
  const lower = normalize(text);
  if (authors.some((a) => lower === a || lower.startsWith(`${a},`) || lower.startsWith(`${a} |`))) return true;
  return words <= 15 && hasClassWord(block, META_WORDS, facts.root) && !HEADING_TAGS.has(tagOf(block));
}

/**
 * Removes byline, dateline and timestamp blocks above the first body paragraph, and editor credits
 * (责任编辑：…) in the last blocks; a date-only line is removed wherever it stands.
 */
export function removeBylines(facts: TreeFacts, metadata: PageMetadata): void {
  const root = facts.root;
  // The authors in the form a block's text is compared in (empty names never match).
  const authors = metadata.authors.filter((a) => a).map(normalize);
  let bodyStarted = false;
  for (const block of facts.leafBlocks()) {
    if (!root.contains(block) || inDataTable(block)) continue;
    const text = facts.text(block);
    const words = facts.wordCount(block);
    if (text && words <= 60 && CLOSING_CREDIT.test(text)) {
      facts.removeWithEmptyParents(block);
      continue;
    }
    if (!bodyStarted && isBylineLike(block, facts, authors)) {
      facts.removeWithEmptyParents(block);
      continue;
    }
    if (words >= BODY_PARAGRAPH_WORDS) bodyStarted = true;
    else if (bodyStarted && text && words <= 12 && DATE_ONLY.test(text) && /\d/.test(text)) facts.removeWithEmptyParents(block);
  }
  for (const block of facts.leafBlocks().filter((b) => facts.text(b)).slice(-4)) {
    if (ZH_EDITOR_TAIL.test(simplifyLabels(facts.text(block))) && facts.text(block).length <= 60) facts.removeWithEmptyParents(block);
  }
}
