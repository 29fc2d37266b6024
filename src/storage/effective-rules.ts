// The site rules a clip uses: the user's own rules first, then the built-in ones for domains the user did not override.
import type { SiteRule } from '../core/types';

export function effectiveSiteRules(userRules: SiteRule[], builtIn: SiteRule[]): SiteRule[] {
  const overridden = new Set(userRules.map((r) => r.domain.toLowerCase()));
  return [...userRules, ...builtIn.filter((r) => !overridden.has(r.domain.toLowerCase()))];
}
