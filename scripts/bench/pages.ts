// The benchmark's pages: the golden fixtures, then the corpus (html/<id>.html.gz + ground-truth.json), with their URLs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BenchUsageError } from './args';
import type { BenchPage } from './protocol';

/** Every fixture under `root`/test/fixtures/pages, then every corpus page, in name order; the first `limit` of them. */
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
  const truthFile = join(corpus, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new BenchUsageError(`no ground-truth.json in ${corpus}: pass the corpus folder (html/*.html.gz + ground-truth.json)`);
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string }>;
  for (const id of Object.keys(truth).sort()) {
    const file = join(corpus, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    pages.push({ id, url: truth[id].url, html: gunzipSync(readFileSync(file)).toString('utf8') });
  }
  return pages.slice(0, limit);
}
