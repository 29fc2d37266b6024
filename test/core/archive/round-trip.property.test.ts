// Property test: for 10,000 generated posts full of hostile strings, the archive file reads back exactly
// through parseArchiveFile, `yaml` (YAML 1.2 core and YAML 1.1) and Jekyll's reader (Ruby's Psych).
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanTitle, formatArchiveFile, normalizeBody, parseArchiveFile } from '../../../src/core/archive/index';
import type { ArchivePost } from '../../../src/core/types';
import { psychVersion, readWithJekyllPsych, type RubyValue } from '../../support/psych';
import { post } from './arbitraries';

const RUNS = 10_000;
const SEED = 20261128;

/** The post as it must read back: the title cleaned of invisible characters, the body normalised. */
function expected(p: ArchivePost): ArchivePost {
  return { ...p, title: cleanTitle(p.title), body: normalizeBody(p.body) };
}

/** The keys whose values differ, with both values: a readable failure report for long hostile strings. */
function differences(actual: Record<string, unknown>, wanted: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(actual), ...Object.keys(wanted)])) {
    if (JSON.stringify(actual[key]) !== JSON.stringify(wanted[key])) out[key] = { actual: actual[key], wanted: wanted[key] };
  }
  return out;
}

/**
 * What Jekyll's Liquid would run after the front matter: the text outside raw blocks, minus the output
 * tags the writer itself uses to print a literal `{%`. It must hold no `{{` or `{%`.
 */
function liquidOutsideRaw(text: string): string[] {
  const afterFrontMatter = text.slice(text.indexOf('\n---\n') + 5);
  const outside = afterFrontMatter.replace(/\{% raw %\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g, '').replace(/\{\{ "\{%" \}\}/g, '');
  return outside.match(/\{[{%].{0,20}/g) ?? [];
}

function frontMatterOf(text: string): string {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  return lines.slice(1, close).join('\n');
}

/** The values a YAML reader must give back, keyed as in the file; `date` as the reader's own type. */
function expectedValues(p: ArchivePost, date: unknown): Record<string, unknown> {
  const e = expected(p);
  return {
    layout: e.layout,
    title: e.title,
    date,
    author: e.author,
    from: e.from,
    tags: e.tags,
    categories: e.categories,
    ...Object.fromEntries(e.extra ?? []),
  };
}

function expectedRuby(p: ArchivePost): RubyValue {
  const str = (value: string): RubyValue => ({ str: value });
  const e = expected(p);
  return {
    map: {
      layout: str(e.layout),
      title: str(e.title),
      date: { time: e.date },
      author: str(e.author),
      from: str(e.from),
      tags: { list: e.tags.map(str) },
      categories: { list: e.categories.map(str) },
      ...Object.fromEntries((e.extra ?? []).map(([key, value]) => [key, str(value)])),
    },
  };
}

describe('archive files round-trip through every YAML reader', () => {
  const posts = fc.sample(post, { seed: SEED, numRuns: RUNS });
  const files = posts.map(formatArchiveFile);

  it(`generates ${RUNS} posts that exercise both plain and quoted scalars`, () => {
    expect(posts).toHaveLength(RUNS);
    const authorLines = files.map((text) => text.split('\n')[4]);
    const plain = authorLines.filter((line) => !line.startsWith('author: "')).length;
    // Both paths of the scalar writer must be exercised heavily, or the test proves little.
    expect(plain).toBeGreaterThan(RUNS / 10);
    expect(RUNS - plain).toBeGreaterThan(RUNS / 10);
  });

  // Each case is compared with node's deep equality (vitest's expect is too slow for 10,000 cases);
  // the failures, with the file and the differing keys, are what the final expect shows.

  it('parseArchiveFile gives back the post, and the file keeps its shape', () => {
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const text = files[i];
      const read = parseArchiveFile(text);
      const lines = text.split('\n');
      const close = lines.indexOf('---', 1);
      const keys = lines.slice(1, close).map((line) => line.split(':')[0]).slice(0, 7);
      const shapeOk =
        text.endsWith('\n') &&
        !text.endsWith('\n\n') &&
        isDeepStrictEqual(keys, ['layout', 'title', 'date', 'author', 'from', 'tags', 'categories']) &&
        lines[close + 1] === `<!--${Date.parse(p.date)}-->` &&
        lines[close + 3] === '------' &&
        liquidOutsideRaw(text).length === 0;
      if (!isDeepStrictEqual(read, expected(p)) || !shapeOk) {
        failures.push({ text, shapeOk, liquid: liquidOutsideRaw(text), differences: differences({ ...read }, { ...expected(p) }) });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('yaml (YAML 1.2 core schema) reads back exactly the strings written, keys in order', () => {
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const data = parse(frontMatterOf(files[i])) as Record<string, unknown>;
      const wanted = expectedValues(p, p.date);
      if (!isDeepStrictEqual(data, wanted) || !isDeepStrictEqual(Object.keys(data), Object.keys(wanted))) {
        failures.push({ text: files[i], differences: differences(data, wanted), keys: Object.keys(data) });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('yaml with version 1.1 reads back exactly the strings written (and a timestamp for date)', () => {
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const data = parse(frontMatterOf(files[i]), { version: '1.1' }) as Record<string, unknown>;
      const date = data.date instanceof Date ? data.date.toISOString() : data.date;
      const wanted = expectedValues(p, p.date);
      if (!(data.date instanceof Date) || !isDeepStrictEqual({ ...data, date }, wanted)) {
        failures.push({ text: files[i], differences: differences({ ...data, date }, wanted), dateType: typeof data.date });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it(`Jekyll's reader (Ruby ${psychVersion()}) reads back exactly the strings written`, () => {
    const readings = readWithJekyllPsych(files);
    expect(readings).toHaveLength(RUNS);
    const failures: unknown[] = [];
    posts.forEach((p, i) => {
      const reading = readings[i];
      const wanted = { ok: true, data: expectedRuby(p), firstContentLine: `<!--${Date.parse(p.date)}-->` };
      if (!isDeepStrictEqual(reading, wanted)) {
        const data = reading.ok && 'map' in reading.data ? reading.data.map : {};
        const wantedMap = (wanted.data as { map: Record<string, unknown> }).map;
        failures.push({ text: files[i], reading: reading.ok ? { differences: differences(data, wantedMap), firstContentLine: reading.firstContentLine } : reading.error });
      }
    });
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
