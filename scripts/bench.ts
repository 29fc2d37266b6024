// Benchmark: the full clip pipeline against plain Readability + default turndown, in one process, per page.
//
// Usage: npm run -s bench -- [corpus-dir] [--json] [--runs N] [--dom linkedom|jsdom] [--limit N]
//   (-s keeps npm's banner off stdout, so --json prints pure JSON)
//   corpus-dir  folder with html/<id>.html.gz and ground-truth.json (default ../shared/corpus/aeb-dev), plus every
//               test/fixtures/pages/<slug>/source.html with its meta.json url.
//
// For every page, each variant gets one warm-up run, then --runs timed runs, interleaved (a b c a b c …) so drift in
// the machine's speed hits all variants alike. For pipeline, baseline and the conversion pair, each run parses the HTML
// into a fresh Document first and parsing is NOT timed. The two "+parse" variants time the same work INCLUDING parsing
// the HTML string into a Document (what a CLI user pays). Figures are per page (the median of its runs), then the
// median and p95 over pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { build } from 'esbuild';
import { clipDocument } from '../src/core/clip';
import { toMarkdown } from '../src/core/markdown';
import { parseDocument, type DomImplementation } from '../src/cli/parse-dom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = new Date('2026-01-01T00:00:00.000Z');

class BenchUsageError extends Error {
  override name = 'BenchUsageError';
}

interface Page {
  id: string;
  url: string;
  html: string;
}

interface Args {
  corpus: string;
  json: boolean;
  runs: number;
  dom: DomImplementation;
  limit: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: resolve(ROOT, '../shared/corpus/aeb-dev'), json: false, runs: 3, dom: 'linkedom', limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--runs') args.runs = positive(argv[++i], a);
    else if (a === '--limit') args.limit = positive(argv[++i], a);
    else if (a === '--dom') {
      const dom = argv[++i];
      if (dom !== 'linkedom' && dom !== 'jsdom') throw new BenchUsageError(`--dom takes linkedom or jsdom, not "${dom}"`);
      args.dom = dom;
    } else if (a.startsWith('--')) throw new BenchUsageError(`unknown option ${a}; options: --json --runs N --dom linkedom|jsdom --limit N`);
    else args.corpus = resolve(a);
  }
  return args;
}

function positive(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new BenchUsageError(`${flag} takes a positive whole number, not "${value}"`);
  return n;
}

