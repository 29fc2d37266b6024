// `npm run eval -- [corpusDir | --zh] [--json] [--top N] [--dom linkedom|jsdom] [--expected file.json] [--pipeline clip|cleaned] [--quiet]`:
// scores the clip pipeline against plain Readability on a corpus (benchmark layout, or a fixture folder such as test/fixtures/zh).
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadCases, withExpectedMetadata, type Truth } from '../src/eval/corpus';
import type { DomKind } from '../src/eval/dom';
import { evaluate } from '../src/eval/evaluate';
import { formatReport } from '../src/eval/format';
import { pageF1 } from '../src/eval/metrics';
import { markdownToText } from '../src/core/markdown/to-text';
import { cleanedReadabilityExtractor, clipExtractor, readabilityExtractor, type Extractor } from '../src/eval/pipelines';

class UsageError extends Error {
  override name = 'UsageError';
}

interface Args {
  corpus: string;
  json: boolean;
  top: number;
  dom: DomKind;
  expected?: string;
  pipeline: 'clip' | 'cleaned';
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: '../shared/corpus/aeb-dev', json: false, top: 10, dom: 'linkedom', pipeline: 'clip', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--zh') args.corpus = 'test/fixtures/zh';
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--top') args.top = Number(value());
    else if (a === '--dom') {
      const v = value();
      if (v !== 'linkedom' && v !== 'jsdom') throw new UsageError('--dom must be linkedom or jsdom');
      args.dom = v;
    } else if (a === '--expected') args.expected = value();
    else if (a === '--pipeline') {
      const v = value();
      if (v !== 'clip' && v !== 'cleaned') throw new UsageError('--pipeline must be clip or cleaned');
      args.pipeline = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.corpus = a;
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = resolve(args.corpus);
  let cases = loadCases(dir);
  const expectedFile =
    args.expected ?? (basename(dir) === 'aeb-dev' ? resolve('test/fixtures/metadata/aeb-dev-expected.json') : undefined);
  if (expectedFile && existsSync(expectedFile)) {
    cases = withExpectedMetadata(cases, JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, Partial<Truth>>);
  }

  let name = 'clip pipeline';
  let extractor: Extractor;
  if (args.pipeline === 'clip') extractor = clipExtractor(args.dom, markdownToText);
  else {
    name = 'cleaned Readability';
    extractor = cleanedReadabilityExtractor(args.dom);
  }
  const t0 = Date.now();
  const main = evaluate(name, cases, extractor);
  const t1 = Date.now();
  const baseline = evaluate('plain Readability', cases, readabilityExtractor(args.dom));
  if (args.json) {
    const page = (p: (typeof main.pages)[number]) => ({
      id: p.id,
      url: p.url,
      precision: p.words.precision,
      recall: p.words.recall,
      f1: pageF1(p.words),
      charF1: pageF1(p.chars),
      meta: p.meta,
      error: p.extraction.error,
    });
    const run = (r: typeof main) => ({ name: r.name, words: r.words, chars: r.chars, meta: r.meta, found: r.found, pages: r.pages.map(page) });
    console.log(JSON.stringify({ corpus: dir, dom: args.dom, pipeline: run(main), baseline: run(baseline) }, null, 2));
    return;
  }
  console.log(formatReport(main, baseline, { top: args.top, perPage: !args.quiet }));
  console.log(`\n${cases.length} pages from ${dir}, DOM ${args.dom}; ${name} took ${t1 - t0} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
