// The clip command end to end: files, standard input, URLs from a local server, JSON and --out, and its error lines.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = join(ROOT, 'test/fixtures/pages');
const CHINAFILE = join(PAGES, 'chinafile-tech-giants/source.html');
const GBK = join(PAGES, 'chinese-news-gbk/source.html');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function clip(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 20_000_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/gbk') {
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
      res.end(readFileSync(GBK));
    } else if (req.url === '/moved') {
      res.writeHead(301, { location: '/gbk' });
      res.end();
    } else if (req.url === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('clip CLI', () => {
  it('prints the archive file of a saved page, taking its address from the canonical link', async () => {
    const run = await clip([CHINAFILE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(join(PAGES, 'chinafile-tech-giants/expected.md'), 'utf8'));
  });

  it('prints JSON with --json, one object per input per line', async () => {
    const run = await clip([CHINAFILE, GBK, '--json', '--url', 'https://news.example.cn/a.shtml']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0])).toEqual(['path', 'title', 'author', 'date', 'from', 'tags', 'categories', 'markdown', 'text']);
    expect(lines[1].title).toBe('我国首个深海科考站在南海建成投用');
    expect(lines[1].from).toBe('https://news.example.cn/a.shtml');
  });

  it('applies --tags, --categories, --title, --author and --date', async () => {
    const run = await clip([CHINAFILE, '--tags', 'a, b', '--categories', 'c', '--title', 'T: x', '--author', 'Me', '--date', '2020-01-02T03:04:05Z', '--json']);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ title: 'T: x', author: 'Me', tags: ['a', 'b'], categories: ['c'], date: '2020-01-02T03:04:05.000Z' });
  });

  it('writes the file under --out and prints its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clip-out-'));
    const run = await clip([CHINAFILE, '--out', dir]);
    expect(run.code).toBe(0);
    const written = run.stdout.trim();
    expect(written).toBe(join(dir, '_posts/2021-07-10-why-china-going-after-its-tech-giants.md'));
    expect(readFileSync(written, 'utf8')).toContain('author: Charles Mok');
  });

  it('reads standard input with --url', async () => {
    const run = await clip(['-', '--url', 'https://www.chinafile.com/x'], readFileSync(CHINAFILE, 'utf8'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('tags: [ 中参馆 ]');
  });

  it('fetches a URL, follows redirects and decodes GBK', async () => {
    const run = await clip([`${base}/moved`, '--json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.title).toBe('我国首个深海科考站在南海建成投用');
    expect(out.from).toBe(`${base}/gbk`);
    expect(out.markdown).toContain('科考站由主体舱');
  });

  it('fails each bad input with one clear line on stderr', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const cases: Array<[string, RegExp]> = [
      ['missing.html', /^clip: missing\.html: no such file/],
      ['package.json', /^clip: package\.json: not an HTML page/],
      [join(PAGES, 'no-article-landing/source.html'), /no-article-landing\/source\.html: No article was found on this page/],
      [`${base}/nope`, /\/nope: could not fetch the page: HTTP 404/],
      [`${base}/pdf`, /\/pdf: not an HTML page \(the server says application\/pdf\)/],
      [`http://127.0.0.1:${closed}/x`, /could not fetch the page: ECONNREFUSED/],
    ];
    const run = await clip(cases.map(([input]) => input));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(cases.length);
    cases.forEach(([, pattern], i) => expect(lines[i]).toMatch(pattern));
  });

  it('names the input when the user’s date cannot be read', async () => {
    const run = await clip([CHINAFILE, '--date', 'someday']);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/source\.html: .*someday/);
  });

  it('still clips the good inputs when one fails, and exits 1', async () => {
    const run = await clip(['missing.html', CHINAFILE, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).author).toBe('Charles Mok');
    expect(run.stderr).toMatch(/missing\.html/);
  });

  it('exits 2 on a bad command line and prints help with --help', async () => {
    expect((await clip(['--bogus'])).code).toBe(2);
    expect((await clip([])).code).toBe(2);
    const help = await clip(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('NDJSON');
  });
});
