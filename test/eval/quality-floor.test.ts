// The extraction quality floor: the real clip pipeline over the dev corpus and the Chinese fixtures must not score below these.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/core/markdown/to-text';
import { loadCases } from '../../src/eval/corpus';
import { evaluate } from '../../src/eval/evaluate';
import { clipExtractor, readabilityExtractor } from '../../src/eval/pipelines';

// The corpus lives outside the repository; AEB_CORPUS points elsewhere when needed.
const CORPUS = process.env.AEB_CORPUS ?? resolve(__dirname, '../../../shared/corpus/aeb-dev');
const ZH_FIXTURES = resolve(__dirname, '../fixtures/zh');

/**
 * The dev corpus floors are the quality targets themselves (F1 ≥ 0.980, P ≥ 0.970, R ≥ 0.980; measured when raised,
 * aeb-dev 92 pages, linkedom: F1 0.984, P 0.975, R 0.993): a change that costs a page or two passes, one that takes
 * the pipeline below its targets does not.
 */
const AEB_FLOOR = { f1: 0.98, precision: 0.97, recall: 0.98 };
/** Chinese fixtures (13 pages), scored by character shingles (measured: F1 0.999, P 0.998, R 1.000). */
const ZH_CHAR_FLOOR = { f1: 0.99, precision: 0.985, recall: 0.995 };

describe.skipIf(!existsSync(CORPUS) && !process.env.CI)(`quality floor on ${CORPUS}`, () => {
  it('clip pipeline reaches the floor and beats plain Readability on F1', { timeout: 240_000 }, () => {
    const cases = loadCases(CORPUS);
    expect(cases.length).toBeGreaterThanOrEqual(90);
    const run = evaluate('clip pipeline', cases, clipExtractor('linkedom', markdownToText));
    const base = evaluate('plain Readability', cases, readabilityExtractor('linkedom'));
    expect(run.pages.filter((p) => p.extraction.error).map((p) => `${p.id}: ${p.extraction.error}`)).toEqual([]);
    expect(run.words.f1).toBeGreaterThanOrEqual(AEB_FLOOR.f1);
    expect(run.words.precision).toBeGreaterThanOrEqual(AEB_FLOOR.precision);
    expect(run.words.recall).toBeGreaterThanOrEqual(AEB_FLOOR.recall);
    expect(run.words.f1).toBeGreaterThan(base.words.f1);
  });
});

describe('quality floor on the Chinese fixtures', () => {
  const cases = loadCases(ZH_FIXTURES);
  const run = evaluate('clip pipeline', cases, clipExtractor('linkedom', markdownToText));
  const base = evaluate('plain Readability', cases, readabilityExtractor('linkedom'));

  it('has at least ten pages with hand-written truth', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(c.truth.articleBody.length, c.id).toBeGreaterThan(100);
  });

  it('extracts the article text (character shingles) above the floor, and better than plain Readability', () => {
    expect(run.chars.f1).toBeGreaterThanOrEqual(ZH_CHAR_FLOOR.f1);
    expect(run.chars.precision).toBeGreaterThanOrEqual(ZH_CHAR_FLOOR.precision);
    expect(run.chars.recall).toBeGreaterThanOrEqual(ZH_CHAR_FLOOR.recall);
    expect(run.chars.f1).toBeGreaterThan(base.chars.f1);
  });

  it('finds an author on ≥ 80 % and the right day on ≥ 90 % of the pages, far above plain Readability', () => {
    const share = (a: { right: number; checked: number }): number => a.right / a.checked;
    expect(share(run.found.author)).toBeGreaterThanOrEqual(0.8);
    expect(share(run.meta.date)).toBeGreaterThanOrEqual(0.9);
    expect(share(run.meta.date)).toBeGreaterThan(share(base.meta.date) + 0.5);
    expect(share(run.found.author)).toBeGreaterThan(share(base.found.author) + 0.5);
  });
});
