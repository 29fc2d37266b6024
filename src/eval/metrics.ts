// The benchmark's metrics: per-page shingle tp/fp/fn, and precision/recall averaged over pages, F1 of the means.
import { shingleCounts } from './shingles';
import { wordTokens } from './tokenize';

export interface PageCounts {
  /** Scaled so tp + fp + fn = 1 (all zero when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  /** undefined when the prediction is empty (the page then does not count towards mean precision). */
  precision?: number;
  /** undefined when the truth is empty (the page then does not count towards mean recall). */
  recall?: number;
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export type Tokenizer = (text: string) => string[];

/** Multiset shingle matching of one page's predicted text against its true text. */
export function scorePage(truth: string, predicted: string, tokenize: Tokenizer = wordTokens): PageCounts {
  const t = shingleCounts(tokenize(truth));
  const p = shingleCounts(tokenize(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of t) {
    const m = p.get(key) ?? 0;
    tp += Math.min(n, m);
    fn += Math.max(0, n - m);
  }
  for (const [key, m] of p) fp += Math.max(0, m - (t.get(key) ?? 0));
  const total = tp + fp + fn;
  const scaled = total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 0, fp: 0, fn: 0 };
  return {
    ...scaled,
    precision: p.size > 0 ? tp / (tp + fp) : undefined,
    recall: t.size > 0 ? tp / (tp + fn) : undefined,
  };
}

/** Harmonic mean; 0 when both are 0. */
export function harmonicMean(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

/** Mean precision over pages with a prediction, mean recall over pages with a truth, and F1 of those means. */
export function summarize(pages: readonly PageCounts[]): Summary {
  const ps = pages.map((p) => p.precision).filter((x): x is number => x !== undefined);
  const rs = pages.map((p) => p.recall).filter((x): x is number => x !== undefined);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: harmonicMean(precision, recall), pages: pages.length };
}

/** Per-page F1 (0 when either side is missing): used to rank the pages that lost most. */
export function pageF1(page: PageCounts): number {
  return harmonicMean(page.precision ?? 0, page.recall ?? 0);
}
