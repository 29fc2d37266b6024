// `npm test`: type check, lint, then every vitest project (unit + real-browser e2e), ending with one
// plain "N passed, N failed" line that CI reads. Each step runs even when an earlier one fails,
// so one run reports everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numFailedTestSuites: number;
  numTotalTestSuites: number;
}

const root = join(import.meta.dirname, '..');
const report = join(root, 'artifacts', 'vitest.json');
const extraArgs = process.argv.slice(2);

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label}`);
  return ok;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const count = (ok: boolean) => (ok ? passed++ : failed++);

count(run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']));
count(run('lint', 'npx', ['eslint', '.']));
count(run('build', 'npm', ['run', '-s', 'build']));

mkdirSync(join(root, 'artifacts'), { recursive: true });
rmSync(report, { force: true });
const vitestOk = run('tests', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs,
]);
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  skipped += summary.numPendingTests;
  // A test file that fails to load has no tests to count: count such files as failures.
  if (!vitestOk && summary.numFailedTests === 0) failed += Math.max(1, summary.numFailedTestSuites);
} else {
  failed += 1; // vitest did not even produce a report
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
