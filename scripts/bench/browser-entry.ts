// Entry of the bundle that Chromium mode injects into its page: the shared variants on DOMParser documents, the
// shared timing protocol, and a timer probe, left on one global for page.evaluate to call.
import { BROWSER_BENCH_GLOBAL, measurePage, timerResolutionMs, type BrowserBench } from './protocol';
import { makeVariants, release } from './variants';

const parser = new DOMParser();
const variants = makeVariants((page) => parser.parseFromString(page.html, 'text/html'));

const bench: BrowserBench = {
  measure: (page, runs) => measurePage(variants, page, runs, release),
  timer: () => ({ resolutionMs: timerResolutionMs(), crossOriginIsolated: globalThis.crossOriginIsolated }),
};
(globalThis as unknown as Record<string, BrowserBench>)[BROWSER_BENCH_GLOBAL] = bench;
