// web-ext lint on the Firefox build: no errors, and every warning is one that docs/web-ext-lint.md explains.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_FIREFOX, ROOT, ensureBuild } from './support/build';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  message: string;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/** `code|file` pairs from the table in docs/web-ext-lint.md. */
function documentedWarnings(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs', 'web-ext-lint.md'), 'utf8');
  const pairs = new Set<string>();
  for (const match of doc.matchAll(/^\| `([A-Z_]+)` \| ([^|\s]+) \|/gm)) pairs.add(`${match[1]}|${match[2]}`);
  return pairs;
}

describe('web-ext lint (dist/firefox)', () => {
  it('has no errors and only the warnings documented in docs/web-ext-lint.md', () => {
    ensureBuild();
    let output: string;
    try {
      output = execFileSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-input'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`)).toEqual([]);
    const documented = documentedWarnings();
    expect(documented.size).toBeGreaterThan(0);
    const undocumented = report.warnings.filter((w) => !documented.has(`${w.code}|${w.file ?? ''}`));
    expect(undocumented.map((w) => `${w.code} ${w.file ?? ''}:${w.line ?? ''} ${w.message}`)).toEqual([]);
    console.log(`[web-ext lint] ${report.summary.errors} errors, ${report.summary.warnings} warnings (all documented), ${report.summary.notices} notices`);
  });
});
