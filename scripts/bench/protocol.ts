// The timing protocol for one page, the same in Node and in the browser: warm-up, then interleaved, rotated timed runs.
// No Node or DOM imports: this module is also bundled into the page that Chromium mode drives.

export interface BenchPage {
  id: string;
  url: string;
  html: string;
}

/** One thing to time: `prepare` builds its input (untimed), `run` is the timed work on it. */
export interface Variant {
  name: string;
  prepare: (page: BenchPage) => unknown;
  run: (input: unknown, page: BenchPage) => void;
}

/** The timed runs (ms) of each variant on one page; a variant that threw has no times and one failure. */
export interface PageTimes {
  times: Record<string, number[]>;
  failures: Array<{ variant: string; error: string }>;
}

/**
 * Each variant gets one warm-up run, then `runs` timed runs, interleaved (a b c a b c …) so drift in the machine's
 * speed hits all variants alike, the order rotated each round so no variant always runs first (right after a GC, or
 * a cold cache). `release` frees each input after its run. A variant that throws is dropped for the rest of the page.
 */
export function measurePage(variants: Variant[], page: BenchPage, runs: number, release: (input: unknown) => void): PageTimes {
  const times: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
  const failures: PageTimes['failures'] = [];
  const broken = new Set<string>();
  for (let round = -1; round < runs; round++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + Math.max(round, 0)) % variants.length];
      if (broken.has(v.name)) continue;
      try {
        const input = v.prepare(page);
        const t0 = performance.now();
        v.run(input, page);
        const t1 = performance.now();
        if (round >= 0) times[v.name].push(t1 - t0);
        release(input);
      } catch (error) {
        broken.add(v.name);
        times[v.name] = [];
        failures.push({ variant: v.name, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      }
    }
  }
  return { times, failures };
}

/** What the Chromium-mode bundle leaves on `globalThis[BROWSER_BENCH_GLOBAL]`. */
export interface BrowserBench {
  measure(page: BenchPage, runs: number): PageTimes;
  timer(): { resolutionMs: number; crossOriginIsolated: boolean };
}

export const BROWSER_BENCH_GLOBAL = '__jwcBench';

/** The smallest step `performance.now()` takes here, in ms (browsers coarsen it: 0.1 ms unless cross-origin isolated). */
export function timerResolutionMs(samples = 200): number {
  let smallest = Infinity;
  let last = performance.now();
  for (let seen = 0; seen < samples; ) {
    const t = performance.now();
    if (t === last) continue;
    smallest = Math.min(smallest, t - last);
    last = t;
    seen++;
  }
  return smallest;
}
