// Runs one extractor over evaluation cases and scores text (word and character shingles) and metadata.
import type { EvalCase } from './corpus';
import { authorMatches, dateMatches, titleMatches } from './metadata-match';
import { scorePage, summarize, type PageCounts, type Summary } from './metrics';
import { safely, type Extraction, type Extractor } from './pipelines';
import { charTokens, wordTokens } from './tokenize';

export interface MetadataVerdict {
  /** undefined: nobody checked this field on this page. */
  title?: boolean;
  author?: boolean;
  date?: boolean;
}

export interface PageResult {
  id: string;
  url: string;
  words: PageCounts;
  chars: PageCounts;
  meta: MetadataVerdict;
  extraction: Extraction;
}

export interface Accuracy {
  right: number;
  checked: number;
}

export interface RunResult {
  name: string;
  pages: PageResult[];
  words: Summary;
  chars: Summary;
  meta: { title: Accuracy; author: Accuracy; date: Accuracy };
  /** Pages whose author/date field was found at all (right or wrong), among pages whose truth has one. */
  found: { author: Accuracy; date: Accuracy };
}

export function evaluate(name: string, cases: readonly EvalCase[], extract: Extractor): RunResult {
  const pages = cases.map((c): PageResult => {
    const extraction = safely(extract, c.html, c.truth.url);
    const { truth } = c;
    return {
      id: c.id,
      url: truth.url,
      words: scorePage(truth.articleBody, extraction.text, wordTokens),
      chars: scorePage(truth.articleBody, extraction.text, charTokens),
      meta: {
        title: truth.title === undefined ? undefined : titleMatches(truth.title, extraction.title),
        author: truth.author === undefined ? undefined : authorMatches(truth.author, extraction.authors),
        date: truth.published === undefined ? undefined : dateMatches(truth.published, extraction.published, truth.timeZone),
      },
      extraction,
    };
  });
  const tally = (pick: (p: PageResult) => boolean | undefined): Accuracy => {
    const checked = pages.map(pick).filter((v): v is boolean => v !== undefined);
    return { right: checked.filter(Boolean).length, checked: checked.length };
  };
  const byId = new Map(cases.map((c) => [c.id, c.truth]));
  return {
    name,
    pages,
    words: summarize(pages.map((p) => p.words)),
    chars: summarize(pages.map((p) => p.chars)),
    meta: { title: tally((p) => p.meta.title), author: tally((p) => p.meta.author), date: tally((p) => p.meta.date) },
    found: {
      author: tally((p) => (byId.get(p.id)?.author ? p.extraction.authors.length > 0 : undefined)),
      date: tally((p) => (byId.get(p.id)?.published ? p.extraction.published !== undefined : undefined)),
    },
  };
}
