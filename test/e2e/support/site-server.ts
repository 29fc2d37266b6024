// Serves saved pages under their own host names over HTTPS: with Chromium's --host-resolver-rules pointing every host at
// this server (and --ignore-certificate-errors for its throw-away certificate), https://www.example.com/a/b loads the
// saved copy of that page, so site rules and the `from` rule see real URLs. HTTPS because Chromium upgrades http:// for
// HSTS-preloaded hosts and whole TLDs (.dev, .app), which a plain-HTTP server could never answer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SavedPage {
  /** The address it is served at; must be https: (the server speaks only TLS). */
  url: string;
  body: Uint8Array;
  /** Content-Type; without a charset the browser decodes by <meta charset> and sniffing, like a saved file. */
  contentType: string;
}

export interface SiteServer {
  port: number;
  /** The Chromium switches that send every host name to this server and accept its certificate. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

const key = (host: string, pathAndQuery: string): string => `${host.toLowerCase().replace(/:\d+$/, '')}${pathAndQuery}`;

/** A throw-away self-signed certificate (openssl is part of every Debian base system). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'jwc-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '2', '-subj', '/CN=saved-pages.test'], { stdio: 'pipe' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (error) {
    throw new Error(`Could not make a test certificate with openssl (apt-get install -y openssl): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSiteServer(pages: readonly SavedPage[]): Promise<SiteServer> {
  for (const p of pages) if (!p.url.startsWith('https:')) throw new Error(`The site server speaks only HTTPS; got ${p.url}`);
  const byAddress = new Map(pages.map((p) => {
    const u = new URL(p.url);
    return [key(u.host, u.pathname + u.search), p];
  }));
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const page = byAddress.get(key(req.headers.host ?? '', req.url ?? '/'));
    if (!page) {
      // Images, scripts and styles of the saved pages are not saved: answer fast instead of leaving them pending.
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end();
      return;
    }
    // The page's own scripts stay off (jsdom does not run them either), so both sides clip the same DOM;
    // the extension's content script is not subject to the page's CSP.
    res.writeHead(200, { 'content-type': page.contentType, 'content-security-policy': "script-src 'none'", 'cache-control': 'no-store' });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
