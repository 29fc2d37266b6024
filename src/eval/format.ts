// Text report of an evaluation run: per-page table, summaries side by side, metadata accuracy, the pages that lost most.
import type { Accuracy, PageResult, RunResult } from './evaluate';
import { pageF1, type Summary } from './metrics';

const f3 = (x: number | undefined): string => (x === undefined ? '  -  ' : x.toFixed(3));
const pct = (a: Accuracy): string =>
  a.checked ? `${a.right}/${a.checked} (${((100 * a.right) / a.checked).toFixed(1)}%)` : 'not checked';
const summaryLine = (label: string, s: Summary): string =>
  `${label.padEnd(28)} F1 ${f3(s.f1)}  P ${f3(s.precision)}  R ${f3(s.recall)}  (${s.pages} pages)`;

export function formatReport(main: RunResult, baseline: RunResult, opts: { top: number; perPage: boolean }): string {
  const lines: string[] = [];
  const base = new Map(baseline.pages.map((p) => [p.id, p]));
  if (opts.perPage) {
    lines.push(`${'page'.padEnd(14)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} | base F1  delta  url`);
    for (const p of main.pages) {
      const b = base.get(p.id);
      const delta = pageF1(p.words) - (b ? pageF1(b.words) : 0);
      lines.push(
        `${p.id.slice(0, 14).padEnd(14)} ${f3(p.words.precision)} ${f3(p.words.recall)} ${f3(pageF1(p.words))} | ${f3(
          b ? pageF1(b.words) : undefined,
        )}  ${delta >= 0 ? '+' : ''}${delta.toFixed(3)}  ${p.url}${p.extraction.error ? `  ERROR: ${p.extraction.error}` : ''}`,
      );
    }
    lines.push('');
  }
  lines.push('Text, word shingles (the benchmark metric):');
  lines.push(summaryLine(`  ${main.name}`, main.words), summaryLine(`  ${baseline.name}`, baseline.words));
  lines.push('Text, character shingles (meaningful for Chinese):');
  lines.push(summaryLine(`  ${main.name}`, main.chars), summaryLine(`  ${baseline.name}`, baseline.chars));
  const metaLine = (r: RunResult): string =>
    `  ${r.name.padEnd(26)} title ${pct(r.meta.title)}  author ${pct(r.meta.author)}  date ${pct(r.meta.date)}`;
  if (main.meta.title.checked || main.meta.author.checked || main.meta.date.checked) {
    lines.push('Metadata (hand-checked fields only):', metaLine(main), metaLine(baseline));
    const foundLine = (r: RunResult): string =>
      `  ${r.name.padEnd(26)} author found ${pct(r.found.author)}  date found ${pct(r.found.date)}`;
    lines.push('Found at all, on pages that state one:', foundLine(main), foundLine(baseline));
  }
  const errors = main.pages.filter((p) => p.extraction.error);
  if (errors.length) lines.push(`${errors.length} page(s) failed in ${main.name}: ${errors.map((p) => p.id.slice(0, 8)).join(', ')}`);
  const lost = (p: PageResult): number => p.words.fp + p.words.fn;
  lines.push('', `Pages that lost most (${main.name}, by fp+fn share):`);
  for (const p of [...main.pages].sort((a, b) => lost(b) - lost(a)).slice(0, opts.top)) {
    lines.push(
      `  ${p.id.slice(0, 14)}  F1 ${f3(pageF1(p.words))}  P ${f3(p.words.precision)}  R ${f3(p.words.recall)}  base F1 ${f3(
        base.get(p.id) ? pageF1(base.get(p.id)!.words) : undefined,
      )}  ${p.url}`,
    );
  }
  const metaMisses = main.pages.filter((p) => p.meta.title === false || p.meta.author === false || p.meta.date === false);
  if (metaMisses.length) {
    lines.push('', `Metadata misses (${main.name}):`);
    for (const p of metaMisses) {
      const what = [
        p.meta.title === false ? `title "${p.extraction.title}"` : '',
        p.meta.author === false ? `author [${p.extraction.authors.join(' | ')}]` : '',
        p.meta.date === false ? `date ${p.extraction.published ?? 'none'}` : '',
      ].filter(Boolean);
      lines.push(`  ${p.id.slice(0, 14)}  ${what.join('  ')}`);
    }
  }
  return lines.join('\n');
}
