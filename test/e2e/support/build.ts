// Makes sure dist/chrome and dist/firefox are built from the current sources before a browser test loads them.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');

/** Inputs of the build: a change to any of them makes the built extension stale. */
const INPUTS = ['src', '_locales', 'icons', 'manifest.json', 'scripts/build.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Runs `npm run build` when dist/ is missing or older than any source (npm test builds first, so this is usually a no-op). */
export function ensureBuild(): void {
  const builtAt = Math.min(newestMtime(join(DIST_CHROME, 'manifest.json')), newestMtime(join(DIST_FIREFOX, 'manifest.json')));
  const sourcesAt = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  if (builtAt > 0 && builtAt >= sourcesAt) return;
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const out = error as { stdout?: Buffer; stderr?: Buffer };
    const log = `${out.stdout?.toString() ?? ''}${out.stderr?.toString() ?? ''}`;
    throw new Error(`npm run build failed, so the browser tests cannot load the extension:\n${log}`);
  }
}
