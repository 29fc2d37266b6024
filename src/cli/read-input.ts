// Reads one CLI input (a file, a http(s) URL, or - for standard input) as decoded HTML text and the address it came from.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtml } from './decode-html';
import { CliError, FetchError, InputNotFoundError, NotHtmlError } from './errors';

export interface PageInput {
  /** What the user typed, for messages. */
  source: string;
  html: string;
  /** The address of the page: the final URL after redirects, or a file: URL; undefined for standard input. */
  url?: string;
}

/** Fetching a page gives up after this long. */
const FETCH_TIMEOUT_MS = 30_000;

function assertHtml(source: string, text: string): void {
  if (text.includes('\u0000')) throw new NotHtmlError(source, 'it contains binary data');
  if (!/<(?:!doctype\s+html|html|head|body|title|meta|article|main|div|p|section|h1)\b/i.test(text.slice(0, 200_000))) {
    throw new NotHtmlError(source, 'no HTML markup found');
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function fetchPage(url: string): Promise<PageInput> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', 'user-agent': 'Mozilla/5.0 (compatible; jekyll-web-clipper CLI)' },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new FetchError(url, detail);
  }
  if (!response.ok) throw new FetchError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  const contentType = response.headers.get('content-type') ?? undefined;
  if (contentType && !/html|xml|text\/plain/i.test(contentType)) {
    throw new NotHtmlError(url, `the server says ${contentType.split(';')[0]}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { text } = decodeHtml(bytes, contentType);
  assertHtml(url, text);
  return { source: url, html: text, url: response.url || url };
}

/** Reads `spec`: "-" is standard input, http(s):// is fetched, anything else is a file path. */
export async function readInput(spec: string): Promise<PageInput> {
  if (/^https?:\/\//i.test(spec)) return fetchPage(spec);
  if (spec === '-') {
    const { text } = decodeHtml(await readStdin());
    assertHtml('standard input', text);
    return { source: 'standard input', html: text };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(spec));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputNotFoundError(spec);
    if (code === 'EISDIR') throw new NotHtmlError(spec, 'it is a directory');
    throw new CliError(`${spec}: cannot read the file (${code ?? (error as Error).message})`);
  }
  const { text } = decodeHtml(bytes);
  assertHtml(spec, text);
  return { source: spec, html: text, url: pathToFileURL(resolve(spec)).href };
}
