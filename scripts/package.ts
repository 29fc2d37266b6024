// `npm run package`: builds both browsers and writes the two store zips (dist/<name>-<version>-<browser>.zip) with fflate.
import { zipSync, type Zippable } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTarget, type Target } from './build';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// A fixed time stamp makes the zips byte-for-byte reproducible from the same sources.
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

function collect(dir: string, base = dir, out: Zippable = {}): Zippable {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, base, out);
    else if (!name.endsWith('.map')) out[relative(base, path).split('\\').join('/')] = [readFileSync(path), { mtime: FIXED_MTIME }];
  }
  return out;
}

export async function packageTarget(target: Target): Promise<{ file: string; bytes: number; files: number }> {
  const { outdir } = await buildTarget(target, { minify: false });
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const files = collect(outdir);
  const zip = zipSync(files, { level: 9 });
  const file = join(ROOT, 'dist', `${pkg.name}-${pkg.version}-${target}.zip`);
  writeFileSync(file, zip);
  return { file, bytes: zip.length, files: Object.keys(files).length };
}

async function main(): Promise<void> {
  for (const target of ['chrome', 'firefox'] as const) {
    const { file, bytes, files } = await packageTarget(target);
    console.log(`packaged ${target}: ${relative(ROOT, file)} (${files} files, ${(bytes / 1024).toFixed(0)} KB)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
