// Benchmark: the full clip pipeline against plain Readability + default turndown, per page, in Node or in Chromium.
//
// Usage: npm run -s bench -- [corpus-dir] [--json] [--runs N] [--dom linkedom|jsdom|chromium] [--limit N]
//   (-s keeps npm's banner off stdout, so --json prints pure JSON)
//   corpus-dir  a corpus in either layout `npm run eval` reads: html/<id>.html.gz with ground-truth.json, or
//               <name>/source.html with truth.json (default ../shared/corpus/aeb-dev); plus every
//               test/fixtures/pages/<slug>/source.html with its meta.json url.
//   --dom       where the DOM and the code run: linkedom (default) or jsdom in this Node process, or chromium: the same
//               code bundled by esbuild into one headless Chromium page ($CHROMIUM_BIN, else /usr/bin/chromium), each
//               page's HTML sent in and parsed there by DOMParser — the engine the extension's content script runs in.
//
// For every page, each variant gets one warm-up run, then --runs timed runs, interleaved (a b c a b c …) so drift in
// the machine's speed hits all variants alike. For pipeline, baseline and the conversion pair, each run parses the HTML
// into a fresh Document first and parsing is NOT timed. The two "+parse" variants time the same work INCLUDING parsing
// the HTML string into a Document (what a CLI user pays). Figures are per page (the median of its runs), then the
// median and p95 over pages. The protocol (scripts/bench/protocol.ts) and the variants (scripts/bench/variants.ts) are
// the same code in both places; in Chromium, performance.now() is timed in a cross-origin isolated page (5 µs steps
// rather than 100 µs), and the output gives the step measured.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseDocument, type DomImplementation } from '../src/cli/parse-dom';
import { parseBenchArgs } from './bench/args';
import { openChromiumBench } from './bench/chromium';
import { loadPages } from './bench/pages';
import { measurePage, timerResolutionMs, type BenchPage, type PageTimes } from './bench/protocol';
import { formatText, median, summarise, type BenchResult } from './bench/report';
import { VARIANT_NAMES, makeVariants, release, type VariantName } from './bench/variants';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the protocol runs: here (linkedom, jsdom) or in a browser page. */
interface Runner {
  measure(page: BenchPage, runs: number): Promise<PageTimes>;
  timer: BenchResult['timer'];
  browser?: BenchResult['browser'];
  close(): Promise<void>;
}

function nodeRunner(dom: DomImplementation): Runner {
  const variants = makeVariants((page) => parseDocument(page.html, page.url, dom));
  return {
    measure: async (page, runs) => measurePage(variants, page, runs, release),
    timer: { resolutionMs: timerResolutionMs() },
    close: async () => undefined,
  };
}

async function chromiumRunner(): Promise<Runner> {
  const chromium = await openChromiumBench(ROOT);
  return {
    measure: (page, runs) => chromium.measure(page, runs),
    timer: chromium.timer,
    browser: { executable: chromium.executable, version: chromium.version, headless: true },
    close: () => chromium.close(),
  };
}

async function bundleSize(): Promise<BenchResult['bundle']> {
  const content = join(ROOT, 'src/content/index.ts');
  const standIn = !existsSync(content);
  const entry = standIn ? join(ROOT, 'src/core/index.ts') : content;
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
  const args = parseBenchArgs(process.argv.slice(2), resolve(ROOT, '../shared/corpus/aeb-dev'));
  const pages = loadPages(ROOT, args.corpus, args.limit);
  const started = performance.now();
  const runner = args.dom === 'chromium' ? await chromiumRunner() : nodeRunner(args.dom);
  const perPage = Object.fromEntries(VARIANT_NAMES.map((name) => [name, []])) as unknown as Record<VariantName, number[]>;
  const failures: BenchResult['failures'] = [];
  try {
    for (const [index, page] of pages.entries()) {
      let result: PageTimes;
      try {
        result = await runner.measure(page, args.runs);
      } catch (error) {
        // The browser page itself failed (a crash, not an exception in a variant): no variant has figures for it.
        result = { times: {}, failures: [{ variant: 'all', error: error instanceof Error ? error.message.split('\n')[0] : String(error) }] };
      }
      for (const f of result.failures) failures.push({ page: page.id, ...f });
      // A page counts only when every variant ran on it, so the figures compare like with like.
      if (result.failures.length === 0) for (const name of VARIANT_NAMES) perPage[name].push(median(result.times[name]));
      if (!args.json) process.stderr.write(`\r${index + 1}/${pages.length} pages`);
    }
  } finally {
    await runner.close();
  }
  if (!args.json) process.stderr.write('\n');

  const result: BenchResult = {
    dom: args.dom,
    ...(runner.browser ? { browser: runner.browser } : {}),
    timer: runner.timer,
    runsPerPage: args.runs,
    pages: pages.length,
    pagesMeasured: perPage.pipeline.length,
    parseTimed: { pipeline: false, baseline: false, 'pipeline+parse': true, 'baseline+parse': true },
    ...summarise(perPage),
    ...(runner.browser ? {} : { peakRssBytes: process.resourceUsage().maxRSS * 1024 }),
    wallSeconds: (performance.now() - started) / 1000,
    bundle: await bundleSize(),
    failures,
  };
  process.stdout.write(args.json ? JSON.stringify(result, null, 2) + '\n' : formatText(result));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exitCode = 1;
});
