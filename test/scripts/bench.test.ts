// The benchmark's command line and its figures: options read as documented, bad ones refused clearly, ratios from medians and totals.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchArgs } from '../../scripts/bench/args';
import { median, percentile, summarise } from '../../scripts/bench/report';
import { VARIANT_NAMES, type VariantName } from '../../scripts/bench/variants';

describe('bench arguments', () => {
  it('defaults to linkedom, three runs, every page, the given corpus', () => {
    expect(parseBenchArgs([], '/corpus')).toEqual({ corpus: '/corpus', json: false, runs: 3, dom: 'linkedom', limit: Infinity });
  });

  it('reads every option and resolves a relative corpus folder', () => {
    const args = parseBenchArgs(['here', '--json', '--runs', '5', '--dom', 'chromium', '--limit', '10'], '/corpus');
    expect(args).toEqual({ corpus: resolve('here'), json: true, runs: 5, dom: 'chromium', limit: 10 });
  });

  it('refuses an unknown DOM, a bad count and an unknown option, naming what is allowed', () => {
    expect(() => parseBenchArgs(['--dom', 'happy-dom'], '/c')).toThrow(new BenchUsageError('--dom takes linkedom, jsdom, chromium, not "happy-dom"'));
    expect(() => parseBenchArgs(['--runs', '0'], '/c')).toThrow(/--runs takes a positive whole number, not "0"/);
    expect(() => parseBenchArgs(['--limit', '2.5'], '/c')).toThrow(/--limit takes a positive whole number/);
    expect(() => parseBenchArgs(['--fast'], '/c')).toThrow(/unknown option --fast; options: --json --runs N --dom linkedom\|jsdom\|chromium --limit N/);
  });
});

describe('bench figures', () => {
  it('median, p95 and ratios over per-page times', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([...Array(20).keys()].map((i) => i + 1), 95)).toBe(19);
    const perPage = Object.fromEntries(VARIANT_NAMES.map((name) => [name, [1, 2, 3]])) as Record<VariantName, number[]>;
    perPage.pipeline = [2, 4, 6];
    perPage['baseline+clone'] = [4, 8, 12];
    const { stats, ratios } = summarise(perPage);
    expect(stats.pipeline).toEqual({ medianMs: 4, p95Ms: 6, totalMs: 12 });
    expect(ratios.pipelineOverBaseline).toEqual({ median: 2, total: 2 });
    expect(ratios.pipelineOverBaselineOnClone).toEqual({ median: 0.5, total: 0.5 });
  });
});
