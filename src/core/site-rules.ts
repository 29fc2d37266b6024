// Per-site extraction rules as plain data (JSON-able), matched by host suffix; adding a site is one entry.
import type { SiteRule } from './types';

export const BUILT_IN_SITE_RULES: SiteRule[] = [];

/** The rule whose domain is the URL's host or a parent domain of it; the most specific (longest) domain wins. */
export function findSiteRule(url: string, rules: SiteRule[]): SiteRule | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  let best: SiteRule | undefined;
  for (const rule of rules) {
    const domain = rule.domain.trim().toLowerCase().replace(/^\*?\./, '');
    if (!domain) continue;
    if (host === domain || host.endsWith(`.${domain}`)) {
      if (!best || domain.length > best.domain.length) best = rule;
    }
  }
  return best;
}
