// Builds the extension for Chrome and Firefox: one IIFE bundle per entry, static files, and a manifest per browser.
import { build, type BuildOptions } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Target = 'chrome' | 'firefox';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle name → entry module. A missing entry (a page still being written) is skipped with a warning. */
export const ENTRIES: Record<string, string> = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.ts',
  options: 'src/options/index.ts',
  offscreen: 'src/offscreen/index.ts',
};

/** Static files copied next to the bundles (source → name in dist). */
const STATIC_FILES: Array<[string, string]> = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['src/offscreen/offscreen.html', 'offscreen.html'],
];
const STATIC_DIRS = ['icons', '_locales'];

type Manifest = Record<string, unknown> & {
  background?: Record<string, unknown>;
  permissions?: string[];
  browser_specific_settings?: unknown;
};

/** The manifest for one browser, from the one source manifest. */
export function manifestFor(source: Manifest, target: Target, version?: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  if (version) manifest.version = version;
  if (target === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    delete manifest.browser_specific_settings;
  } else {
    // Firefox runs MV3 backgrounds as event pages and has no offscreen documents (its event page can make blob: URLs).
    manifest.background = { scripts: ['background.js'] };
    manifest.permissions = (manifest.permissions ?? []).filter((p) => p !== 'offscreen');
    delete manifest.minimum_chrome_version;
  }
  return manifest;
}

export interface BuildResult {
  target: Target;
  outdir: string;
  bytes: Record<string, number>;
  ms: number;
}

export async function buildTarget(target: Target, opts: { minify?: boolean; sourcemap?: boolean } = {}): Promise<BuildResult> {
  const started = performance.now();
  const outdir = join(ROOT, 'dist', target);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });

  const entryPoints: Record<string, string> = {};
  for (const [name, path] of Object.entries(ENTRIES)) {
    if (target === 'firefox' && name === 'offscreen') continue;
    if (existsSync(join(ROOT, path))) entryPoints[name] = join(ROOT, path);
    else console.warn(`build: skipping ${name}: ${path} does not exist yet`);
  }
  const options: BuildOptions = {
    entryPoints,
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: target === 'chrome' ? ['chrome116'] : ['firefox140'],
    minify: opts.minify ?? false,
    // Folds `__TARGET__ === 'chrome'` branches away, so each browser's bundle holds only its own code.
    minifySyntax: true,
    sourcemap: opts.sourcemap ? 'linked' : false,
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"', __TARGET__: JSON.stringify(target) },
    logLevel: 'warning',
    metafile: true,
  };
  const result = await build(options);

  for (const [from, to] of STATIC_FILES) {
    if (target === 'firefox' && to === 'offscreen.html') continue;
    if (existsSync(join(ROOT, from))) cpSync(join(ROOT, from), join(outdir, to));
    else console.warn(`build: skipping ${from}: not there yet`);
  }
  for (const dir of STATIC_DIRS) {
    if (existsSync(join(ROOT, dir))) cpSync(join(ROOT, dir), join(outdir, dir), { recursive: true, filter: (p) => !p.endsWith('.svg') });
  }
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifestFor(source, target, pkg.version), null, 2)}\n`);

  const bytes: Record<string, number> = {};
  for (const [file, info] of Object.entries(result.metafile?.outputs ?? {})) {
    if (file.endsWith('.js')) bytes[file.split('/').pop() ?? file] = info.bytes;
  }
  return { target, outdir, bytes, ms: Math.round(performance.now() - started) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const targets: Target[] = args.includes('--chrome') ? ['chrome'] : args.includes('--firefox') ? ['firefox'] : ['chrome', 'firefox'];
  const minify = args.includes('--minify');
  for (const target of targets) {
    const { outdir, bytes, ms } = await buildTarget(target, { minify, sourcemap: args.includes('--sourcemap') });
    const sizes = Object.entries(bytes)
      .map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KB`)
      .join(', ');
    console.log(`built ${target} in ${ms} ms → ${outdir} (${sizes})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
