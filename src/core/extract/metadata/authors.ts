// Turns one raw author statement into clean names: strips "By"/"作者：" prefixes, splits lists, drops junk (URLs, dates, site or section names).
import { normalizeSpace } from './candidates';
import { parseDateToUtc } from './parse-date';

export interface AuthorContext {
  /** Names of the site (og:site_name, publisher, host words): an author equal to one of them is the site, not a person. */
  siteNames: string[];
  /** Section, category and keyword names of the page: a "list of authors" made of these is a list of sections. */
  sections: string[];
}

/** The longest plausible single name, in characters; longer strings are bios or sentences. */
const MAX_NAME_LENGTH = 60;
const MAX_LATIN_WORDS = 5;
const MAX_AUTHORS = 12;

const PREFIX =
  /^(?:\p{L}+\s+){0,2}?by[:\s]+|^(?:author|authors|autor|auteur|writer|作者|撰文|撰稿|文|记者|本报记者|特约记者|通讯员|编辑|责任编辑|责编|来源)\s*[：:|丨｜︱／/]\s*|^(?:文|记者|作者)\s+(?=\S)|^\p{L}{2,12}\s*[:：]\s*(?=\S)/iu;
const DATE_FRAGMENT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2})?)?/gi;
/** Time-of-day and weekday words that bylines carry next to the date ("Monday, … 04:05 pm PT (07:05 pm ET)"). */
const TIME_FRAGMENT =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?|\(?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?\s*\)?|\b(?:updated|published|posted|last modified)\b:?/gi;
/** Time-zone abbreviations left over from a dateline ("… 04:05 pm PT"). */
const ZONE_WORD = /\b(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|KST|HKT|SGT|AE[SD]T)\b/g;
// Conjunctions must stand between spaces and in their usual case: "Bruce Y. Lee" is one person. CJK 和/与 are not
// split on either: they occur inside names (张和平).
const SPLIT = /\s*(?:,|·|•|，|、|;|；|&|\|)\s*|\s+(?:and|AND|And|und|et|y|e)\s+/;
/** Role and credential words after a name ("AP Auto Writer", "CNN Editor-at-large", "MS", "RDN"): not names. */
const ROLE =
  /\b(?:writer|editor(?:-at-large)?|correspondent|reporter|columnist|contributor|contributing|producer|photographer|staff writer|bureau chief|analyst|intern)s?\b/i;
const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|R\.?N\.?|Jr\.?|Sr\.?|Esq\.?|I{2,3}|IV)$/;
const JUNK_WORDS =
  /^(?:admin|administrator|staff|editor|editors|unknown|anonymous|guest|null|undefined|none|n\/a|by|author|authors|and|the|news|home|share|follow|more|email|print|comments?)$/i;
const COLLECTIVE = /\b(?:staff|bureau|desk|editorial|newsroom|team|multiple sources|wire services?|agencies|web desk)\b/i;
const ORGANISATION =
  /\b(?:agency|associated press|press trust|agence|association|institute|university|organi[sz]ation|society|foundation|council|ministry|department|inc|ltd|llc|corp|corporation|company|news service|newswire)\b/i;
const WIRE_SERVICE = /^(?:ap|afp|pti|ians|ani|upi|dpa|efe|ansa|reuters|xinhua|kyodo|yonhap|tass|bernama|aap)$/i;
const CJK_ORGANISATION = /^\p{Script=Han}{1,8}(?:社|网|網|报|報|台|局|部|委|院|中心|集团|公司|杂志)$/u;
const LOWER_PARTICLES = /^(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|binti|al|el|ibn|y|e|dos|das|ter|ten|st\.?)$/i;

function looksLikeUrlOrEmail(s: string): boolean {
  return /^(?:https?:|ftp:|www\.|mailto:)|:\/\/|^[\w.-]+\.(?:com|org|net|cn|io|co|uk|de|info|gov|edu)(?:\/|$)|^[\w.+-]+@[\w-]+\.[\w.]+$|\/\S/i.test(s);
}

