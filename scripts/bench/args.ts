// The benchmark's command line: corpus folder, output form, runs per page, where the DOM comes from, page limit.
import { resolve } from 'node:path';
import type { DomImplementation } from '../../src/cli/parse-dom';

/** Where the pipeline runs: linkedom or jsdom in this Node process, or a page of headless Chromium. */
export type BenchDom = DomImplementation | 'chromium';

export class BenchUsageError extends Error {
  override name = 'BenchUsageError';
}

export interface BenchArgs {
  corpus: string;
  json: boolean;
  runs: number;
  dom: BenchDom;
  limit: number;
}

const DOMS: readonly BenchDom[] = ['linkedom', 'jsdom', 'chromium'];
const OPTIONS = `--json --runs N --dom ${DOMS.join('|')} --limit N`;

/** Reads the options; a relative corpus path resolves against the working directory, a missing one is `defaultCorpus`. */
export function parseBenchArgs(argv: string[], defaultCorpus: string): BenchArgs {
  const args: BenchArgs = { corpus: defaultCorpus, json: false, runs: 3, dom: 'linkedom', limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--runs') args.runs = positive(argv[++i], a);
    else if (a === '--limit') args.limit = positive(argv[++i], a);
    else if (a === '--dom') {
      const dom = argv[++i];
      if (!DOMS.includes(dom as BenchDom)) throw new BenchUsageError(`--dom takes ${DOMS.join(', ')}, not "${dom}"`);
      args.dom = dom as BenchDom;
    } else if (a.startsWith('--')) throw new BenchUsageError(`unknown option ${a}; options: ${OPTIONS}`);
    else args.corpus = resolve(a);
  }
  return args;
}

function positive(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new BenchUsageError(`${flag} takes a positive whole number, not "${value}"`);
  return n;
}
