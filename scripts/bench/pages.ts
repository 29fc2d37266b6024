// The benchmark's pages: the golden fixtures, then the corpus (read as `npm run eval` reads it), with their URLs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCases } from '../../src/eval/corpus';
import type { BenchPage } from './protocol';

/**
 * Every fixture under `root`/test/fixtures/pages, then every page of the corpus in either layout `npm run eval` reads,
 * in name order; the first `limit` of them. A folder in neither layout is refused (CorpusLayoutError).
 */
export function loadPages(root: string, corpus: string, limit: number): BenchPage[] {
  const pages: BenchPage[] = [];
  const fixtures = join(root, 'test/fixtures/pages');
  if (existsSync(fixtures)) {
    for (const slug of readdirSync(fixtures).sort()) {
      const source = join(fixtures, slug, 'source.html');
      const meta = join(fixtures, slug, 'meta.json');
      if (!existsSync(source) || !existsSync(meta)) continue;
      const { url } = JSON.parse(readFileSync(meta, 'utf8')) as { url: string };
      pages.push({ id: `fixture:${slug}`, url, html: readFileSync(source, 'utf8') });
    }
  }
  // The eval's loader: the benchmark layout (html/<id>.html.gz + ground-truth.json) or fixture folders with truth.json.
  for (const { id, html, truth } of loadCases(corpus)) pages.push({ id, url: truth.url, html });
  return pages.slice(0, limit);
}
