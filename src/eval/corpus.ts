// Loads evaluation cases from disk: the benchmark layout (html/<id>.html.gz + ground-truth.json) or a fixture folder (<name>/source.html + truth.json).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What a person marked as the article on one page; metadata fields only where someone checked them. */
export interface Truth {
  articleBody: string;
  url: string;
  title?: string;
  /** Authors joined with ', '; '' = the page names no author. */
  author?: string;
  /** YYYY-MM-DD as the page states it; '' = the page states no date. */
  published?: string;
  /** Zone in which `published` is read: an IANA name or a fixed offset like '+08:00'. Default UTC. */
  timeZone?: string;
}

export interface EvalCase {
  id: string;
  html: string;
  truth: Truth;
}

export class CorpusLayoutError extends Error {
  override name = 'CorpusLayoutError';
}

/** Reads every case of a folder in either supported layout. */
export function loadCases(dir: string): EvalCase[] {
  if (existsSync(join(dir, 'ground-truth.json'))) return loadBenchmark(dir);
  const folders = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'truth.json')));
  if (!folders.length) {
    throw new CorpusLayoutError(
      `${dir} is not a corpus: expected ground-truth.json with html/<id>.html.gz, or sub-folders holding source.html and truth.json`,
    );
  }
  return folders.sort().map((name) => ({
    id: name,
    html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
    truth: JSON.parse(readFileSync(join(dir, name, 'truth.json'), 'utf8')) as Truth,
  }));
}

function loadBenchmark(dir: string): EvalCase[] {
  const truths = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const cases: EvalCase[] = [];
  for (const id of Object.keys(truths).sort()) {
    const gz = join(dir, 'html', `${id}.html.gz`);
    const plain = join(dir, 'html', `${id}.html`);
    let html: string;
    if (existsSync(gz)) html = gunzipSync(readFileSync(gz)).toString('utf8');
    else if (existsSync(plain) && statSync(plain).isFile()) html = readFileSync(plain, 'utf8');
    else throw new CorpusLayoutError(`${dir}: ground-truth.json names ${id} but html/${id}.html.gz is missing`);
    cases.push({ id, html, truth: truths[id] });
  }
  return cases;
}

/** Hand-checked metadata expectations keyed by case id, merged over the corpus truth. */
export function withExpectedMetadata(cases: EvalCase[], expected: Record<string, Partial<Truth>>): EvalCase[] {
  return cases.map((c) => (expected[c.id] ? { ...c, truth: { ...c.truth, ...expected[c.id] } } : c));
}
