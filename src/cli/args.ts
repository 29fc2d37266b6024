// Parses the clipper's command line into options; the help text documents every option and the output shapes.
import type { ClipChoices } from '../core/types';
import { UsageError } from './errors';
import type { DomImplementation } from './parse-dom';

export interface CliOptions {
  inputs: string[];
  /** Page address for file and standard-input inputs. */
  url?: string;
  choices: ClipChoices;
  json: boolean;
  outDir?: string;
  mode: 'article' | 'page';
  dom: DomImplementation;
  timeZone?: string;
  help: boolean;
}

export const HELP = `Usage: npm run -s clip -- <file.html | URL | -> ... [options]

Clips the article of each page into an archive-format Markdown file (Jekyll post).

Inputs:
  file.html        a saved page (charset from <meta>, e.g. GBK, Big5, is decoded)
  http(s)://…      fetched (redirects followed)
  -                standard input

Options:
  --url URL            the page's address, for a file or standard input (default: the
                       page's canonical URL, else the file's file: URL)
  --tags a,b           front matter tags (default: the site rule's)
  --categories a,b     front matter categories (default: the site rule's)
  --title T            override the title
  --author A           override the author
  --date ISO           override the date (ISO date or date-time)
  --page               clip the whole page instead of the article
  --time-zone ZONE     IANA zone for the date in the file name (default: this machine's)
  --dom jsdom|linkedom DOM implementation (default jsdom, which parses like a browser;
                       linkedom is about 10x faster but needs explicit <html>/<head>/<body>)
  --json               print JSON instead of the file:
                       {"path","title","author","date","from","tags","categories","markdown","text"}
  --out DIR            write each file at its archive path under DIR and print that path
  -h, --help           this text

Several inputs are clipped in one process. Without --json or --out, each file is printed
after a line "==> INPUT <==" when there is more than one input. With --json, one JSON object
is printed per input, one per line (NDJSON). An input that fails prints one line on stderr
and the others still run; the exit code is 1 if any input failed, 2 for a bad command line.
`;

const VALUE_OPTIONS = new Set(['--url', '--tags', '--categories', '--title', '--author', '--date', '--out', '--dom', '--time-zone']);

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads argv (without the node and script entries). Throws UsageError on unknown options or missing values. */
export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { inputs: [], choices: {}, json: false, mode: 'article', dom: 'jsdom', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    if (VALUE_OPTIONS.has(name)) {
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
      }
      switch (name) {
        case '--url':
          opts.url = value;
          break;
        case '--tags':
          opts.choices.tags = list(value);
          break;
        case '--categories':
          opts.choices.categories = list(value);
          break;
        case '--title':
          opts.choices.title = value;
          break;
        case '--author':
          opts.choices.author = value;
          break;
        case '--date':
          opts.choices.date = value;
          break;
        case '--out':
          opts.outDir = value;
          break;
        case '--time-zone':
          opts.timeZone = value;
          break;
        case '--dom':
          if (value !== 'linkedom' && value !== 'jsdom') throw new UsageError(`--dom must be linkedom or jsdom, not ${value}`);
          opts.dom = value;
          break;
      }
      continue;
    }
    if (arg === '--json') opts.json = true;
    else if (arg === '--page') opts.mode = 'page';
    else if (arg === '-h' || arg === '--help') opts.help = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('--') || (arg.startsWith('-') && arg !== '-')) throw new UsageError(`unknown option ${arg}`);
    else opts.inputs.push(arg);
  }
  if (!opts.help && !opts.inputs.length) throw new UsageError('no input given');
  if (opts.url !== undefined && !/^https?:\/\//i.test(opts.url)) throw new UsageError(`--url must be a http(s) URL, not ${opts.url}`);
  return opts;
}