function loadPages(corpus: string, limit: number): Page[] {
  const pages: Page[] = [];
  const fixtures = join(ROOT, 'test/fixtures/pages');
  if (existsSync(fixtures)) {
    for (const slug of readdirSync(fixtures).sort()) {
      const source = join(fixtures, slug, 'source.html');
      const meta = join(fixtures, slug, 'meta.json');
      if (!existsSync(source) || !existsSync(meta)) continue;
      const { url } = JSON.parse(readFileSync(meta, 'utf8')) as { url: string };
      pages.push({ id: `fixture:${slug}`, url, html: readFileSync(source, 'utf8') });
    }
  }
  const truthFile = join(corpus, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new BenchUsageError(`no ground-truth.json in ${corpus}: pass the corpus folder (html/*.html.gz + ground-truth.json)`);
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string }>;
  for (const id of Object.keys(truth).sort()) {
    const file = join(corpus, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    pages.push({ id, url: truth[id].url, html: gunzipSync(readFileSync(file)).toString('utf8') });
  }
  return pages.slice(0, limit);
}

type Variant = { name: string; prepare: (page: Page) => unknown; run: (input: unknown, page: Page) => void };

const baselineTurndown = new TurndownService();

function variants(dom: DomImplementation): Variant[] {
  const fresh = (page: Page): Document => parseDocument(page.html, page.url, dom);
  return [
    {
      name: 'pipeline',
      prepare: fresh,
      run: (doc, page) => {
        clipDocument(doc as Document, { url: page.url, now: () => NOW });
      },
    },
    {
      name: 'baseline',
      prepare: fresh,
      run: (doc) => {
        const article = new Readability(doc as Document).parse();
        if (article?.content) baselineTurndown.turndown(article.content);
      },
    },
    // The conversion stage alone, on the same Readability output: our toMarkdown (element in) against default
    // turndown on the HTML string Readability would have returned. Readability runs in `prepare`, untimed.
    {
      name: 'toMarkdown',
      prepare: (page) => new Readability(fresh(page), { serializer: (el: Node) => el }).parse()?.content ?? null,
      run: (el) => {
        if (el) toMarkdown(el as Element, { imageStyle: 'markdown' });
      },
    },
    {
      name: 'turndown',
      prepare: (page) => {
        const doc = fresh(page);
        const html = new Readability(doc).parse()?.content ?? null;
        release(doc);
        return html;
      },
      run: (html) => {
        if (html) baselineTurndown.turndown(html as string);
      },
    },
    // The same two variants with parsing inside the timing: HTML string in, Markdown out.
    {
      name: 'pipeline+parse',
      prepare: () => null,
      run: (_input, page) => {
        const doc = fresh(page);
        clipDocument(doc, { url: page.url, now: () => NOW });
        release(doc);
      },
    },
    {
      name: 'baseline+parse',
      prepare: () => null,
      run: (_input, page) => {
        const doc = fresh(page);
        const article = new Readability(doc).parse();
        if (article?.content) baselineTurndown.turndown(article.content);
        release(doc);
      },
    },
  ];
}

/** Closes the jsdom window behind a run's input (a no-op under linkedom), or memory grows by gigabytes per corpus. */
function release(input: unknown): void {
  if (typeof input !== 'object' || input === null) return;
  const node = input as { ownerDocument?: Document; defaultView?: unknown };
  const doc = ('defaultView' in node ? node : node.ownerDocument) as Document | undefined;
  const view = doc?.defaultView as { close?: () => void } | null | undefined;
  view?.close?.();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function bundleSize(): Promise<{ entry: string; standIn: boolean; bytes: number; gzip: number; minifiedBytes: number; minifiedGzip: number }> {
  const content = join(ROOT, 'src/content/index.ts');
  const standIn = !existsSync(content);
  const entry = standIn ? join(ROOT, 'src/core/index.ts') : content;
  const { gzipSync } = await import('node:zlib');
  const sizes = async (minify: boolean): Promise<[number, number]> => {
    const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', minify, logLevel: 'silent' });
    const bytes = out.outputFiles[0].contents;
    return [bytes.length, gzipSync(bytes).length];
  };
  const [bytes, gzip] = await sizes(false);
  const [minifiedBytes, minifiedGzip] = await sizes(true);
  return { entry: entry.slice(ROOT.length + 1), standIn, bytes, gzip, minifiedBytes, minifiedGzip };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages = loadPages(args.corpus, args.limit);
  const vs = variants(args.dom);
  const perPage: Record<string, number[]> = Object.fromEntries(vs.map((v) => [v.name, []]));
  const failures: Array<{ page: string; variant: string; error: string }> = [];
  const started = performance.now();

  for (const [index, page] of pages.entries()) {
    const times: Record<string, number[]> = Object.fromEntries(vs.map((v) => [v.name, []]));
    const broken = new Set<string>();
    for (let round = -1; round < args.runs; round++) {
      // Rotate the order each round, so no variant always runs first (right after a GC, or a cold cache).
      for (let k = 0; k < vs.length; k++) {
        const v = vs[(k + Math.max(round, 0)) % vs.length];
        if (broken.has(v.name)) continue;
        try {
          const input = v.prepare(page);
          const t0 = performance.now();
          v.run(input, page);
          const t1 = performance.now();
          if (round >= 0) times[v.name].push(t1 - t0);
          release(input);
        } catch (error) {
          broken.add(v.name);
          failures.push({ page: page.id, variant: v.name, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
        }
      }
    }
    // A page counts only when every variant ran on it, so the figures compare like with like.
    if (broken.size === 0) for (const v of vs) perPage[v.name].push(median(times[v.name]));
    if (!args.json) process.stderr.write(`\r${index + 1}/${pages.length} pages`);
  }
  if (!args.json) process.stderr.write('\n');

  const stats = Object.fromEntries(
    vs.map((v) => {
      const xs = perPage[v.name];
      return [v.name, { medianMs: median(xs), p95Ms: percentile(xs, 95), totalMs: xs.reduce((a, b) => a + b, 0) }];
    }),
  );
  const ratio = (a: string, b: string): { median: number; total: number } => ({
    median: stats[a].medianMs / stats[b].medianMs,
    total: stats[a].totalMs / stats[b].totalMs,
  });
  const result = {
    dom: args.dom,
    runsPerPage: args.runs,
    pages: pages.length,
    pagesMeasured: perPage.pipeline.length,
    parseTimed: { pipeline: false, baseline: false, 'pipeline+parse': true, 'baseline+parse': true },
    stats,
    ratios: {
      pipelineOverBaseline: ratio('pipeline', 'baseline'),
      pipelineOverBaselineWithParse: ratio('pipeline+parse', 'baseline+parse'),
      toMarkdownOverTurndown: ratio('toMarkdown', 'turndown'),
    },
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    wallSeconds: (performance.now() - started) / 1000,
    bundle: await bundleSize(),
    failures,
  };

  if (args.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const ms = (x: number): string => x.toFixed(2).padStart(9);
  const lines = [
    `DOM: ${result.dom}; ${result.pages} pages (${result.pagesMeasured} measured), ${result.runsPerPage} timed runs each after 1 warm-up; HTML parsing excluded except in the two "+parse" rows.`,
    '',
    `${'variant'.padEnd(15)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'total ms'.padStart(9)}`,
    ...vs.map((v) => `${v.name.padEnd(15)} ${ms(stats[v.name].medianMs)} ${ms(stats[v.name].p95Ms)} ${ms(stats[v.name].totalMs)}`),
    '',
    `pipeline / baseline (parse excluded): median ${result.ratios.pipelineOverBaseline.median.toFixed(3)}, total ${result.ratios.pipelineOverBaseline.total.toFixed(3)}`,
    `  (pipeline = clipDocument: extract + toMarkdown + assembleClip; baseline = new Readability(doc).parse() + new TurndownService().turndown(article.content))`,
    `pipeline / baseline (parse included): median ${result.ratios.pipelineOverBaselineWithParse.median.toFixed(3)}, total ${result.ratios.pipelineOverBaselineWithParse.total.toFixed(3)}`,
    `  (pipeline+parse / baseline+parse: the same two, timed from the HTML string, parsing it into a Document included)`,
    `toMarkdown / turndown:  median ${result.ratios.toMarkdownOverTurndown.median.toFixed(3)}, total ${result.ratios.toMarkdownOverTurndown.total.toFixed(3)}`,
    `  (conversion alone on the same Readability output: element in, versus the HTML string parsed by turndown)`,
    `peak RSS: ${(result.peakRssBytes / 1048576).toFixed(1)} MiB; wall time ${result.wallSeconds.toFixed(1)} s`,
    `content-script bundle (${result.bundle.entry}${result.bundle.standIn ? ', STAND-IN: src/content/index.ts is missing' : ''}): ` +
      `${result.bundle.bytes} bytes (gzip ${result.bundle.gzip}); minified ${result.bundle.minifiedBytes} bytes (gzip ${result.bundle.minifiedGzip})`,
  ];
  if (failures.length) {
    lines.push('', `${failures.length} failure(s) (pages left out of the figures):`);
    for (const f of failures.slice(0, 20)) lines.push(`  ${f.variant} on ${f.page}: ${f.error}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exitCode = 1;
});