const MONTH_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function looksLikeDate(s: string): boolean {
  return /^\d{1,4}[\s\-/.年月:]/.test(s) || /\d{4}/.test(s) || MONTH_DAY.test(s) || parseDateToUtc(s) !== undefined;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when the one-word name key `k` is a word of `site`, or the start (four or more characters) of its key. */
function isSiteWord(k: string, site: string): boolean {
  if (site.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(k)) return true;
  return k.length >= 4 && key(site).startsWith(k);
}

/** True when one candidate name is not a person's or an organisation's name worth keeping. */
export function isJunkName(name: string, ctx: AuthorContext): boolean {
  if (!name || name.length > MAX_NAME_LENGTH) return true;
  if (!/\p{L}/u.test(name)) return true;
  if (looksLikeUrlOrEmail(name) || looksLikeDate(name)) return true;
  if (JUNK_WORDS.test(name)) return true;
  // Collective bylines name a desk, not a person ("News Nation Bureau", "Editorial Staff", "Multiple Sources").
  if (COLLECTIVE.test(name)) return true;
  // Organisations and wire services are sources, not authors ("Associated Press", "European Space Agency", "新华社").
  if (ORGANISATION.test(name) || WIRE_SERVICE.test(name) || CJK_ORGANISATION.test(name)) return true;
  if (name.replace(/[^\p{L}]/gu, '').length <= 2 && /^[\x00-\x7f]+$/.test(name)) return true;
  const k = key(name);
  // The site itself, or one of its desks ("News Nation Fact Check" on newsnation.in).
  if (ctx.siteNames.some((site) => key(site) === k || (key(site).length >= 5 && k.startsWith(key(site))))) return true;
  // A one-word name that is a word of the site's name, or the start of its name or host key ("Posted by Vortex" on
  // vortexcannon.org, "Vortex Cannon Entertainment"), is the site's own account, not a person.
  if (!/\s/.test(name) && k.length >= 2 && ctx.siteNames.some((site) => isSiteWord(k, site))) return true;
  // …or the site's short name ("网易" on 网易新闻).
  if (k.length >= 2 && /^\p{Script=Han}+$/u.test(k) && ctx.siteNames.some((site) => key(site).startsWith(k))) return true;
  // Lower-case function words do not occur in names ("RD on November" is the rest of a dateline).
  if (/\s(?:on|at|in|for|the|of|to|with|from|is|was|and)\s/.test(` ${name} `)) return true;
  if (/[.!?。！？]$/.test(name) && name.split(' ').length > 3) return true;
  const latinWords = name.split(' ').filter((w) => /[A-Za-z]/.test(w));
  if (latinWords.length > MAX_LATIN_WORDS) return true;
  // A Latin name has at least one capitalised word (lower-case particles such as "van" aside); "read more" is not a name.
  if (latinWords.length && !/[\p{Lu}]/u.test(name) && !/[^\x00-\x7f]/.test(name)) {
    if (latinWords.every((w) => !LOWER_PARTICLES.test(w))) return true;
  }
  return false;
}

/**
 * Clean author names from one raw statement, in order, de-duplicated; [] when it holds no real name.
 * A statement whose every part is a section/keyword name of the page (e.g. "World, Politics") is rejected whole.
 */
export function cleanAuthors(raw: string, ctx: AuthorContext): string[] {
  let text = normalizeSpace(raw.replace(/[\u200b-\u200f\u2060\ufeff]/g, ''));
  for (let i = 0; i < 3; i++) text = text.replace(PREFIX, '').trim();
  // "Charles Mok is a …" style bios and trailing roles after a dash are not part of the name.
  text = text.replace(/\s+[|–—]\s+.*$/, '').trim();
  // Dates inside a byline ("By Ann Lee · July 10, 2021") go first, so "July 10, 2021" is not split into two junk names.
  text = text
    .replace(DATE_FRAGMENT, ' ')
    .replace(TIME_FRAGMENT, ' ')
    .replace(ZONE_WORD, ' ')
    // Contact details next to the name: e-mail addresses and social handles.
    .replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, ' ')
    .replace(/(^|\s)@\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = text
    .split(SPLIT)
    .map((p) => p.replace(/^(?:and|AND|And|und|et|y|e)\s+/, '').replace(/\s+(?:on|at)$/, '').replace(PREFIX, '').replace(/^[\s"'“”‘’()（）[\]【】<>《》]+|[\s"'“”‘’()（）[\]【】<>《》:：,，]+$/g, '').trim())
    .filter(Boolean);
  if (!parts.length || parts.length > MAX_AUTHORS) return [];
  // Section names matter only between several parts: a lone name is never checked against them.
  let sectionKeys: Set<string> | undefined;
  const isSection = (part: string): boolean =>
    (sectionKeys ??= new Set(ctx.sections.flatMap((s) => s.split(/[,;|]/)).map(key).filter(Boolean))).has(key(part));
  if (parts.length > 1 && parts.every(isSection)) return [];
  // "PTI, Washington": next to a wire service, one-word parts are the dateline's place, not people.
  const hasSource = parts.some((p) => WIRE_SERVICE.test(p) || ORGANISATION.test(p) || CJK_ORGANISATION.test(p));
  const names: string[] = [];
  for (const part of parts) {
    if (hasSource && !/\s/.test(part) && /^[\x00-\x7f]+$/.test(part)) continue;
    if (isJunkName(part, ctx)) continue;
    // Roles and credentials stand next to a name; alone ("Staff Writer" as the only byline) they still say nothing.
    if (ROLE.test(part) || (CREDENTIAL.test(part) && parts.length > 1)) continue;
    if (/\d{1,2}:\d{2}|[()]/.test(part)) continue;
    if (parts.length > 1 && isSection(part)) continue;
    if (!names.some((n) => key(n) === key(part))) names.push(part);
  }
  return names;
}
