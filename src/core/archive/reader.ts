// Reads an archive file (new Markdown posts and old HTML ones alike) back into an ArchivePost.
import { parseDocument } from 'yaml';
import type { ArchivePost } from '../types';
import { ArchiveParseError } from './errors';
import { FRONT_MATTER_KEYS, ISO_DATE_TIME } from './front-matter';
import { unprotectFromLiquid } from './liquid';

/** Jekyll's front matter fences: the file opens with `---`, and the first `---` or `...` line closes it. */
const OPENING_FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const DATE_COMMENT = /^<!--\s*(-?\d+)\s*-->$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:-+|=+)[ \t]*$/;

/** YAML 1.1 timestamps as old posts may write them: `2021-07-10`, `2021-07-10 16:22:00 +08:00`, … */
const YAML_TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?[ \t]*(Z|[+-]\d{1,2}(?::?\d{2})?)?)?$/;

function timestampMillis(text: string): number | undefined {
  const m = YAML_TIMESTAMP.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const day = new Date(0);
  day.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  // Date.UTC rolls 2021-13-45 over into 2022; a date that does not exist is not a date.
  if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) {
    return undefined;
  }
  let millis = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.slice(0, 3).padEnd(3, '0')));
  if (Number(y) < 100) millis = new Date(millis).setUTCFullYear(Number(y));
  if (zone && zone !== 'Z') {
    const zm = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
    if (zm) millis -= (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3] ?? 0)) * 60_000;
  }
  return Number.isNaN(millis) ? undefined : millis;
}

function toIso(millis: number): string | undefined {
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A scalar read with YAML's failsafe schema is the text as written; null (an empty value) is ''. */
function asString(value: unknown, key: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  throw new ArchiveParseError(`The front matter key "${key}" holds a list or mapping where the archive expects text; write it as one line of text.`);
}

/** Jekyll's rule: a list, or a string of names separated by white space. */
function asList(value: unknown, key: string): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value.split(/\s+/).filter((item) => item !== '');
  if (Array.isArray(value)) return value.map((item) => asString(item, key));
  throw new ArchiveParseError(`The front matter key "${key}" holds a mapping; write it as a list like [ a, b ].`);
}

function readFrontMatter(yamlText: string): Record<string, unknown> {
  // The failsafe schema reads every scalar as the exact string written (no 1.1/1.2 guessing of
  // numbers, booleans or dates); quoting and escapes are still honoured.
  const doc = parseDocument(yamlText, { schema: 'failsafe', uniqueKeys: false, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ArchiveParseError(`The front matter is not valid YAML: ${doc.errors[0].message}`);
  }
  let data: unknown;
  try {
    // Aliases are resolved here; an unknown alias or an alias bomb throws.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ArchiveParseError(`The front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ArchiveParseError('The front matter is not a list of "key: value" lines; start each line with a key such as "title:".');
  }
  return data as Record<string, unknown>;
}

function readDate(value: unknown, commentMillis: number | undefined): string {
  const text = asString(value, 'date');
  if (ISO_DATE_TIME.test(text) && toIso(Date.parse(text)) === text) return text;
  const millis = timestampMillis(text) ?? commentMillis;
  const iso = millis === undefined ? undefined : toIso(millis);
  if (iso === undefined) {
    throw new ArchiveParseError(`The front matter date "${text}" is not a date; write it like 2021-07-10T08:22:00.000Z.`);
  }
  return iso;
}

/** Splits the text after the front matter into the `<!--N-->` time, and the body after the header. */
function readHeader(lines: string[]): { commentMillis?: number; body: string } {
  let i = 0;
  let commentMillis: number | undefined;
  const comment = DATE_COMMENT.exec(lines[i] ?? '');
  if (comment) {
    commentMillis = Number(comment[1]);
    i += 1;
  }
  // The `[title](from)` line and its underline; old or hand-edited posts may lack them.
  if ((lines[i] ?? '').startsWith('[') && SETEXT_UNDERLINE.test(lines[i + 1] ?? '')) {
    i += 2;
    if (lines[i] === '') i += 1;
  }
  return { commentMillis, body: unprotectFromLiquid(lines.slice(i).join('\n').replace(/\n+$/, '')) };
}

/** Reads an archive file. Throws ArchiveParseError, saying what is wrong, when it is not one. */
export function parseArchiveFile(text: string): ArchivePost {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!OPENING_FENCE.test(lines[0])) {
    throw new ArchiveParseError('This is not an archive file: it must start with a "---" line that opens the front matter.');
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (close === -1) {
    throw new ArchiveParseError('The front matter is never closed: add a "---" line after the last "key: value" line.');
  }
  const data = readFrontMatter(lines.slice(1, close).join('\n'));
  const { commentMillis, body } = readHeader(lines.slice(close + 1));
  const known = new Set<string>(FRONT_MATTER_KEYS);
  const extra: Array<[string, string]> = Object.entries(data)
    .filter(([key]) => !known.has(key))
    .map(([key, value]) => [key, typeof value === 'string' || value === null ? asString(value, key) : JSON.stringify(value)]);
  const post: ArchivePost = {
    layout: asString(data.layout, 'layout'),
    title: asString(data.title, 'title'),
    date: readDate(data.date, commentMillis),
    author: asString(data.author, 'author'),
    from: asString(data.from, 'from'),
    tags: asList(data.tags, 'tags'),
    categories: asList(data.categories, 'categories'),
    body,
  };
  if (extra.length > 0) post.extra = extra;
  return post;
}
