// The benchmark's figures over pages (median, p95, total per variant, and the ratios) and their text form.
import type { BenchDom } from './args';
import type { VariantName } from './variants';

export interface VariantStats {
  medianMs: number;
  p95Ms: number;
  totalMs: number;
}

export interface Ratio {
  median: number;
  total: number;
}

export interface BenchResult {
  dom: BenchDom;
  /** Chromium mode only: the browser the figures come from. */
  browser?: { executable: string; version: string; headless: true };
  /** The smallest step of performance.now() where the runs were timed, and (Chromium) whether the page was isolated. */
  timer: { resolutionMs: number; crossOriginIsolated?: boolean };
  runsPerPage: number;
  pages: number;
  pagesMeasured: number;
  parseTimed: Record<string, boolean>;
  stats: Record<VariantName, VariantStats>;
  ratios: {
    pipelineOverBaseline: Ratio;
    pipelineOverBaselineOnClone: Ratio;
    pipelineOverBaselineWithParse: Ratio;
    toMarkdownOverTurndown: Ratio;
  };
  /** Node modes only: this process's peak RSS (in Chromium mode the work runs in the browser's renderer). */
  peakRssBytes?: number;
  wallSeconds: number;
  bundle: { entry: string; standIn: boolean; bytes: number; gzip: number; minifiedBytes: number; minifiedGzip: number };
  failures: Array<{ page: string; variant: string; error: string }>;
}

/** A timer this coarse (ms) quantises the runs of small pages; the text output says so. */
const COARSE_TIMER_MS = 0.05;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Median, p95 and total over pages of each variant's per-page figures, and the ratios the round is judged by. */
export function summarise(perPage: Record<VariantName, number[]>): Pick<BenchResult, 'stats' | 'ratios'> {
  const stats = Object.fromEntries(
    Object.entries(perPage).map(([name, xs]) => [name, { medianMs: median(xs), p95Ms: percentile(xs, 95), totalMs: xs.reduce((a, b) => a + b, 0) }]),
  ) as Record<VariantName, VariantStats>;
  const ratio = (a: VariantName, b: VariantName): Ratio => ({
    median: stats[a].medianMs / stats[b].medianMs,
    total: stats[a].totalMs / stats[b].totalMs,
  });
  return {
    stats,
    ratios: {
      pipelineOverBaseline: ratio('pipeline', 'baseline'),
      pipelineOverBaselineOnClone: ratio('pipeline', 'baseline+clone'),
      pipelineOverBaselineWithParse: ratio('pipeline+parse', 'baseline+parse'),
      toMarkdownOverTurndown: ratio('toMarkdown', 'turndown'),
    },
  };
}

export function formatText(result: BenchResult): string {
  const ms = (x: number): string => x.toFixed(2).padStart(9);
  const where = result.browser ? `chromium (Chromium ${result.browser.version}, headless, ${result.browser.executable})` : result.dom;
  const parsing = result.browser ? 'DOMParser' : `${result.dom}'s`;
  const { resolutionMs, crossOriginIsolated } = result.timer;
  const isolation = crossOriginIsolated === undefined ? '' : crossOriginIsolated ? ' (cross-origin isolated page)' : ' (page NOT cross-origin isolated)';
  const lines = [
    `DOM: ${where}; ${result.pages} pages (${result.pagesMeasured} measured), ${result.runsPerPage} timed runs each after 1 warm-up; HTML parsing excluded except in the two "+parse" rows.`,
    `timer: smallest performance.now() step seen ${resolutionMs.toFixed(4)} ms${isolation}` +
      (resolutionMs >= COARSE_TIMER_MS ? ' — COARSE: per-run times of small pages are quantised to this step' : ''),
    '',
    `${'variant'.padEnd(15)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'total ms'.padStart(9)}`,
    ...Object.entries(result.stats).map(([name, s]) => `${name.padEnd(15)} ${ms(s.medianMs)} ${ms(s.p95Ms)} ${ms(s.totalMs)}`),
    '',
    `pipeline / baseline (parse excluded): median ${result.ratios.pipelineOverBaseline.median.toFixed(3)}, total ${result.ratios.pipelineOverBaseline.total.toFixed(3)}`,
    `  (pipeline = clipDocument: extract + toMarkdown + assembleClip; baseline = new Readability(doc).parse() + new TurndownService().turndown(article.content))`,
    `pipeline / baseline+clone (parse excluded): median ${result.ratios.pipelineOverBaselineOnClone.median.toFixed(3)}, total ${result.ratios.pipelineOverBaselineOnClone.total.toFixed(3)}`,
    `  (baseline+clone = the same baseline run on document.cloneNode(true), as a clipper must to leave the page intact)`,
    `pipeline / baseline (parse included): median ${result.ratios.pipelineOverBaselineWithParse.median.toFixed(3)}, total ${result.ratios.pipelineOverBaselineWithParse.total.toFixed(3)}`,
    `  (pipeline+parse / baseline+parse: the same two, timed from the HTML string, ${parsing} parsing of it into a Document included)`,
    `toMarkdown / turndown:  median ${result.ratios.toMarkdownOverTurndown.median.toFixed(3)}, total ${result.ratios.toMarkdownOverTurndown.total.toFixed(3)}`,
    `  (conversion alone on the same Readability output: element in, versus the HTML string parsed by turndown)`,
    (result.peakRssBytes === undefined ? '' : `peak RSS: ${(result.peakRssBytes / 1048576).toFixed(1)} MiB; `) + `wall time ${result.wallSeconds.toFixed(1)} s`,
    `content-script bundle (${result.bundle.entry}${result.bundle.standIn ? ', STAND-IN: src/content/index.ts is missing' : ''}): ` +
      `${result.bundle.bytes} bytes (gzip ${result.bundle.gzip}); minified ${result.bundle.minifiedBytes} bytes (gzip ${result.bundle.minifiedGzip})`,
  ];
  if (result.failures.length) {
    lines.push('', `${result.failures.length} failure(s) (pages left out of the figures):`);
    for (const f of result.failures.slice(0, 20)) lines.push(`  ${f.variant} on ${f.page}: ${f.error}`);
  }
  return lines.join('\n') + '\n';
}
