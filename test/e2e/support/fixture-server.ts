// A tiny static HTTP server for the e2e fixture pages, on 127.0.0.1 and a random port.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:PORT/<name>; `host` may be 'localhost' to get a second site on the same server. */
  url(name: string, host?: '127.0.0.1' | 'localhost'): string;
  close(): Promise<void>;
}

/** Serves the files under `dir` by URL path (/a/b.html → dir/a/b.html); anything else is a 404. */
export async function startFixtureServer(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    readFile(join(dir, path)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (name, host = '127.0.0.1') => `http://${host}:${port}/${name}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
