// `npm start`: build, serve the demo article on localhost, and open a browser with the extension loaded on it.
//   npm start                      Debian Chromium (/usr/bin/chromium), or $CHROMIUM_BIN, or --browser=PATH
//   npm start -- --firefox         Firefox ESR through `web-ext run`
//   npm start -- --port=8080       a fixed port (default: a free one)
// Headed when $DISPLAY is set, else headless; either way the server keeps running until Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTarget } from './build';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_DIR = join(ROOT, 'demo');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

/** Serves demo/ under /demo/; `/` redirects to the article. */
function serveDemo(port: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/' || path === '/demo' || path === '/demo/') {
      res.writeHead(302, { location: '/demo/article.html' }).end();
      return;
    }
    const file = normalize(join(DEMO_DIR, path.replace(/^\/demo\//, '')));
    if (!path.startsWith('/demo/') || !file.startsWith(DEMO_DIR) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolveServer({ server, url: `http://127.0.0.1:${actual}/demo/article.html` });
    });
  });
}

function launchChromium(binary: string, extensionDir: string, url: string, headless: boolean): { child: ChildProcess; profile: string } {
  const profile = mkdtempSync(join(tmpdir(), 'jekyll-clipper-profile-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-component-update',
    '--disable-background-networking',
  ];
  // Chromium refuses to run as root without this (e.g. in a container).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (headless) args.push('--headless=new', '--disable-gpu', '--remote-debugging-port=0');
  args.push(url);
  return { child: spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] }), profile };
}

function launchFirefox(extensionDir: string, url: string, headless: boolean): ChildProcess {
  const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
  const firefox = option('browser') ?? process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
  return spawn(webExt, ['run', '--source-dir', extensionDir, `--firefox=${firefox}`, '--start-url', url, '--no-input', '--no-reload'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: headless ? { ...process.env, MOZ_HEADLESS: '1' } : process.env,
  });
}

async function main(): Promise<void> {
  const firefox = process.argv.includes('--firefox');
  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  const { outdir, ms } = await buildTarget(firefox ? 'firefox' : 'chrome');
  console.log(`Built ${firefox ? 'Firefox' : 'Chrome'} extension in ${ms} ms: ${outdir}`);
  const { server, url } = await serveDemo(Number(option('port') ?? 0));
  console.log(`Serving the demo article at ${url}`);

  let child: ChildProcess | undefined;
  let profile: string | undefined;
  if (firefox) {
    child = launchFirefox(outdir, url, headless);
  } else {
    const binary = option('browser') ?? process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
    if (!existsSync(binary)) {
      console.warn(`No browser at ${binary}: install Debian's chromium, or pass --browser=PATH or CHROMIUM_BIN. Load ${outdir} by hand.`);
    } else {
      ({ child, profile } = launchChromium(binary, outdir, url, headless));
      child.stderr?.on('data', (chunk: Buffer) => {
        const line = chunk.toString();
        // Only real failures: Chromium's stderr is otherwise full of harmless noise.
        if (/FATAL|cannot open display|error while loading/i.test(line)) process.stderr.write(line);
      });
    }
  }
  if (headless) {
    console.log(
      `No $DISPLAY: the browser runs HEADLESS, so you won't see it. Open ${url} in your own browser with the unpacked extension from ${outdir}.`,
    );
  } else {
    console.log('The browser is open on the demo article: click the toolbar button (puzzle icon → Jekyll Archive Clipper) or press Alt+Shift+C.');
  }
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    server.close();
    // Wait for the browser to exit before deleting its profile: it writes to it until the end.
    if (child && child.exitCode === null) {
      const exited = new Promise((resolveExit) => child?.once('exit', resolveExit));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    if (profile) {
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch (error) {
        console.warn(`Could not remove the temporary profile ${profile}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  child?.on('exit', (code) => {
    if (stopping) return;
    // A headed browser closed by the user ends the session; a headless one that exits leaves the server up for manual use.
    if (!headless) void stop();
    else console.log(`The headless browser exited (code ${String(code)}); still serving ${url} until Ctrl-C.`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
